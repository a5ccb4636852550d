import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseSpc, spc, spcInputSchema, type Problem } from '../../src/index.js';

function problems(input: unknown): Problem[] {
  const r = analyseSpc(input);
  assert.equal(r.ok, false, 'expected problems');
  return r.ok ? [] : r.problems;
}

const where = (input: unknown) => problems(input).map((p) => p.where);
// Each row its own day in 2023 (a repeated date is a problem of its own).
let day = 0;
const ok = (y: number) => ({
  x: new Date(Date.UTC(2023, 0, 1 + day++)).toISOString().slice(0, 10),
  y,
});

describe('invalid input gives readable problems, never an exception', () => {
  const cases: [name: string, input: unknown, where: string, message: RegExp][] = [
    ['not an object', 42, 'input', /must be an object/],
    ['no data', { chart: 'xmr' }, 'data', /is required/],
    ['data not a list', { data: 'abc' }, 'data', /must be a list/],
    ['a row that is not an object', { data: [ok(1), 5] }, 'data[1]', /must be an object/],
    [
      'y as text',
      { data: [ok(1), { x: '2024-05-01', y: 'n/a' }] },
      'data[1].y',
      /must be a number or null/,
    ],
    [
      'y missing',
      { data: [{ x: '2024-05-01' }] },
      'data[0].y',
      /is required \(use null for a missing value\)/,
    ],
    ['y infinite', { data: [{ x: '2024-05-01', y: Infinity }] }, 'data[0].y', /finite/],
    ['y NaN', { data: [{ x: '2024-05-01', y: NaN }] }, 'data[0].y', /finite/],
    ['x not a date', { data: [{ x: 'April', y: 1 }] }, 'data[0].x', /ISO date/],
    [
      'x a day that does not exist',
      { data: [{ x: '2024-02-30', y: 1 }] },
      'data[0].x',
      /day that exists/,
    ],
    ['x missing', { data: [{ y: 1 }] }, 'data[0].x', /is required/],
    ['x an invalid Date', { data: [{ x: new Date('nope'), y: 1 }] }, 'data[0].x', /valid date/],
    ['n zero', { data: [ok(1), { x: '2024-05-01', y: 1, n: 0 }] }, 'data[1].n', /greater than 0/],
    [
      'n negative',
      { chart: 'p', data: [{ x: '2024-05-01', y: 1, n: -3 }] },
      'data[0].n',
      /greater than 0/,
    ],
    [
      'n missing on a p chart',
      { chart: 'p', data: [{ x: '2024-05-01', y: 1 }] },
      'data[0].n',
      /required for a P chart/,
    ],
    [
      'more than n on a p chart',
      { chart: 'p', data: [{ x: '2024-05-01', y: 11, n: 10 }] },
      'data[0].y',
      /not be more than n/,
    ],
    [
      'a negative count',
      { chart: 'c', data: [{ x: '2024-05-01', y: -1 }] },
      'data[0].y',
      /not be negative/,
    ],
    [
      'n on some rows only',
      { data: [{ ...ok(1), n: 4 }, ok(2)] },
      'data[1].n',
      /every point or for none/,
    ],
    ['an unknown chart', { chart: 'pie', data: [] }, 'chart', /must be one of "run", "xmr"/],
    [
      'an unknown improvement',
      { improvement: 'up', data: [] },
      'improvement',
      /must be one of "increase", "decrease" or "neutral"/,
    ],
    ['an unknown preset', { rules: 'wheeler', data: [] }, 'rules', /preset name/],
    [
      'a shift length out of range',
      { rules: { shift: 30 }, data: [] },
      'rules.shift',
      /at most 20/,
    ],
    [
      'a fractional trend length',
      { rules: { trend: 6.5 }, data: [] },
      'rules.trend',
      /whole number/,
    ],
    ['a baseline of one', { baseline: 1, data: [] }, 'baseline', /at least 2/],
    ['a negative rebase index', { rebase: [-1], data: [] }, 'rebase[0]', /at least 0/],
    [
      'a rebase index past the end',
      { rebase: [5], data: [ok(1), ok(2)] },
      'rebase[0]',
      /only 2 points/,
    ],
    [
      'an exclude index past the end',
      { exclude: [0, 9], data: [ok(1)] },
      'exclude[1]',
      /only 1 point/,
    ],
    ['a misspelt option', { improvment: 'increase', data: [] }, 'improvment', /not an option/],
    ['a target as text', { target: '95%', data: [] }, 'target', /must be a number/],
  ];
  for (const [name, input, at, message] of cases) {
    test(name, () => {
      const found = problems(input);
      const problem = found.find((p) => p.where === at);
      assert.ok(problem, `no problem at ${at}: ${JSON.stringify(found)}`);
      assert.match(problem.message, message);
      assert.doesNotMatch(
        problem.message,
        /Invalid input|expected .* received/i,
        'no raw zod wording',
      );
    });
  }

  test('problems name the path as segments too', () => {
    const [p] = problems({ chart: 'p', data: [ok(1), { x: '2024-05-01', y: 1, n: 0 }] }).filter(
      (x) => x.where === 'data[1].n',
    );
    assert.deepEqual(p?.path, ['data', 1, 'n']);
  });

  test('every problem is reported at once, up to a limit', () => {
    const data = Array.from({ length: 500 }, () => ({ x: 'bad', y: 'bad' }));
    const found = problems({ data });
    assert.equal(found.length, 51);
    assert.match(found[50]?.message ?? '', /and 950 more problems/);
  });

  test('spc() returns an empty result carrying the problems', () => {
    const r = spc({ chart: 'p', data: [{ x: '2024-05-01', y: 1 }] });
    assert.deepEqual(r.points, []);
    assert.deepEqual(r.partitions, []);
    assert.equal(r.variation, 'none');
    assert.equal(r.assurance, null);
    assert.equal(r.chart, 'p');
    assert.deepEqual(where({ chart: 'p', data: [{ x: '2024-05-01', y: 1 }] }), ['data[0].n']);
    assert.equal(r.problems[0]?.where, 'data[0].n');
  });

  test('valid input has no problems', () => {
    // Dates as ISO text or Date objects, or numbers (one kind per series).
    const r = analyseSpc({ data: [ok(1), { x: new Date(0), y: 2, note: 'kept' }] });
    assert.equal(r.ok, true);
    assert.equal(
      analyseSpc({
        data: [
          { x: 3, y: null },
          { x: 4, y: 1 },
        ],
      }).ok,
      true,
    );
    assert.deepEqual(spc({ data: [] }).problems, []);
  });

  test('nothing thrown for any input at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = spc(input);
        assert.ok(Array.isArray(r.points));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the fast data check agrees with spcInputSchema', () => {
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.constantFrom('2024-04-01', '2024-02-30', '2024-13-01', 'x', '2024-04-01T09:30:00Z', ''),
    fc.constant(new Date(0)),
    fc.constant(new Date(Number.NaN)),
  );
  test('the same rows are accepted and rejected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: value, y: value, n: value }, { requiredKeys: [] }), {
          maxLength: 5,
        }),
        (rows) => {
          // Beyond the schema the engine applies chart-level rules: a rate y / n must be a finite
          // number, and denominators come on every row with a value or on none.
          const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
          fc.pre(rows.every((r) => !finite(r.y) || !finite(r.n) || Number.isFinite(r.y / r.n)));
          const someN = rows.some((r) => finite(r.y) && finite(r.n) && r.n > 0);
          fc.pre(!someN || rows.every((r) => !finite(r.y) || r.n !== undefined));
          const schema = spcInputSchema.safeParse({ data: rows });
          const fast = analyseSpc({ data: rows });
          assert.equal(fast.ok, schema.success, JSON.stringify(rows));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('the same x order rules: repeated x and mixed kinds refused alike, subgroups allowed', () => {
    const x = fc.constantFrom('2024-04-01', '2024-05-01', '2024-04-01T00:00:00Z', 3, 4);
    fc.assert(
      fc.property(
        fc.array(fc.record({ x, y: fc.integer() }), { maxLength: 6 }),
        fc.constantFrom('xmr', 'xbar', 'c') as fc.Arbitrary<'xmr' | 'xbar' | 'c'>,
        (rows, chart) => {
          const data = rows.map((r) => ({ ...r, y: Math.abs(r.y) }));
          const schema = spcInputSchema.safeParse({ chart, data });
          const fast = analyseSpc({ chart, data });
          assert.equal(fast.ok, schema.success, JSON.stringify(data));
          if (!fast.ok && !schema.success) {
            assert.deepEqual(
              schema.error.issues.map((i) => i.message),
              fast.problems.map((p) => p.message),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
