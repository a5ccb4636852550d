import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc } from '../../src/index.js';
import { chart } from './helpers.js';

// Test vectors from the peers' own test files, copied as data. Each block names the repository, the
// path and what the reference asserts; figures are compared to the precision the reference gives.

const at = (y: readonly number[]) => y.map((v, i) => ({ x: i, y: v }));
const round = (v: number | null | undefined, digits: number): string | undefined =>
  v?.toFixed(digits);

describe('PowerBI-SPC (AUS-DOH-Safety-and-Quality/PowerBI-SPC) under qic', () => {
  // test/Chart Types/i.test.ts: an I chart of numerators / denominators, default settings.
  test('I chart: ul99 0.0957, ul95 0.0836, ll95 0.035, ll99 0.0229', () => {
    const num = [5, 7, 5, 7, 7, 5, 4, 9, 8, 13, 8, 7, 8, 7, 12, 11, 8];
    const den = [
      113, 132, 121, 134, 116, 131, 93, 138, 182, 157, 100, 103, 146, 108, 153, 141, 134,
    ];
    const r = spc({ data: num.map((n, i) => ({ x: i, y: n / (den[i] ?? 1) })), rules: 'qic' });
    const p = r.points[0];
    assert.equal(round(p?.upper, 4), '0.0957');
    assert.equal(round(p?.upperNear, 4), '0.0836');
    assert.equal(round(p?.lowerNear, 4), '0.0350');
    assert.equal(round(p?.lower, 4), '0.0229');
  });

  // test/Chart Types/t.test.ts (outliers_in_limits = false, i.e. moving ranges screened, as qicharts2).
  const T = [
    16, 20, 5, 13, 1, 26, 46, 12, 12, 5, 19, 4, 3, 15, 14, 9, 8, 15, 21, 6, 3, 1, 56, 117, 1, 33, 9,
    9, 19, 12, 1, 16, 13, 18, 1, 35, 16, 5, 21, 38, 3, 25, 3, 11, 13, 20, 9, 3, 8, 21, 24, 38, 8,
    13, 9, 1, 30, 23, 3, 7, 22, 19, 11, 31, 6, 1, 1,
  ];
  test('T chart: ul99 97.268, ul95 54.0812, ll95 0.6402, ll99 0.0221 (to 2 decimals)', () => {
    const p = spc({ chart: 't', data: at(T), rules: 'qic' }).points[0];
    assert.equal(round(p?.upper, 2), '97.27');
    assert.equal(round(p?.upperNear, 2), '54.08');
    assert.equal(round(p?.lowerNear, 2), '0.64');
    assert.equal(round(p?.lower, 2), '0.02');
  });

  // test/Chart Types/g.test.ts and test/fixtures/golden/g/basic.qicharts2.json (target = median 24).
  const G = [
    23, 39, 15, 34, 1, 49, 98, 29, 27, 13, 45, 7, 10, 27, 24, 14, 20, 38, 44, 11, 10, 3, 113, 183,
    3, 47, 18, 18, 33, 15, 2, 38, 27, 27, 1, 52, 23, 7, 26, 82, 5, 49, 5, 17, 24, 44, 26, 2, 27, 46,
    55, 97, 22, 22, 20, 4, 60, 51, 7, 21, 66, 36, 25, 72, 15, 5, 3,
  ];
  test('G chart: ul99 128.1749, ul95 96.0072, lower lines 0, centre the median 24', () => {
    const r = spc({ chart: 'g', data: at(G), rules: 'qic' });
    const p = r.points[0];
    assert.equal(round(p?.upper, 4), '128.1749');
    assert.equal(round(p?.upperNear, 4), '96.0072');
    assert.equal(p?.lowerNear, 0);
    assert.equal(p?.lower, 0);
    assert.equal(p?.centre, 24);
  });

  test('the same G data under mdc (SQL v2.6): the same upper limit, centre 0.693 × mean, nothing else', () => {
    const r = spc({ chart: 'g', data: at(G), rules: 'mdc' });
    const mean = G.reduce((a, b) => a + b) / G.length;
    const p = r.points[0];
    assert.equal(round(p?.upper, 4), '128.1749');
    assert.equal(round(p?.centre, 6), round(0.693 * mean, 6));
    assert.equal(p?.lower, null);
    assert.equal(p?.lowerNear, null);
    assert.equal(p?.upperNear, null);
    assert.ok(r.points.every((q) => !q.signals.includes('two-of-three')));
  });
});

describe('NHSRplotthedots 0.2.2 (nhs-r-community/NHSRplotthedots) under nhsr', () => {
  // tests/testthat/test-ptd_spc_standard.R: set.seed(123); y = rnorm(20); screen_outliers = TRUE.
  // tests/testthat/_snaps/ptd_spc_standard.md: mean 0.142, lpl −3.01, upl 3.29 (printed to 3 figures).
  const RNORM_123 = [
    -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621,
    -1.26506123, -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272,
    -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.7013559, -0.47279141,
  ];
  test('ptd_spc_standard: mean 0.142, lpl −3.01, upl 3.29', () => {
    const p = chart(RNORM_123, { rules: 'nhsr' }).partitions[0];
    assert.equal(round(p?.centre, 3), '0.142');
    assert.equal(round(p?.lower, 2), '-3.01');
    assert.equal(round(p?.upper, 2), '3.29');
  });

  test('ptd_spc_standard: an outlier at y[15] = 10 moves the limits less when screened', () => {
    const y = RNORM_123.map((v, i) => (i === 14 ? 10 : v));
    const screened = chart(y, { rules: 'nhsr' }).partitions[0];
    const plain = chart(y, { rules: { preset: 'nhsr', screenOutliers: false } }).partitions[0];
    assert.ok(screened && plain && screened.lower !== null && plain.lower !== null);
    assert.ok((plain.upper ?? 0) - plain.lower > (screened.upper ?? 0) - screened.lower);
  });

  // "it only reports special cause for 2 of 3 points close to limits when they are on the same side".
  test('two points near opposite limits: the last two are common cause', () => {
    const y: number[] = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    y[14] = 5.5;
    y[15] = -5.5;
    const r = chart(y, { rules: 'nhsr' });
    assert.deepEqual(
      r.points.slice(-2).map((p) => p.type),
      ['common-cause', 'common-cause'],
    );
  });
});

describe('nhspy-plotthedots (nhs-pycom/nhspy-plotthedots) under nhsr', () => {
  // tests/unittests/test_pandas_spc_x_calc.py test_demo_case (from the MDC tool's demonstration):
  // mean 76.67, lpl 57 and upl 96 to 0 places, only the 12th point outside the limits.
  test('demo case: mean 76.67, limits 57 and 96, point 12 outside', () => {
    const y = [89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86];
    for (const rules of [{ preset: 'nhsr', screenOutliers: false }, 'mdc'] as const) {
      const r = chart(y, { rules });
      const p = r.partitions[0];
      assert.equal(round(p?.centre, 2), '76.67');
      assert.equal(round(p?.lower, 0), '57');
      assert.equal(round(p?.upper, 0), '96');
      assert.deepEqual(
        r.points.filter((q) => q.signals.includes('astronomical')).map((q) => q.index),
        [11],
      );
    }
  });

  // test_fix_point_mean: values 1 … 10 with the mean fixed after 5 points: 3.
  test('fixing the mean after 5 points of 1 … 10 gives 3', () => {
    const r = chart(
      Array.from({ length: 10 }, (_, i) => i + 1),
      { rules: 'nhsr', baseline: 5 },
    );
    assert.equal(r.partitions[0]?.centre, 3);
  });
});
