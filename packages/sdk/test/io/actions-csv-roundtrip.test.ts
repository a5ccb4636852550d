// The action tracker's CSV round-trips byte for byte: quoted cells are kept exactly (spaces,
// quotes, commas, line breaks), language columns keep their case, and the formula escape is
// reversed on import, so a tracker can export, edit nothing, import and export the same file.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { actionsToCsv, parseActionsCsv } from '../../src/io/actions-csv.js';
import { actionSchema, type Action } from '../../src/schema/action.js';

const valueOf = <T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T => {
  if (!result.ok) assert.fail(JSON.stringify(result.problems, null, 1).slice(0, 2000));
  return result.value;
};

// Awkward characters for a CSV: quotes, commas, line breaks, edge spaces, formula triggers,
// apostrophes, Welsh letters, full-width signs.
const unit = fc.constantFrom(
  'a',
  'Z',
  '1',
  ' ',
  '\u00a0',
  '"',
  ',',
  ';',
  '\n',
  '\r',
  '\t',
  '=',
  '+',
  '-',
  '@',
  "'",
  'ŵ',
  'ŷ',
  'Â',
  'ï',
  '＝',
  '＋',
  '\0',
  '.',
);
/** Text with at least one letter, so it is never blank (blank text means "absent" in a CSV). */
const text = fc
  .tuple(
    fc.string({ unit, maxLength: 6 }),
    fc.constantFrom('w', 'ŵ', 'Y', 'ŷ'),
    fc.string({ unit, maxLength: 6 }),
  )
  .map(([a, b, c]) => a + b + c);
const languages = fc.constantFrom('cy', 'en-GB', 'ga', 'gd-Latn');
// A plain string, or English with other languages, or other languages alone (never English
// alone: that is written as, and read back as, a plain string).
const localised = fc.oneof(
  text,
  fc
    .record({ en: text, other: fc.dictionary(languages, text, { minKeys: 1, maxKeys: 2 }) })
    .map(({ en, other }) => ({ en, ...other })),
  fc.dictionary(languages, text, { minKeys: 1, maxKeys: 3 }),
);
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,6}$/);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const actionInput = fc.record(
  {
    id,
    title: localised,
    description: optional(localised),
    owner: localised,
    organisation: optional(localised),
    sponsor: optional(localised),
    source: fc.constantFrom('framework', 'inspection', 'incident', 'audit', 'board', 'local'),
    reference: optional(text),
    status: fc.constantFrom('not-started', 'in-progress', 'blocked', 'complete', 'closed'),
    start: optional(fc.constant('2024-01-01')),
    due: optional(fc.constantFrom('2024-06-01', '2025-02-28')),
    revisedDue: optional(fc.record({ date: fc.constant('2025-03-31'), reason: localised })),
    deliveryConfidence: optional(fc.constantFrom('high', 'medium', 'low')),
    aspect: optional(fc.constantFrom('planning', 'control', 'improvement')),
    domain: optional(id),
    measureIds: fc.array(id, { maxLength: 3 }),
    statementIds: fc.array(id, { maxLength: 3 }),
    lastUpdate: optional(fc.constant('2024-03-01')),
    progressScore: optional(fc.constantFrom(0.5, 1, 2.5, 5)),
    notes: optional(localised),
  },
  { requiredKeys: ['id', 'title', 'owner', 'source', 'status', 'measureIds', 'statementIds'] },
);

const actions = fc.uniqueArray(actionInput, { selector: (a) => a.id, maxLength: 5 }).map((inputs) =>
  inputs.map((input) => {
    const parsed = actionSchema.safeParse(
      Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    );
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues).slice(0, 500));
    return parsed.data;
  }),
);

describe('actions CSV round trip', () => {
  test('export → import → export is byte for byte the same, and the actions are equal', () => {
    fc.assert(
      fc.property(actions, (list: Action[]) => {
        const csv = actionsToCsv(list);
        const back = valueOf(parseActionsCsv(csv));
        assert.deepEqual(back, list);
        assert.equal(actionsToCsv(back), csv);
        // With a byte-order mark too, as the tracker downloads it.
        assert.equal(
          actionsToCsv(valueOf(parseActionsCsv(actionsToCsv(list, { bom: true }))), { bom: true }),
          actionsToCsv(list, { bom: true }),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('quoted cells keep their spaces; language columns keep their case', () => {
    const csv =
      'id,title,title_en-GB,TITLE_cy,owner\nA1," Ward 7 ","Colour ",Lliw," Me, and you "\n';
    const [action] = valueOf(parseActionsCsv(csv));
    assert.deepEqual(action?.title, { en: ' Ward 7 ', 'en-GB': 'Colour ', cy: 'Lliw' });
    assert.equal(action?.owner, ' Me, and you ');
  });

  test('spaces around an unquoted cell carry no meaning and go', () => {
    const [action] = valueOf(parseActionsCsv('id,title,owner\n A1 ,  Open the ward ,Me\n'));
    assert.equal(action?.id, 'A1');
    assert.equal(action?.title, 'Open the ward');
  });

  test('a quote never closed is a problem, not a lost record', () => {
    const result = parseActionsCsv('id,title,owner\nA1,"Open the ward,Me\nA2,Two,Me\n');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : (result.problems[0]?.message ?? ''), /never closed/);
  });
});
