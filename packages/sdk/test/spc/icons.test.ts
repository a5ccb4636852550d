import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CALM, chart } from './helpers.js';

describe('point type', () => {
  const up = [...CALM, 16];
  test('high side: improvement when increase is better, concern when decrease, neutral otherwise', () => {
    assert.equal(
      chart(up, { improvement: 'increase', baseline: 20 }).points[20]?.type,
      'improvement',
    );
    assert.equal(chart(up, { improvement: 'decrease', baseline: 20 }).points[20]?.type, 'concern');
    assert.equal(chart(up, { improvement: 'neutral', baseline: 20 }).points[20]?.type, 'neutral');
    assert.equal(chart(up, { baseline: 20 }).points[20]?.type, 'neutral');
  });
  test('low side mirrors it', () => {
    const down = [...CALM, 4];
    assert.equal(
      chart(down, { improvement: 'increase', baseline: 20 }).points[20]?.type,
      'concern',
    );
    assert.equal(
      chart(down, { improvement: 'decrease', baseline: 20 }).points[20]?.type,
      'improvement',
    );
  });
});

describe('variation icon (last point)', () => {
  const cases = [
    [16, 'increase', 'improvement-high'],
    [4, 'decrease', 'improvement-low'],
    [16, 'decrease', 'concern-high'],
    [4, 'increase', 'concern-low'],
    [16, 'neutral', 'neither-high'],
    [4, 'neutral', 'neither-low'],
    [10.5, 'increase', 'common-cause'],
  ] as const;
  for (const [last, improvement, icon] of cases) {
    test(`${last} after the calm series, ${improvement}: ${icon}`, () => {
      assert.equal(chart([...CALM, last], { improvement, baseline: 20 }).variation, icon);
    });
  }
});

describe('signals on both sides of the same point', () => {
  // Seven rising points all below the fixed mean of 10: a shift down and a trend up at once.
  const values = [...CALM, 6, 6.5, 7, 7.5, 8, 8.5, 9];
  test('mdc: the improving side wins (MDC conflict rule, default improvement), with a warning', () => {
    for (const [improvement, side] of [
      ['increase', 'high'],
      ['decrease', 'low'],
    ] as const) {
      const r = chart(values, { rules: 'mdc', improvement, baseline: 20 });
      assert.equal(r.points[26]?.side, side);
      assert.equal(r.points[26]?.type, 'improvement');
      assert.equal(r.variation, `improvement-${side}`);
      const w = r.warnings.find((x) => x.code === 'conflicting-signals');
      assert.ok(w?.points?.includes(26));
    }
  });

  test('nhsr: precedence (outside limits > trend > two of three > shift) decides, whatever the direction', () => {
    const inc = chart(values, { rules: 'nhsr', improvement: 'increase', baseline: 20 });
    const dec = chart(values, { rules: 'nhsr', improvement: 'decrease', baseline: 20 });
    assert.equal(inc.points[26]?.side, 'high');
    assert.equal(inc.points[26]?.type, 'improvement');
    assert.equal(dec.points[26]?.side, 'high');
    assert.equal(dec.points[26]?.type, 'concern');
    assert.ok(dec.warnings.some((w) => w.code === 'conflicting-signals'));
  });

  test('nhsr: a trend point takes the direction NHSRplotthedots gives it (the step to the next trend point)', () => {
    // Wide alternation keeps the limits far away; then 1…7 rising, a drop, 0.5…6.5 rising.
    // The 7 ends one rising trend and the next point starts another: NHSRplotthedots labels it
    // "Decreasing" from the step 7 → 0.5, so it counts as low; MDC calls it high.
    const base = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 0 : 10));
    const series = [...base, 1, 2, 3, 4, 5, 6, 7, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5];
    const nhsr = chart(series, { rules: 'nhsr', improvement: 'increase' });
    assert.deepEqual(nhsr.points[26]?.signals, ['trend']);
    assert.equal(nhsr.points[26]?.side, 'low');
    assert.equal(nhsr.points[25]?.side, 'high');
    const mdc = chart(series, { rules: 'mdc', improvement: 'increase' });
    assert.equal(mdc.points[26]?.side, 'high');
  });
});

describe('assurance', () => {
  // Calm series: LPL 4.68, UPL 15.32 (read back from the result to compare exactly).
  const limits = chart(CALM).partitions[0];
  const lpl = limits?.lower ?? NaN;
  const upl = limits?.upper ?? NaN;
  const assurance = (
    target: number,
    improvement: 'increase' | 'decrease',
    targetOnLimit?: 'inclusive' | 'strict',
  ) =>
    chart(CALM, { improvement, target, rules: targetOnLimit ? { targetOnLimit } : 'mdc' })
      .assurance;

  test('increase: target below the lower limit passes, above the upper fails, between is hit or miss', () => {
    assert.equal(assurance(3, 'increase'), 'pass');
    assert.equal(assurance(10, 'increase'), 'hit-or-miss');
    assert.equal(assurance(20, 'increase'), 'fail');
  });
  test('decrease mirrors it', () => {
    assert.equal(assurance(20, 'decrease'), 'pass');
    assert.equal(assurance(10, 'decrease'), 'hit-or-miss');
    assert.equal(assurance(3, 'decrease'), 'fail');
  });
  test('a target exactly on a limit: pass/fail when inclusive (mdc), hit or miss when strict (nhsr)', () => {
    assert.equal(assurance(lpl, 'increase'), 'pass');
    assert.equal(assurance(upl, 'increase'), 'fail');
    assert.equal(assurance(lpl, 'decrease'), 'fail');
    assert.equal(assurance(upl, 'decrease'), 'pass');
    assert.equal(assurance(lpl, 'increase', 'strict'), 'hit-or-miss');
    assert.equal(assurance(upl, 'increase', 'strict'), 'hit-or-miss');
    assert.equal(assurance(upl, 'decrease', 'strict'), 'hit-or-miss');
    assert.equal(
      chart(CALM, { improvement: 'increase', target: upl, rules: 'nhsr' }).assurance,
      'hit-or-miss',
    );
  });
  test('none without a target, with a neutral direction (warned), or on t and g charts', () => {
    assert.equal(chart(CALM, { improvement: 'increase' }).assurance, null);
    const neutral = chart(CALM, { target: 3 });
    assert.equal(neutral.assurance, null);
    assert.ok(neutral.warnings.some((w) => w.code === 'target-not-assessed'));
    for (const kind of ['t', 'g'] as const) {
      const r = chart(CALM, { chart: kind, improvement: 'increase', target: 3 });
      assert.equal(r.assurance, null);
      assert.ok(r.warnings.some((w) => w.code === 'target-not-assessed'));
    }
  });
});

describe('minimum points', () => {
  const twelve = CALM.slice(0, 12);
  test('mdc: fewer than 13 points in the last partition withholds limits and icons, with a warning', () => {
    const r = chart(twelve, { improvement: 'increase', target: 3 });
    assert.equal(r.variation, 'none');
    assert.equal(r.assurance, null);
    assert.equal(r.partitions[0]?.trial, true);
    assert.equal(r.partitions[0]?.upper, null);
    assert.ok(r.warnings.some((w) => w.code === 'too-few-points'));
    const thirteen = chart(CALM.slice(0, 13), { improvement: 'increase', target: 3 });
    assert.equal(thirteen.variation, 'common-cause');
    assert.equal(thirteen.assurance, 'pass');
  });
  test('mdc-2022 needs 15', () => {
    assert.equal(
      chart(CALM.slice(0, 14), { rules: 'mdc-2022', improvement: 'increase' }).variation,
      'none',
    );
    assert.equal(
      chart(CALM.slice(0, 15), { rules: 'mdc-2022', improvement: 'increase' }).variation,
      'common-cause',
    );
  });
  test('nhsr: limits and icons are still given below 13 points, as trial limits with a warning', () => {
    const r = chart(twelve, { rules: 'nhsr', improvement: 'increase', target: 3 });
    assert.equal(r.variation, 'common-cause');
    assert.equal(r.assurance, 'pass');
    assert.equal(r.partitions[0]?.trial, true);
    assert.ok(r.partitions[0]?.upper !== null);
    assert.ok(r.warnings.some((w) => w.code === 'trial-limits'));
  });
  // MDC SQL v2.6 counts the minimum for the chart ("Fewer than 13 non-ghosted points so displayed as
  // a run chart", per [ChartID]); a partition under @SettingMinimumPointsPartition (12) keeps its
  // limits and gets a warning ("Fewer than 12 non-ghosted points in partition").
  test('mdc: a short partition in a chart of 13 or more points keeps its limits, with a warning', () => {
    const r = chart([...CALM.slice(0, 6), ...CALM], { rebase: [6], improvement: 'increase' });
    assert.notEqual(r.partitions[0]?.upper, null);
    assert.equal(r.partitions[0]?.trial, true);
    const w = r.warnings.find((x) => x.code === 'trial-limits');
    assert.equal(w?.partition, 0);
    assert.equal(w?.params['minPoints'], 12);
    assert.notEqual(r.partitions[1]?.upper, null);
    assert.equal(r.variation, 'common-cause');
  });
  test('mdc: a short last partition still gets the icons when the chart has 13 points', () => {
    const r = chart([...CALM.slice(0, 10), ...CALM.slice(0, 5)], {
      rebase: [10],
      improvement: 'increase',
      target: 3,
    });
    assert.equal(r.variation, 'common-cause');
    assert.equal(r.assurance, 'pass');
  });
  test('mdc: 12 points over two partitions: no limits anywhere, one warning for the chart', () => {
    const r = chart(CALM.slice(0, 12), { rebase: [6], improvement: 'increase' });
    assert.ok(r.partitions.every((p) => p.upper === null));
    assert.equal(r.variation, 'none');
    const w = r.warnings.filter((x) => x.code === 'too-few-points');
    assert.equal(w.length, 1);
    assert.equal(w[0]?.messageKey, 'spc.warning.chartTooFewPoints');
  });
});
