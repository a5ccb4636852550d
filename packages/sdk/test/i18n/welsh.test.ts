import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cy, en, translate, type MessageKey } from '../../src/i18n/index.js';
import { welshDate } from '../../src/i18n/format.js';
import { sixQualityDomains } from '../../src/frameworks/presets/steeep.js';
import { defaultMaturityScale } from '../../src/qms/maturity-scale.js';
import { guidingQuestions } from '../../src/qms/guiding-questions.js';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The Welsh of a localised text (a plain string is the same in every language). */
const welsh = (text: string | Record<string, string> | undefined) =>
  typeof text === 'string' ? text : text?.cy;
const label = (id: string) => welsh(sixQualityDomains.find((d) => d.id === id)!.label)!;
/** A language named in Welsh running text, as the elements name it. */
const inWelsh = (lang: 'en' | 'cy') => translate('cy', `common.languageName.${lang}`);

describe('Welsh catalogue', () => {
  test('every Welsh string keeps exactly the placeholders of its English twin', () => {
    for (const key of keys) {
      assert.deepEqual(placeholders(cy[key]), placeholders(en[key]), key);
    }
  });

  test('no Welsh string carries the English words the terminology review flagged', () => {
    // `common.language.*` name each language in itself, for the language switch: "English" there
    // is the endonym a reader looks for, not English in a Welsh sentence.
    const endonyms = new Set<MessageKey>(['common.language.en']);
    for (const key of keys) {
      if (endonyms.has(key)) continue;
      assert.doesNotMatch(cy[key], /denominator|\bEnglish\b|\bsignals?\b/i, key);
    }
  });

  test('one Welsh word per concept: maes for domain, Arwydd for signal, Dyddiad targed for due', () => {
    for (const key of keys) {
      const text = cy[key];
      assert.doesNotMatch(text, /\b[pb]arth/i, `${key}: domain is "maes", not "parth"`);
      assert.doesNotMatch(text, /signal/i, `${key}: signal is "arwydd"`);
      assert.doesNotMatch(
        text,
        /dyddiad(au)? cau|dyledus/i,
        `${key}: due date is "dyddiad targed"`,
      );
      // "Ailosod" is reset (back to the sample data), never rebase.
      if (/ailosod/i.test(text)) assert.match(text, /Ailosod i’r data sampl/, key);
    }
    assert.equal(cy['framework.kind.domain'], 'Meysydd ansawdd');
    assert.equal(cy['wheel.badge.flagged'], 'Arwyddion {count}');
    assert.equal(cy['spcChart.col.signal'], 'Arwydd');
    for (const key of [
      'action.due',
      'actionTracker.filter.due',
      'actionTracker.field.due',
    ] as const)
      assert.equal(cy[key], 'Dyddiad targed', key);
    assert.match(cy['demo.asAt'], /^Asesir dyddiadau targed a dyddiadau adolygu/);
    assert.match(cy['spc.warning.rebaseNotFound'], /dyddiad ailgyfrifo’r terfynau \{date\}/);
  });

  test('no Welsh string puts a mutating word before a label or a month that cannot mutate', () => {
    // A domain ("Diogel"), a framework or a month ("Maw 2025") filled in after "yn", "i", "o", "a"
    // or "neu" would need a mutation the filled-in text cannot take ("i Maw 2025", "yn Diogel").
    const unmutable =
      /\b(yn|i|o|a|neu|ar|am|at|dan|dros|drwy|heb|gan|wrth)\s+\{(domain|first|last|label|framework|name)\}/i;
    for (const key of keys) assert.doesNotMatch(cy[key], unmutable, key);
  });

  test('"a"/"ac" is never chosen before a number that may be any number', () => {
    // ARDD: a 2 … / ac 8 …; only `.one` (always "un") may take "ac".
    for (const key of keys) {
      if (key.endsWith('.one')) continue;
      assert.doesNotMatch(cy[key], /\ba(c)?\s+\{count\}/, key);
    }
    assert.equal(
      translate('cy', 'element.error.more.other', { count: '8' }),
      '…a rhagor o broblemau (8)',
    );
  });
});

describe('Welsh grammar, case by case', () => {
  test('a language in running text is named in Welsh, never by its own name', () => {
    assert.equal(inWelsh('en'), 'Saesneg');
    assert.equal(inWelsh('cy'), 'Cymraeg');
    assert.notEqual(inWelsh('en'), translate('cy', 'common.language.en'));
    assert.equal(
      translate('cy', 'wheel.notes.other', { language: inWelsh('en') }),
      'Nodiadau yn Saesneg:',
    );
    assert.equal(
      translate('cy', 'actionTracker.hint.editingIn', { language: inWelsh('en') }),
      'Rydych chi’n golygu’r testun yn Saesneg.',
    );
    assert.equal(
      translate('cy', 'common.inOtherLanguage', {
        language: inWelsh('en'),
        current: inWelsh('cy'),
      }),
      'Dangosir yn Saesneg: ni roddwyd testun Cymraeg.',
    );
    assert.equal(
      translate('en', 'wheel.notes.other', { language: translate('en', 'common.languageName.cy') }),
      'Notes in Welsh:',
    );
  });

  test('the scorecard caption names the domain without a mutation', () => {
    assert.equal(
      translate('cy', 'scorecard.table.caption', { domain: label('safe') }),
      'Mesurau: Diogel',
    );
    assert.equal(
      translate('cy', 'scorecard.table.caption', { domain: label('equitable') }),
      'Mesurau: Teg',
    );
    assert.equal(
      translate('en', 'scorecard.table.caption', { domain: 'Safe' }),
      'Measures in Safe',
    );
  });

  test('the scorecard trend gives its dates as a range, with no "i" before a month', () => {
    const trend = translate('cy', 'scorecard.trend', {
      count: '36',
      first: 'Ebr 2022',
      last: 'Maw 2025',
      min: '1',
      max: '9',
      latest: '4',
    });
    assert.equal(trend, '36 pwynt (Ebr 2022–Maw 2025); isaf 1, uchaf 9, diweddaraf 4');
    assert.doesNotMatch(trend, /\bi Maw/);
  });

  test('soft mutation after "neu", and the gender of "ffeil"', () => {
    assert.match(cy['icon.assurance.none'], /neu ddim digon o ddata$/);
    assert.match(cy['actionTracker.form.busy'], /^Gorffennwch neu ganslwch /);
    assert.match(cy['actionTracker.error.revisedDueMissing'], /neu gliriwch y rheswm$/);
    assert.equal(
      translate('cy', 'demo.upload.ok.csv', { file: 'data.csv' }),
      'Darllenwyd data.csv: mae ei mesurau ar siartiau o dan “Eich data”.',
    );
  });

  test('a relative clause after a numeral takes a singular verb', () => {
    assert.equal(
      translate('cy', 'scorecard.assurance.hit-or-miss.sr.other', { count: '3' }),
      '3 mesur na fydd yn cyrraedd nac yn methu eu targed yn gyson',
    );
  });

  test('kept changes are not said to be saved', () => {
    const text = cy['statementCard.form.changedElsewhere'];
    assert.doesNotMatch(text, /wedi’u cadw yma/);
    assert.match(text, /Nid yw eich newidiadau wedi’u colli/);
  });

  test('"data" is masculine singular throughout', () => {
    assert.equal(cy['spc.describe.noData'], 'Dim data i’w ddadansoddi');
    assert.equal(cy['common.empty'], 'Dim data i’w ddangos.');
  });

  test('formal register', () => {
    for (const key of keys) assert.doesNotMatch(cy[key], /\bDoes\b|^Ddim\b|yn barod\b/, key);
  });
});

describe('Welsh data', () => {
  test('the six quality domains carry the Quality and Safety Framework glosses in Welsh', () => {
    const cyOf = (id: string) => welsh(sixQualityDomains.find((d) => d.id === id)!.description);
    assert.equal(cyOf('safe'), 'Osgoi niwed.');
    assert.equal(cyOf('timely'), 'Gofal ar yr amser iawn.');
    assert.equal(cyOf('effective'), 'Priodol a seiliedig ar dystiolaeth.');
    assert.equal(cyOf('efficient'), 'Osgoi gwastraff.');
    assert.match(cyOf('equitable')!, /^Siawns gyfartal o gael yr un canlyniad/);
    assert.equal(
      cyOf('person-centred'),
      'Llawn parch ac yn ymateb i anghenion a dymuniadau unigolion.',
    );
  });

  test('maturity stage 2 is "Rhoi ar waith", not the PDSA "Gweithredu"', () => {
    assert.equal(welsh(defaultMaturityScale.find((l) => l.stage === 2)!.label), 'Rhoi ar waith');
    assert.notEqual(
      welsh(defaultMaturityScale.find((l) => l.stage === 2)!.label),
      cy['action.pdsa.act'],
    );
  });

  test('the assurance questions ask about sicrwydd, and q1 about an arwydd', () => {
    const q = (id: string) => welsh(guidingQuestions.find((g) => g.id === id)!.text)!;
    assert.match(q('q13'), /^A oes gennym sicrwydd /);
    assert.match(q('q14'), /^A oes gennym sicrwydd /);
    assert.match(q('q1'), /arwydd/);
    assert.doesNotMatch(q('q1'), /signal/);
  });
});

describe('Welsh dates without ICU', () => {
  const hasIcu =
    new Intl.DateTimeFormat('cy-GB', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1),
    ) === 'Ionawr';
  test(
    'the fallback month and weekday names are the ones full ICU gives',
    { skip: !hasIcu },
    () => {
      const styles: Intl.DateTimeFormatOptions[] = [
        { day: 'numeric', month: 'short', year: 'numeric' },
        { day: 'numeric', month: 'long', year: 'numeric' },
        { month: 'short', year: 'numeric' },
        { month: 'long', year: 'numeric' },
        { weekday: 'short' },
        { weekday: 'long' },
      ];
      for (const options of styles) {
        for (let month = 0; month < 12; month++) {
          for (const day of [1, 2, 3, 4, 5, 6, 7]) {
            const date = new Date(Date.UTC(2024, month, day));
            const opts = { timeZone: 'UTC', ...options };
            assert.equal(
              welshDate(date, opts),
              new Intl.DateTimeFormat('cy-GB', opts).format(date),
              JSON.stringify(opts) + date.toISOString(),
            );
          }
        }
      }
    },
  );
});
