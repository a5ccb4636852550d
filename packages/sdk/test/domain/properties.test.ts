import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  actionDueState,
  actionsToCsv,
  findJsonSyntaxError,
  keyQuestionScore,
  parseActionsCsv,
  parseActionsJson,
  parseAssessmentJson,
  parseDatasetJson,
  parseMeasureJson,
  parseMeasuresCsv,
  parseStatementJson,
  ratingBand,
  type Action,
  type Problem,
  type Result,
  type StatementScoreValue,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';

const jsonParsers = [
  parseDatasetJson,
  parseMeasureJson,
  parseActionsJson,
  parseStatementJson,
  parseAssessmentJson,
];

// zod's own English must never reach users; every message is rephrased or written by us.
const RAW_ZOD = /received|Invalid input|Invalid option|Too (big|small)|Expected [a-z]+,/;

function assertReadable(result: Result<unknown>): void {
  if (result.ok) return;
  assert.ok(result.problems.length > 0);
  for (const p of result.problems as Problem[]) {
    assert.equal(typeof p.where, 'string');
    assert.ok(p.message.length > 0);
    assert.doesNotMatch(p.message, RAW_ZOD, p.message);
  }
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json());

describe('loaders never throw', () => {
  test('JSON loaders on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const parse of jsonParsers) assertReadable(parse(text));
      }),
      { numRuns: 300 },
    );
  });

  test('JSON loaders on arbitrary JSON values (as values and as text)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const parse of jsonParsers) {
          assertReadable(parse(value));
          assertReadable(parse(JSON.stringify(value) ?? ''));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('JSON loaders on anything at all', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (value) => {
          for (const parse of jsonParsers) assertReadable(parse(value));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('near-miss datasets: the sample with one field replaced by anything', () => {
    const paths: (string | number)[][] = [
      ['organisation'],
      ['framework'],
      ['measures', 0, 'data', 3],
      ['measures', 4, 'target'],
      ['actions', 15, 'pdsaCycles', 1],
      ['actions', 2, 'revisedDue'],
      ['statements', 0, 'score'],
      ['assessment', 'aspects', 'planning'],
      ['assessment', 'enablers'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = JSON.parse(JSON.stringify(sampleDataset)) as Record<string | number, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path[path.length - 1] as string | number] = value;
        assertReadable(parseDatasetJson(copy));
      }),
      { numRuns: 300 },
    );
  });

  test('CSV loaders on arbitrary strings and on CSV-shaped text', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('', 'falls', '2024-01-01', '5', '-1', 'n/a', '"', ' 1e5 '),
    );
    const csvish = fc
      .array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 })
      .chain((rows) =>
        fc
          .constantFrom('\n', '\r\n')
          .map((eol) =>
            [['measure', 'date', 'value', 'denominator', 'id', 'title', 'owner'], ...rows]
              .map((r) => r.join(','))
              .join(eol),
          ),
      );
    fc.assert(
      fc.property(fc.oneof(anyText, csvish), (text) => {
        assertReadable(parseMeasuresCsv(text));
        assertReadable(parseActionsCsv(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('invariants', () => {
  test('the JSON syntax checker agrees with JSON.parse', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', '\\', ':', ' ', '0', 'x'))
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        assert.equal(findJsonSyntaxError(text) === undefined, valid, JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
  });

  test('key-question percent is within 25–100 and bands never go down as scores go up', () => {
    const score = fc.constantFrom<StatementScoreValue>(1, 2, 3, 4);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 40 }), fc.nat(39), (scores, at) => {
        const result = keyQuestionScore(scores);
        assert.ok(result && result.percent >= 25 && result.percent <= 100);
        const i = at % scores.length;
        const better = scores.map((s, j) =>
          j === i && s < 4 ? ((s + 1) as StatementScoreValue) : s,
        );
        const order = ['inadequate', 'requires-improvement', 'good', 'outstanding'];
        assert.ok(
          order.indexOf(keyQuestionScore(better)?.band ?? '') >= order.indexOf(result.band),
        );
      }),
    );
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => void ratingBand(p)));
  });

  test('due state: overdue exactly when the due day is before today', () => {
    const day = fc
      .integer({ min: 0, max: 40_000 })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.nat(60), (due, today, window) => {
        const state = actionDueState({ status: 'in-progress', due }, today, {
          dueSoonDays: window,
        });
        assert.equal(state === 'overdue', due < today);
        assert.equal(actionDueState({ status: 'complete', due }, today), 'done');
      }),
    );
  });

  test('actions round-trip through CSV (table fields)', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const plain = { noNullPrototype: true } as const;
    const localised = fc.oneof(
      text,
      fc.record({ en: text, cy: text }, plain),
      fc.record({ cy: text }, plain),
    );
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,8}$/);
    const date = fc
      .integer({ min: 18_000, max: 22_000 })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    const action = fc.record(
      {
        id,
        title: localised,
        description: localised,
        owner: localised,
        sponsor: localised,
        source: fc.constantFrom('framework', 'inspection', 'incident', 'audit', 'board', 'local'),
        reference: text,
        status: fc.constantFrom('not-started', 'in-progress', 'blocked', 'complete', 'closed'),
        due: date,
        revisedDue: fc.record({ date, reason: localised }, plain),
        deliveryConfidence: fc.constantFrom('high', 'medium', 'low'),
        aspect: fc.constantFrom('planning', 'control', 'improvement', 'assurance'),
        measureIds: fc.array(id, { maxLength: 3 }),
        statementIds: fc.array(id, { maxLength: 3 }),
        progressScore: fc.constantFrom(0.5, 1, 2.5, 5),
        pdsaCycles: fc.constant<Action['pdsaCycles']>([]),
      },
      {
        requiredKeys: [
          'id',
          'title',
          'owner',
          'source',
          'status',
          'measureIds',
          'statementIds',
          'pdsaCycles',
        ],
        noNullPrototype: true,
      },
    );
    fc.assert(
      fc.property(fc.uniqueArray(action, { selector: (a) => a.id, maxLength: 5 }), (actions) => {
        const typed = actions as Action[];
        const back = parseActionsCsv(actionsToCsv(typed));
        assert.ok(
          back.ok,
          back.ok ? '' : back.problems.map((p) => `${p.where}: ${p.message}`).join('\n'),
        );
        assert.deepEqual(back.value, typed);
      }),
      { numRuns: 200 },
    );
  });
});
