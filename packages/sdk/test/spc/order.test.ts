import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseMeasureJson,
  parseMeasuresCsv,
  spc,
  spcForMeasure,
  type Problem,
  type SpcDataPoint,
  type SpcResult,
} from '../../src/index.js';
import type { ChartType } from '../../src/schema/options.js';
import { sortedRows } from '../../src/schema/x-order.js';

const MONTH = (i: number): string => new Date(Date.UTC(2023, i, 1)).toISOString().slice(0, 10);
const DAY = (i: number): string =>
  new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** Everything a reader of the chart sees, apart from the caller's row numbers. */
function verdict(r: SpcResult) {
  return {
    problems: r.problems,
    variation: r.variation,
    assurance: r.assurance,
    partitions: r.partitions,
    points: r.points.map(({ row: _row, ...point }) => point),
    warnings: r.warnings.filter((w) => w.code !== 'data-sorted'),
  };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let a = seed | 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a * 1_103_515_245 + 12_345) | 0;
    const j = Math.abs(a) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('the 20 monthly points of the defect', () => {
  // Date order: values wander about 10 with no pattern; the file lists them by value instead.
  const values = [10, 12, 9, 11, 10, 13, 8, 11, 10, 12, 9, 10, 11, 9, 12, 10, 11, 9, 10, 12];
  const inDateOrder = values.map((y, i) => ({ x: MONTH(i), y }));
  const byValue = inDateOrder.slice().sort((a, b) => a.y - b.y || (a.x < b.x ? -1 : 1));

  test('read in array order (the old behaviour) the shuffled file gave another verdict', () => {
    // What the engine used to do: analyse the rows as listed, i.e. as if x were 0, 1, 2 …
    const asListed = spc({
      improvement: 'increase',
      data: byValue.map((p, i) => ({ x: i, y: p.y })),
    });
    const dated = spc({ improvement: 'increase', data: inDateOrder });
    assert.equal(dated.variation, 'common-cause');
    assert.equal(asListed.variation, 'improvement-high');
  });

  test('now the shuffled file gives the date-order verdict, and says it sorted', () => {
    const dated = spc({ improvement: 'increase', data: inDateOrder });
    const sorted = spc({ improvement: 'increase', data: byValue });
    assert.equal(sorted.variation, 'common-cause');
    assert.deepEqual(verdict(sorted), verdict(dated));
    assert.deepEqual(
      sorted.warnings.map((w) => w.code),
      ['data-sorted'],
    );
    assert.equal(dated.warnings.length, 0, 'no warning when the data came in date order');
    assert.match(sorted.warnings[0]?.message ?? '', /not in date order/);
  });

  test('points are numbered in date order; row gives the caller’s row', () => {
    const sorted = spc({ improvement: 'increase', data: byValue });
    sorted.points.forEach((p, i) => {
      assert.equal(p.index, i);
      assert.equal(p.x, MONTH(i));
      assert.equal(
        byValue[p.row],
        byValue.find((d) => d.x === p.x),
      );
    });
  });

  test('rebase and exclude number the points in date order', () => {
    const options = { improvement: 'increase' as const, rebase: [10], exclude: [3] };
    const dated = spc({ ...options, data: inDateOrder });
    const sorted = spc({ ...options, data: byValue });
    assert.deepEqual(verdict(sorted), verdict(dated));
    assert.equal(sorted.points[3]?.x, MONTH(3));
    assert.equal(sorted.points[3]?.ghost, true);
    assert.equal(sorted.partitions[1]?.start, 10);
  });

  test('spcForMeasure maps ghost rows and rebase dates to the points in date order', () => {
    const ghostly = inDateOrder.map((p, i) => (i === 4 ? { ...p, ghost: true } : p));
    const measure = (data: typeof ghostly) => {
      const parsed = parseMeasureJson({
        id: 'm',
        name: 'M',
        improvement: 'increase',
        rebase: [MONTH(12)],
        data,
      });
      assert.ok(parsed.ok, JSON.stringify(parsed));
      return parsed.value;
    };
    const dated = spcForMeasure(measure(ghostly));
    const shuffled = spcForMeasure(measure(shuffle(ghostly, 7)));
    assert.deepEqual(verdict(shuffled), verdict(dated));
    assert.equal(dated.points[4]?.ghost, true);
    assert.equal(shuffled.points[4]?.ghost, true);
    assert.equal(shuffled.partitions[1]?.start, 12);
  });
});

describe('spcForMeasure on Xbar subgroups out of order', () => {
  test('a ghosted row excludes its own subgroup and rebase dates find their subgroup', () => {
    const rows = Array.from({ length: 16 }, (_, g) =>
      [0, 1, 2].map((k) => ({
        x: MONTH(g),
        y: 10 + ((g * 3 + k) % 5),
        ...(g === 5 && k === 1 ? { ghost: true } : {}),
      })),
    ).flat();
    const run = (data: typeof rows) => {
      const parsed = parseMeasureJson({
        id: 'm',
        name: 'M',
        chart: 'xbar',
        rebase: [MONTH(9)],
        data,
      });
      assert.ok(parsed.ok, JSON.stringify(parsed));
      return spcForMeasure(parsed.value);
    };
    const dated = run(rows);
    // Subgroups reversed, rows within each date kept in their order.
    const reversed = Array.from({ length: 16 }, (_, g) =>
      rows.filter((r) => r.x === MONTH(15 - g)),
    ).flat();
    const other = run(reversed);
    assert.deepEqual(verdict(other), verdict(dated));
    assert.deepEqual(
      other.points.filter((p) => p.ghost).map((p) => p.x),
      [MONTH(5)],
    );
    assert.equal(other.partitions[1]?.start, 9);
    assert.equal(
      other.points[0]?.row,
      reversed.findIndex((r) => r.x === MONTH(0)),
    );
  });
});

describe('repeated and mixed x', () => {
  test('a repeated date is refused naming both rows, on every path, in the same words', () => {
    const data = [
      { x: '2024-03-01', y: 1 },
      { x: '2024-05-01', y: 2 },
      { x: '2024-04-01', y: 3 },
      { x: '2024-05-01', y: 4 },
    ];
    const fromSpc = spc({ data }).problems;
    const fromJson = parseMeasureJson({ id: 'm', name: 'M', data });
    const csv = `measure,date,value\n${data.map((d) => `m,${d.x},${d.y}`).join('\n')}\n`;
    const fromCsv = parseMeasuresCsv(csv);
    assert.ok(!fromJson.ok && !fromCsv.ok);
    const words =
      '2024-05-01 is also the date of data[1]: each date may appear only once (on Xbar and S charts, rows sharing one form a subgroup)';
    assert.deepEqual(
      fromSpc.map((p) => [p.where, p.message]),
      [['data[3].x', words]],
    );
    assert.deepEqual(
      fromJson.problems.map((p) => [p.where, p.message]),
      [['data[3].x', words]],
    );
    // CSV rows are numbered from the header (row 1): data[1] is row 3, data[3] row 5.
    assert.deepEqual(
      fromCsv.problems.map((p) => [p.where, p.message]),
      [['row 5, column date', words.replace('data[1]', 'row 3 (measure "m")')]],
    );
  });

  test('a Date object and an ISO date for the same instant are one date', () => {
    const problems = spc({
      data: [
        { x: '2024-04-01', y: 1 },
        { x: new Date(Date.UTC(2024, 3, 1)), y: 2 },
      ],
    }).problems;
    assert.deepEqual(
      problems.map((p) => p.where),
      ['data[1].x'],
    );
    assert.match(
      problems[0]?.message ?? '',
      /^2024-04-01T00:00:00.000Z is also the date of data\[0\]/,
    );
  });

  test('repeated numbers are refused as x values', () => {
    const problems = spc({
      data: [
        { x: 3, y: 1 },
        { x: 1, y: 2 },
        { x: 3, y: 3 },
      ],
    }).problems;
    assert.deepEqual(
      problems.map((p) => [p.where, p.message.split(':')[0]]),
      [['data[2].x', '3 is also the x value of data[0]']],
    );
  });

  test('numbers and dates in one series are refused at the first row of the other kind', () => {
    const problems = spc({
      data: [
        { x: '2024-04-01', y: 1 },
        { x: new Date(Date.UTC(2024, 4, 1)), y: 2 },
        { x: 7, y: 3 },
        { x: 8, y: 3 },
      ],
    }).problems;
    assert.deepEqual(
      problems.map((p) => [p.where, p.message]),
      [
        [
          'data[2].x',
          'is a number, but data[0].x is a date: every x of a series must be the same kind (all dates or all numbers)',
        ],
      ],
    );
  });

  test('Xbar and S: rows sharing x form one subgroup wherever they are in the array', () => {
    const rows = [
      { x: '2024-01-01', y: 10 },
      { x: '2024-01-01', y: 12 },
      { x: '2024-02-01', y: 11 },
      { x: '2024-02-01', y: 15 },
      { x: '2024-03-01', y: 9 },
      { x: '2024-03-01', y: 13 },
    ];
    const mixed = [rows[4], rows[0], rows[2], rows[5], rows[1], rows[3]] as SpcDataPoint[];
    for (const chart of ['xbar', 's'] as const) {
      const dated = spc({ chart, data: rows });
      const shuffled = spc({ chart, data: mixed });
      assert.deepEqual(dated.problems, []);
      assert.equal(shuffled.points.length, 3);
      assert.deepEqual(verdict(shuffled), verdict(dated));
      assert.deepEqual(
        shuffled.points.map((p) => p.n),
        [2, 2, 2],
      );
    }
    assert.equal(parseMeasureJson({ id: 'm', name: 'M', chart: 'xbar', data: mixed }).ok, true);
  });
});

// ---- properties ----

type Preset = 'mdc' | 'mdc-2022' | 'nhsr';
const CHARTS: readonly ChartType[] = ['run', 'xmr', 'mr', 'p', 'pp', 'u', 'up', 'c', 'g', 't'];

/** Distinct days, whole-number values that every chart accepts, and a shuffle of the rows. */
const dataset = fc
  .record({
    days: fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 40 }),
    values: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 40, maxLength: 40 }),
    sizes: fc.array(fc.integer({ min: 60, max: 200 }), { minLength: 40, maxLength: 40 }),
    seed: fc.integer(),
    chart: fc.constantFrom(...CHARTS),
    rules: fc.constantFrom<Preset>('mdc', 'mdc-2022', 'nhsr'),
    improvement: fc.constantFrom('increase', 'decrease', 'neutral') as fc.Arbitrary<
      'increase' | 'decrease' | 'neutral'
    >,
    target: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
  })
  .map(({ days, values, sizes, seed, ...options }) => {
    const sortedDays = days.slice().sort((a, b) => a - b);
    const data = sortedDays.map((d, i) => ({
      x: DAY(d),
      y: values[i] ?? 1,
      n: sizes[i] ?? 100,
    }));
    return { data, shuffled: shuffle(data, seed), options };
  });

describe('properties of x order', () => {
  test('verdicts, limits and point types do not depend on the array order of dated data', () => {
    fc.assert(
      fc.property(dataset, ({ data, shuffled, options }) => {
        const { target, ...rest } = options;
        const input = target === undefined ? rest : { ...rest, target };
        const dated = spc({ ...input, data });
        const other = spc({ ...input, data: shuffled });
        assert.deepEqual(dated.problems, []);
        assert.deepEqual(verdict(other), verdict(dated));
        const moved = shuffled.some((row, i) => row !== data[i]);
        assert.equal(
          other.warnings.some((w) => w.code === 'data-sorted'),
          moved,
          'the sorted warning appears exactly when rows were out of order',
        );
      }),
      { numRuns: 300 },
    );
  });

  test('Xbar and S verdicts do not depend on the array order of their rows', () => {
    const subgroups = fc.record({
      rows: fc.array(
        fc.record({ day: fc.integer({ min: 0, max: 15 }), y: fc.integer({ min: 0, max: 50 }) }),
        { minLength: 1, maxLength: 80 },
      ),
      seed: fc.integer(),
      chart: fc.constantFrom('xbar', 's') as fc.Arbitrary<'xbar' | 's'>,
      rules: fc.constantFrom<Preset>('mdc', 'nhsr'),
    });
    fc.assert(
      fc.property(subgroups, ({ rows, seed, chart, rules }) => {
        const data = rows.map((r) => ({ x: DAY(r.day), y: r.y }));
        // Rows move between dates freely; within a date they keep their relative order, which
        // is the subgroup's own order (its mean and SD are summed in it).
        const slots = shuffle(data, seed);
        const queues = new Map<string, typeof data>();
        for (const row of data) queues.set(row.x, [...(queues.get(row.x) ?? []), row]);
        const other = spc({
          chart,
          rules,
          data: slots.map((slot) => queues.get(slot.x)?.shift() ?? slot),
        });
        const byDate = data.slice().sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
        const dated = spc({ chart, rules, data: byDate });
        assert.deepEqual(verdict(other), verdict(dated));
      }),
      { numRuns: 200 },
    );
  });

  test('a repeated x is always refused, on spc(), the measure schema and CSV alike', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...CHARTS),
        (days, from, to, chart) => {
          const data = days.map((d, i) => ({ x: DAY(d), y: i + 1, n: 100 }));
          const source = data[from % data.length];
          data.splice(to % (data.length + 1), 0, { x: source?.x ?? DAY(0), y: 50, n: 100 });
          const fromSpc = spc({ chart, data }).problems;
          const fromJson = parseMeasureJson({ id: 'm', name: 'M', chart, data });
          const csv = `measure,date,value\n${data.map((d) => `m,${d.x},${d.y}`).join('\n')}\n`;
          const fromCsv = parseMeasuresCsv(csv);
          assert.ok(!fromJson.ok && !fromCsv.ok);
          assert.equal(fromSpc.length, 1);
          const strip = (ps: readonly Problem[]) =>
            ps.map((p) => p.message.replace(/(data\[\d+\]|row \d+ \(measure "m"\))/, 'ROW'));
          assert.deepEqual(strip(fromJson.problems), strip(fromSpc));
          assert.deepEqual(strip(fromCsv.problems), strip(fromSpc));
          assert.match(fromSpc[0]?.message ?? '', /is also the date of data\[\d+\]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sortedRows', () => {
  test('orders rows by key, equal keys in row order, like a stable comparator sort', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          {
            maxLength: 300,
          },
        ),
        (values) => {
          const keys = Float64Array.from(values);
          const expected = values
            .map((_, i) => i)
            .sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
          assert.deepEqual(Array.from(sortedRows(keys)), expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
