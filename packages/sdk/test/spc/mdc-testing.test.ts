import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc, type SpcResult } from '../../src/index.js';
import { MDC_TEST_CHARTS, type MdcTestChart } from './fixtures/mdc-xmr-testing.js';

// The Making Data Count team's XmR testing document ("SPC-Charts-XmR-Testing.md", single chart tool
// v5.0) and its data with the tool's point colours, from NHSDigital/fdp-react-design-system
// (src/components/DataVisualisation/charts/SPC/SPCChart/test-data/). See the fixture for details.

const LETTER = { 'common-cause': 'g', improvement: 'b', concern: 'o', neutral: 'p' } as const;

function run(c: MdcTestChart, rules: 'mdc' | 'mdc-excel' | 'mdc-2022' | 'nhsr'): SpcResult {
  const r = spc({
    data: c.values.map((y, i) => ({ x: `2023-01-${String(i + 1).padStart(2, '0')}`, y })),
    improvement: c.improvement,
    rules,
    ...(c.rebase === undefined ? {} : { rebase: [c.rebase] }),
    ...(c.baseline === undefined ? {} : { baseline: c.baseline }),
  });
  assert.deepEqual(r.problems, []);
  return r;
}

const colours = (r: SpcResult): string => r.points.map((p) => LETTER[p.type]).join('');

const chartNamed = (metric: string): MdcTestChart => {
  const c = MDC_TEST_CHARTS.find((m) => m.metric === metric);
  assert.ok(c, metric);
  return c;
};

describe('mdc-excel reproduces every chart of the MDC XmR testing document (single chart tool v5.0)', () => {
  for (const c of MDC_TEST_CHARTS) {
    test(c.metric, () => {
      assert.equal(c.values.length, c.colours.length, 'fixture: one colour per value');
      assert.equal(colours(run(c, 'mdc-excel')), c.colours);
    });
  }
});

// The document's "Other tools" section lists the SQL v2.6's differences from the tool: "Only the
// trend rule crosses recalculations" (and conflict handling, which is the same by default). The SQL's
// two-sigma rule also counts points beyond three sigma (v2.6 change log), where the tool does not.
const SQL_DIFFERS = new Set([
  'Special cause crossing recalculations - shift',
  'Special cause crossing recalculations - two-sigma',
  'Special cause - two-sigma - 2',
]);

describe('mdc (SQL v2.6) agrees with the testing document except where the document says the SQL differs', () => {
  for (const c of MDC_TEST_CHARTS.filter((m) => !SQL_DIFFERS.has(m.metric))) {
    test(c.metric, () => assert.equal(colours(run(c, 'mdc')), c.colours));
  }

  test('a shift does not continue across a recalculation under the SQL', () => {
    const c = chartNamed('Special cause crossing recalculations - shift');
    // The tool: points 14–19 (24, 19 | 22, 28, 28, 29) are a shift below the means either side.
    assert.equal(c.colours.slice(13, 19), 'oooooo');
    assert.equal(colours(run(c, 'mdc')), 'g'.repeat(30));
  });

  test('two-of-three does not continue across a recalculation under the SQL', () => {
    const c = chartNamed('Special cause crossing recalculations - two-sigma');
    assert.equal(colours(run(c, 'mdc')), 'g'.repeat(30));
    assert.equal(colours(run(c, 'mdc-excel')), c.colours);
  });

  test('the trend crosses a recalculation under both', () => {
    const c = chartNamed('Special cause crossing recalculations - trend');
    assert.equal(colours(run(c, 'mdc')), c.colours);
    assert.equal(colours(run(c, 'mdc-excel')), c.colours);
  });

  test('two-of-three: the SQL counts a point beyond three sigma, the tool does not', () => {
    // 24, 7, 2 below the mean: 7 beyond the lower 2-sigma line, 2 beyond the lower limit.
    const c = chartNamed('Special cause - two-sigma - 2');
    const sql = run(c, 'mdc');
    assert.equal(sql.points[20]?.type, 'concern');
    assert.deepEqual(sql.points[20]?.signals, ['two-of-three']);
    assert.equal(run(c, 'mdc-excel').points[20]?.type, 'common-cause');
    assert.equal(c.colours[20], 'g');
  });
});

describe("process limits and points (the document's worked numbers)", () => {
  test('15 points: mean 23.20, upper process limit 37.64, lower 8.76', () => {
    for (const preset of ['mdc', 'mdc-excel'] as const) {
      const p = run(chartNamed('Process limits - 15'), preset).partitions[0];
      assert.equal(p?.centre?.toFixed(2), '23.20');
      assert.equal(p?.upper?.toFixed(2), '37.64');
      assert.equal(p?.lower?.toFixed(2), '8.76');
    }
  });

  test('10 points: mean 22.10, no limits and no icons; 12 points none, 13 points shown', () => {
    const ten = run(chartNamed('Process limits - 10'), 'mdc-excel');
    assert.equal(ten.partitions[0]?.centre?.toFixed(2), '22.10');
    assert.equal(ten.partitions[0]?.upper, null);
    assert.equal(ten.variation, 'none');
    assert.equal(run(chartNamed('Number of points - 12'), 'mdc-excel').partitions[0]?.upper, null);
    assert.notEqual(
      run(chartNamed('Number of points - 13'), 'mdc-excel').partitions[0]?.upper,
      null,
    );
  });
});

describe('summary icons – variation: the last point decides', () => {
  const expected: Record<string, SpcResult['variation']> = {
    'Summary icons - variation - High is good': 'improvement-high',
    'Summary icons - variation - Low is good': 'concern-high',
    'Summary icons - variation - High is good 2': 'common-cause',
    'Summary icons - variation - High is good 3': 'concern-low',
    'Summary icons - variation - Low is good 3': 'improvement-low',
    'Summary icons - variation - Neither': 'neither-high',
    'Summary icons - variation - Neither2': 'common-cause',
    'Summary icons - variation - Too few points': 'none',
  };
  for (const [metric, icon] of Object.entries(expected)) {
    test(`${metric}: ${icon}`, () => {
      assert.equal(run(chartNamed(metric), 'mdc-excel').variation, icon);
      assert.equal(run(chartNamed(metric), 'mdc').variation, icon);
    });
  }
});

describe('baseline with a recalculation', () => {
  const c = chartNamed('Baselines - Recalculated');
  const both = (rules: 'mdc' | 'mdc-excel' | 'nhsr'): SpcResult =>
    spc({
      data: c.values.map((y, i) => ({ x: i, y })),
      improvement: 'increase',
      rules,
      baseline: 15,
      rebase: [15],
    });

  test('the tool implements only the baseline: limits of the first 15 points for all 30', () => {
    // "When a recalculation is also added, only the baseline is implemented."
    const r = both('mdc-excel');
    assert.equal(colours(r), c.colours);
    assert.equal(r.partitions.length, 1);
    assert.equal(r.partitions[0]?.centre, 20);
    assert.ok(r.warnings.some((w) => w.code === 'rebase-ignored'));
  });

  test('the SQL fixes the partition the baseline lies in; the later partition gets its own limits', () => {
    const r = both('mdc');
    assert.equal(r.partitions.length, 2);
    assert.equal(r.partitions[0]?.centre, 20);
    // Partition 2 from all its 15 points (455 / 15), so it matches the plain recalculation.
    assert.equal(r.partitions[1]?.centre?.toFixed(4), (455 / 15).toFixed(4));
    assert.equal(colours(r), chartNamed('Recalculations - Recalculated').colours);
  });

  test('NHSRplotthedots fixes the first N points of each rebase group', () => {
    const r = spc({
      data: c.values.map((y, i) => ({ x: i, y })),
      rules: 'nhsr',
      baseline: 5,
      rebase: [15],
    });
    // fix_after_n_points applies within each group: 16 24 22 19 19 → 20; 35 32 35 31 27 → 32.
    assert.equal(r.partitions[0]?.centre, 20);
    assert.equal(r.partitions[1]?.centre, 32);
  });
});

describe('summary icons – assurance (the document: targets of 40, 30 and 10)', () => {
  // "If the target is within the process limits, the grey hit or miss icon is shown. If the target
  // is outside the process limits, either the blue pass or orange fail icon is shown depending on
  // whether high is good or low is good." Limits of this chart: 13.33 to 37.00.
  const c = chartNamed('Recalculations');
  const icon = (
    improvement: 'increase' | 'decrease' | 'neutral',
    target: number,
    rebase: number[] = [],
  ): SpcResult['assurance'] =>
    spc({
      data: c.values.map((y, i) => ({ x: i, y })),
      improvement,
      target,
      rebase,
      rules: 'mdc-excel',
    }).assurance;

  test('high is good: 40 fail, 30 hit or miss, 10 pass', () => {
    assert.deepEqual(
      [icon('increase', 40), icon('increase', 30), icon('increase', 10)],
      ['fail', 'hit-or-miss', 'pass'],
    );
  });

  test('low is good: 40 pass, 30 hit or miss, 10 fail', () => {
    assert.deepEqual(
      [icon('decrease', 40), icon('decrease', 30), icon('decrease', 10)],
      ['pass', 'hit-or-miss', 'fail'],
    );
  });

  test('neither: "a target does not make sense, so no assurance icon is shown"', () => {
    assert.equal(icon('neutral', 40), null);
  });

  test('"If a recalculation is added, the latest process limits are used": 40 is now inside them', () => {
    // After the recalculation at point 16 the limits are 20.45 to 40.21.
    assert.equal(icon('increase', 40, [15]), 'hit-or-miss');
  });
});
