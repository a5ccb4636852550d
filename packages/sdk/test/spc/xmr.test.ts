import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc } from '../../src/index.js';
import { CALM, chart, flagged, near } from './helpers.js';

describe('XmR limits (Making Data Count)', () => {
  test('mean ± 2.66 × MRbar, 2-sigma lines at two thirds, sigma MRbar / 1.128', () => {
    // Values 2, 4, 3, 5, 6: mean 4; moving ranges 2, 1, 2, 1 → MRbar 1.5.
    const r = chart([2, 4, 3, 5, 6], { rules: { minPoints: 1 } });
    const p = r.partitions[0];
    assert.equal(p?.centre, 4);
    assert.ok(near(p?.upper, 4 + 2.66 * 1.5)); // 7.99
    assert.ok(near(p?.lower, 4 - 2.66 * 1.5)); // 0.01
    assert.ok(near(r.points[0]?.upperNear, 4 + (2 / 3) * 2.66 * 1.5)); // 6.66
    assert.ok(near(r.points[0]?.lowerNear, 4 - (2 / 3) * 2.66 * 1.5)); // 1.34
    assert.ok(near(p?.sigma, 1.5 / 1.128));
    assert.ok(r.points.every((pt) => pt.centre === 4 && pt.upper === p?.upper));
  });

  test('negative values work like any others', () => {
    const r = chart([-2, -4, -3, -5, -6], { rules: { minPoints: 1 } });
    assert.equal(r.partitions[0]?.centre, -4);
    assert.ok(near(r.partitions[0]?.upper, -4 + 3.99));
    assert.ok(near(r.partitions[0]?.lower, -4 - 3.99));
  });

  test('a rate: with n, the plotted value is y / n and the limits are those of the rates', () => {
    // Rates 2/1, 8/2, 9/3, 20/4, 30/5 = 2, 4, 3, 5, 6: as the first example.
    const r = spc({
      data: [2, 8, 9, 20, 30].map((y, i) => ({ x: i, y, n: i + 1 })),
      rules: { minPoints: 1 },
    });
    assert.deepEqual(
      r.points.map((p) => p.y),
      [2, 4, 3, 5, 6],
    );
    assert.deepEqual(
      r.points.map((p) => p.n),
      [1, 2, 3, 4, 5],
    );
    assert.equal(r.partitions[0]?.centre, 4);
    assert.ok(near(r.partitions[0]?.upper, 7.99));
  });

  test('the MR chart plots moving ranges: centre MRbar, upper 3.267 × MRbar, lower 0', () => {
    const r = chart([2, 4, 3, 5, 6], { chart: 'mr', rules: { minPoints: 1 } });
    assert.deepEqual(
      r.points.map((p) => p.y),
      [null, 2, 1, 2, 1],
    );
    assert.equal(r.partitions[0]?.centre, 1.5);
    assert.ok(near(r.partitions[0]?.upper, 3.267 * 1.5));
    assert.equal(r.partitions[0]?.lower, 0);
    assert.ok(near(r.points[1]?.upperNear, (3.267 / 3) * 2 * 1.5));
    assert.equal(r.variation, 'none');
  });
});

describe('moving-range screening', () => {
  test('drops moving ranges at or above 3.267 × MRbar and recomputes MRbar, not the mean', () => {
    // 10 calm points then one jump: MRs are 1 × 9, 20 and 20 → MRbar 49/11 = 4.4545;
    // 3.267 × 4.4545 = 14.55, so both 20s go and MRbar becomes 1 (the mean stays 148/12).
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 31, 11];
    const screened = chart(values, { rules: { preset: 'nhsr' } });
    const plain = chart(values, { rules: { preset: 'nhsr', screenOutliers: false } });
    const mean = values.reduce((a, b) => a + b) / values.length;
    assert.ok(near(screened.partitions[0]?.centre, mean));
    assert.ok(near(screened.partitions[0]?.upper, mean + 2.66 * 1));
    assert.ok(near(plain.partitions[0]?.upper, mean + 2.66 * (49 / 11)));
  });

  test('keeps a moving range just below the threshold (strictly less than, as NHSRplotthedots)', () => {
    // MRs: eight of 1 and one of a: mean (8 + a) / 9; a is dropped when a ≥ 3.267 × (8 + a) / 9,
    // i.e. a ≥ 26.136 / 5.733 = 4.5589…
    const threshold = (3.267 * 8) / (9 - 3.267);
    const build = (a: number) => [0, 1, 0, 1, 0, 1, 0, 1, 0, a];
    const a = threshold - 1e-6;
    const below = chart(build(a), { rules: 'nhsr' });
    const above = chart(build(threshold + 1e-6), { rules: 'nhsr' });
    assert.ok(near(below.partitions[0]?.sigma, (8 + a) / 9 / 1.128), 'kept');
    assert.ok(near(above.partitions[0]?.sigma, 1 / 1.128), 'dropped');
  });
});

describe('series that cannot have limits', () => {
  test('no points: no partitions, no icons, a warning, no throw', () => {
    const r = chart([]);
    assert.deepEqual(r.points, []);
    assert.deepEqual(r.partitions, []);
    assert.equal(r.variation, 'none');
    assert.equal(r.assurance, null);
    assert.ok(r.warnings.some((w) => w.code === 'no-data'));
  });

  for (const values of [[5], [5, 7]]) {
    test(`${values.length} point(s): centre shown, limits null`, () => {
      const r = chart(values, { improvement: 'increase', target: 6 });
      assert.equal(r.points.length, values.length);
      assert.ok(
        r.points.every(
          (p) =>
            p.lower === null && p.upper === null && p.lowerNear === null && p.upperNear === null,
        ),
      );
      assert.equal(r.partitions[0]?.centre, values.reduce((a, b) => a + b) / values.length);
      assert.equal(r.partitions[0]?.sigma, null);
      assert.equal(r.variation, 'none');
      assert.equal(r.assurance, null);
      assert.ok(r.warnings.some((w) => w.code === 'too-few-points'));
    });
  }

  test('one point under nhsr: limits cannot be calculated (null, not NaN)', () => {
    const r = chart([5], { rules: 'nhsr' });
    assert.equal(r.points[0]?.upper, null);
    assert.ok(r.warnings.some((w) => w.code === 'limits-unavailable'));
  });

  // MDC SQL v2.6 (mean ± 2.66 × 0), NHSRplotthedots, qicharts2 and PowerBI-SPC all put both limits on
  // the mean when the moving ranges are all zero, and judge the points against them.
  test('all values equal: limits on the mean, no signals, icons shown, a no-variation warning', () => {
    const r = chart(Array<number>(20).fill(7), { improvement: 'increase', target: 5 });
    assert.equal(r.partitions[0]?.centre, 7);
    assert.equal(r.partitions[0]?.upper, 7);
    assert.equal(r.partitions[0]?.lower, 7);
    assert.equal(r.partitions[0]?.sigma, 0);
    assert.ok(r.points.every((p) => p.signals.length === 0 && p.upper === 7 && p.lowerNear === 7));
    assert.equal(r.variation, 'common-cause');
    // MDC SQL assurance, Up: target ≤ LPL → Pass.
    assert.equal(r.assurance, 'pass');
    assert.ok(r.warnings.some((w) => w.code === 'no-variation'));
  });
});

describe('missing values (null)', () => {
  test('are drawn as gaps and skipped: the moving range joins the points either side', () => {
    // Without the gap: 2, 4, 3, 5, 6 → mean 4, MRbar 1.5 (as above).
    const r = chart([2, 4, null, 3, 5, 6], { rules: { minPoints: 1 } });
    assert.equal(r.points[2]?.y, null);
    assert.equal(r.points[2]?.type, 'common-cause');
    assert.deepEqual(r.points[2]?.signals, []);
    assert.equal(r.points[2]?.centre, 4);
    assert.equal(r.partitions[0]?.centre, 4);
    assert.ok(near(r.partitions[0]?.sigma, 1.5 / 1.128));
    assert.equal(r.partitions[0]?.points, 5);
  });

  test('do not break a shift', () => {
    const r = chart([1, 1, 1, null, 1, 1, 1, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1], {
      rules: 'mdc',
    });
    assert.deepEqual(flagged(r, 'shift'), [0, 1, 2, 4, 5, 6]);
  });

  test('every value missing: nothing calculated, a warning', () => {
    const r = chart([null, null]);
    assert.equal(r.partitions[0]?.centre, null);
    assert.ok(r.warnings.some((w) => w.code === 'all-excluded'));
  });
});

describe('the calm reference series used by the rule tests', () => {
  test('mean 10, limits 10 ± 5.32', () => {
    const r = chart(CALM);
    assert.equal(r.partitions[0]?.centre, 10);
    assert.ok(near(r.partitions[0]?.upper, 15.32));
    assert.ok(near(r.partitions[0]?.lower, 4.68));
  });
});
