import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  cqcQualityStatements2024,
  domainCrosswalk,
  frameworkDomains,
  frameworkPresets,
  frameworkSchema,
  getFramework,
  qualityStatementSetSchema,
  exampleTools,
  exampleToolsFor,
  guidingQuestions,
  guidingQuestionsFor,
  qmsEnablerSets,
  type Framework,
} from '../../src/index.js';

describe('framework presets', () => {
  test('every preset validates and is listed under its own id', () => {
    for (const [id, framework] of Object.entries(frameworkPresets)) {
      assert.equal(frameworkSchema.safeParse(framework).success, true, id);
      assert.equal(framework.id, id);
    }
    assert.deepEqual(Object.keys(frameworkPresets), [
      'steeep',
      'wales-hcqs-2023',
      'nhse-3part',
      'cqc-5kq',
    ]);
  });

  test('STEEEP in the Welsh order', () => {
    assert.deepEqual(
      frameworkDomains(frameworkPresets.steeep).map((d) => d.id),
      ['safe', 'timely', 'effective', 'efficient', 'equitable', 'person-centred'],
    );
  });

  test('Wales HCQS 2023 has six domains and six enablers', () => {
    const wales = frameworkPresets['wales-hcqs-2023'];
    assert.equal(frameworkDomains(wales, 'domain').length, 6);
    assert.deepEqual(
      frameworkDomains(wales, 'enabler').map((d) => d.label),
      [
        { en: 'Leadership', cy: 'Arweinyddiaeth' },
        { en: 'Workforce', cy: 'Gweithlu' },
        { en: 'Culture and valuing people', cy: 'Diwylliant a gwerthfawrogi pobl' },
        { en: 'Information', cy: 'Gwybodaeth' },
        { en: 'Learning, improvement and research', cy: 'Dysgu, gwella ac ymchwil' },
        { en: 'Whole-systems approach', cy: 'Dull system gyfan' },
      ],
    );
    assert.deepEqual(
      frameworkDomains(wales, 'domain').map((d) => d.label),
      frameworkDomains(frameworkPresets.steeep).map((d) => d.label),
    );
  });

  test('NHS England three-part and CQC five key questions', () => {
    assert.deepEqual(
      frameworkPresets['nhse-3part'].domains.map((d) => d.id),
      ['safe', 'effective', 'positive-experience'],
    );
    assert.deepEqual(
      frameworkPresets['cqc-5kq'].domains.map((d) => d.id),
      ['safe', 'effective', 'caring', 'responsive', 'well-led'],
    );
  });

  test('getFramework resolves preset ids, passes frameworks through and rejects unknown ids', () => {
    assert.equal(getFramework('cqc-5kq'), frameworkPresets['cqc-5kq']);
    const custom: Framework = { id: 'x', version: '1', name: 'X', domains: [] };
    assert.equal(getFramework(custom), custom);
    assert.equal(getFramework('steeep-iom'), undefined);
    assert.equal(getFramework('toString'), undefined);
  });

  test('a custom framework with a repeated domain id is refused', () => {
    const result = frameworkSchema.safeParse({
      id: 'x',
      version: '1',
      name: 'X',
      domains: [
        { id: 'a', label: 'A', order: 1 },
        { id: 'a', label: 'B', order: 2 },
      ],
    });
    assert.equal(result.success, false);
  });

  test('every crosswalk id exists in the frameworks it points to', () => {
    const wales = frameworkPresets['wales-hcqs-2023'].domains.map((d) => d.id);
    assert.deepEqual(Object.keys(domainCrosswalk).sort(), [...wales].sort());
    const nhse = frameworkPresets['nhse-3part'].domains.map((d) => d.id);
    const cqc = frameworkPresets['cqc-5kq'].domains.map((d) => d.id);
    const statements = cqcQualityStatements2024.statements.map((s) => s.id);
    for (const [id, entry] of Object.entries(domainCrosswalk)) {
      for (const d of entry['nhse-3part']) assert.ok(nhse.includes(d), `${id} → ${d}`);
      for (const d of entry['cqc-5kq']) assert.ok(cqc.includes(d), `${id} → ${d}`);
      for (const s of entry.cqcQualityStatements ?? [])
        assert.ok(statements.includes(s), `${id} → ${s}`);
    }
    assert.deepEqual(domainCrosswalk['person-centred']?.['cqc-5kq'], ['caring', 'responsive']);
  });
});

describe('CQC quality statements 2024', () => {
  test('34 statements, 8/6/5/7/8 per key question, valid and unique', () => {
    assert.equal(qualityStatementSetSchema.safeParse(cqcQualityStatements2024).success, true);
    assert.equal(cqcQualityStatements2024.statements.length, 34);
    const count = (kq: string) =>
      cqcQualityStatements2024.statements.filter((s) => s.keyQuestion === kq).length;
    assert.deepEqual(
      ['safe', 'effective', 'caring', 'responsive', 'well-led'].map(count),
      [8, 6, 5, 7, 8],
    );
    assert.equal(cqcQualityStatements2024.framework, 'cqc-saf');
    assert.equal(cqcQualityStatements2024.version, '2024');
  });

  test('key questions exist in cqc-5kq; titles are English with no unchecked Welsh', () => {
    const kqs = frameworkPresets['cqc-5kq'].domains.map((d) => d.id);
    for (const s of cqcQualityStatements2024.statements) {
      assert.ok(kqs.includes(s.keyQuestion));
      assert.ok(typeof s.title === 'object' && s.title['en'] && !('cy' in s.title));
    }
    assert.deepEqual(cqcQualityStatements2024.statements[1]?.title, {
      en: 'Safe systems, pathways and transitions',
    });
  });
});

describe('QMS data', () => {
  test('14 guiding questions: 7 planning, 4 control, 1 improvement, 2 assurance, in Welsh too', () => {
    assert.equal(guidingQuestions.length, 14);
    assert.deepEqual(
      (['planning', 'control', 'improvement', 'assurance'] as const).map(
        (a) => guidingQuestionsFor(a).length,
      ),
      [7, 4, 1, 2],
    );
    guidingQuestions.forEach((q, i) => {
      assert.equal(q.number, i + 1);
      assert.equal(q.id, `q${i + 1}`);
      assert.ok(typeof q.text === 'object' && q.text['en'] && q.text['cy']);
    });
  });

  test('example tools: 9 planning, 6 control, 5 improvement, 6 assurance, unique ids', () => {
    assert.deepEqual(
      (['planning', 'control', 'improvement', 'assurance'] as const).map(
        (a) => exampleToolsFor(a).length,
      ),
      [9, 6, 5, 6],
    );
    assert.equal(new Set(exampleTools.map((t) => t.id)).size, exampleTools.length);
  });

  test('enabler sets: the Wales six match the framework, v1 has three', () => {
    assert.deepEqual(
      qmsEnablerSets['wales-hcqs-2023'].map((e) => e.id),
      frameworkDomains(frameworkPresets['wales-hcqs-2023'], 'enabler').map((d) => d.id),
    );
    assert.equal(qmsEnablerSets['qms-v1'].length, 3);
  });
});
