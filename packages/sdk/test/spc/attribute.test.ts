import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc, type SpcResult } from '../../src/index.js';
import { near } from './helpers.js';

/** A chart of counts y with denominators n; minPoints 1 so short worked examples keep their limits. */
function counts(
  chart: 'p' | 'pp' | 'u' | 'up' | 'c',
  y: number[],
  n?: number[],
  screen?: boolean,
): SpcResult {
  const r = spc({
    chart,
    data: y.map((v, i) => ({ x: i, y: v, ...(n ? { n: n[i] } : {}) })),
    rules: { minPoints: 1, ...(screen === undefined ? {} : { screenOutliers: screen }) },
  });
  assert.deepEqual(r.problems, []);
  return r;
}

describe('p chart (qicharts2 qic.p)', () => {
  // y = 2, 3, 5 of n = 10, 20, 25: p̄ = Σy / Σn = 10 / 55 = 0.181818…
  // σᵢ = √(p̄(1 − p̄) / nᵢ) = √(0.148760 / nᵢ): 0.121967, 0.086244, 0.077139
  // UCL = p̄ + 3σᵢ = 0.547720, 0.440550, 0.413235; LCL = p̄ − 3σᵢ < 0 → 0
  // 2-sigma: upper 0.425753, 0.354306, 0.336096; lower −0.062 → 0, 0.009330, 0.027540
  const r = counts('p', [2, 3, 5], [10, 20, 25]);
  test('plots proportions and pools the centre line', () => {
    assert.deepEqual(
      r.points.map((p) => p.y),
      [0.2, 0.15, 0.2],
    );
    assert.ok(near(r.partitions[0]?.centre, 10 / 55));
  });
  test('limits vary with each denominator and are clipped at 0', () => {
    const expected = [
      [0, 0.5477202144999656, 0, 0.42575287027270436],
      [0, 0.4405499903774128, 0.009330309445361146, 0.3543060541910025],
      [0, 0.41323494657014287, 0.027540338650207802, 0.3360960249861559],
    ];
    r.points.forEach((p, i) => {
      const [lcl, ucl, lcl95, ucl95] = expected[i] ?? [];
      assert.ok(near(p.lower, lcl ?? NaN) && near(p.upper, ucl ?? NaN), `limits ${i}`);
      assert.ok(near(p.lowerNear, lcl95 ?? NaN) && near(p.upperNear, ucl95 ?? NaN), `2-sigma ${i}`);
    });
    assert.equal(r.partitions[0]?.upper, null, 'not constant across the partition');
  });
  test('upper limits are clipped at 1', () => {
    // p̄ = 18/20 = 0.9; σ = √(0.09 / 10) = 0.0949; 0.9 + 0.2846 > 1 → 1.
    const high = counts('p', [9, 9], [10, 10]);
    assert.equal(high.points[0]?.upper, 1);
    assert.ok(near(high.partitions[0]?.sigma, Math.sqrt(0.009)));
  });
  // qicharts2 qic.p: σ = √(p̄(1 − p̄)/n) = 0, so both limits are p̄ (as every peer does for zero spread).
  test('no defects at all: no variation, both limits on the centre line 0', () => {
    const none = counts('p', [0, 0, 0], [10, 20, 30]);
    assert.equal(none.partitions[0]?.centre, 0);
    assert.equal(none.points[0]?.upper, 0);
    assert.equal(none.points[2]?.lower, 0);
    assert.equal(none.partitions[0]?.upper, 0);
    assert.ok(none.points.every((p) => p.signals.length === 0));
    assert.ok(none.warnings.some((w) => w.code === 'no-variation'));
  });
  test('every unit has the attribute: both limits on 1; a c chart of zeros: limits on 0', () => {
    const all = counts('p', [10, 20, 30], [10, 20, 30]);
    assert.equal(all.points[1]?.lower, 1);
    assert.equal(all.points[1]?.upper, 1);
    const c = counts('c', [0, 0, 0, 0]);
    assert.equal(c.partitions[0]?.upper, 0);
  });
});

describe('p′ chart (Laney, qicharts2 qic.pp)', () => {
  test('σᵢ is multiplied by the moving-range sigma of the z-scores', () => {
    // y = 10, 20, 15, 30 of 100 each: p̄ = 75/400 = 0.1875, σ = √(0.1875 × 0.8125 / 100) = 0.0390312
    // z = (pᵢ − p̄)/σ = −2.24179, 0.32026, −0.96077, 2.88231; |Δz| = 2.56205, 1.28103, 3.84308
    // mean 2.56205 (none ≥ 3.267 × 2.56205 = 8.37); σz = 2.56205 / 1.128 = 2.27132
    // UCL = 0.1875 + 3 × 0.0390312 × 2.27132 = 0.453457; LCL < 0 → 0; upper 2-sigma 0.364805.
    // (With equal n this is p̄ ± 3 × mean|Δp| / 1.128 = 0.1875 ± 3 × 0.1 / 1.128.)
    const r = counts('pp', [10, 20, 15, 30], [100, 100, 100, 100]);
    assert.ok(near(r.points[0]?.upper, 0.45345744680851063));
    assert.ok(near(r.points[0]?.upper, 0.1875 + 0.3 / 1.128));
    assert.equal(r.points[0]?.lower, 0);
    assert.ok(near(r.points[0]?.upperNear, 0.3648049645390071));
  });
  test('screens the z moving ranges by default, as qicharts2 does', () => {
    // y = 10, 11, 10, 11, 10, 30, 31, 30 of 100: p̄ = 0.17875, |Δp| = 0.01 × 6 and 0.20;
    // mean |Δz| = 0.96943, limit 3.16711: the step (5.22) is dropped, mean becomes 0.26100,
    // i.e. |Δp| = 0.01: limits 0.17875 ± 3 × 0.01 / 1.128 = 0.152154 … 0.205346.
    const y = [10, 11, 10, 11, 10, 30, 31, 30];
    const n = y.map(() => 100);
    const screened = counts('pp', y, n);
    assert.equal(screened.rules.screenOutliers, true);
    assert.ok(near(screened.points[0]?.upper, 0.20534574468085107));
    assert.ok(near(screened.points[0]?.lower, 0.15215425531914892));
    const plain = counts('pp', y, n, false);
    assert.ok(near(plain.points[0]?.upper, 0.2775341945288754));
  });
});

describe('u chart (qicharts2 qic.u)', () => {
  // y = 3, 5, 2 over n = 1.5, 2, 2.5: ū = 10 / 6 = 1.666667
  // σᵢ = √(ū / nᵢ) = 1.054093, 0.912871, 0.816497
  // UCL = 4.828944, 4.405279, 4.116156; LCL < 0 → 0; lower 2-sigma: 0, 0, 0.033674
  const r = counts('u', [3, 5, 2], [1.5, 2, 2.5]);
  test('rates, pooled centre, limits per point clipped at 0', () => {
    assert.deepEqual(
      r.points.map((p) => p.y),
      [2, 2.5, 0.8],
    );
    assert.ok(near(r.partitions[0]?.centre, 10 / 6));
    const ucl = [4.828944326835046, 4.405279454192497, 4.116156409449845];
    r.points.forEach((p, i) => assert.ok(near(p.upper, ucl[i] ?? NaN), `ucl ${i}`));
    assert.ok(r.points.every((p) => p.lower === 0));
    assert.ok(near(r.points[2]?.lowerNear, 0.03367350481121467));
  });
  test('upper limits are not clipped at 1', () => {
    assert.ok((r.points[0]?.upper ?? 0) > 1);
  });
});

describe('u′ chart (Laney, qicharts2 qic.up)', () => {
  test('σᵢ × σz with per-point denominators', () => {
    // y = 3, 5, 2, 9 over n = 1.5, 2, 2.5, 2: ū = 19 / 8 = 2.375; σᵢ = √(ū/nᵢ)
    // z = −0.29802, 0.11471, −1.61592, 1.95003; |Δz| = 0.41273, 1.73062, 3.56595, mean 1.90310
    // (limit 6.2174: none dropped); σz = 1.68715; UCL = ū + 3σᵢσz = 8.743835, 7.890573, 7.308279, 7.890573
    const r = counts('up', [3, 5, 2, 9], [1.5, 2, 2.5, 2]);
    const ucl = [8.743835365397615, 7.890573218955084, 7.308278660984359, 7.890573218955084];
    r.points.forEach((p, i) => assert.ok(near(p.upper, ucl[i] ?? NaN), `ucl ${i}`));
    assert.ok(r.points.every((p) => p.lower === 0));
  });
});

describe('c chart (qicharts2 qic.c)', () => {
  test('mean count ± 3√c̄, lower clipped at 0', () => {
    // y = 4, 6, 2, 8: c̄ = 5, σ = √5 = 2.236068; UCL = 11.708204; LCL = −1.708 → 0;
    // 2-sigma: 9.472136 and 0.527864.
    const r = counts('c', [4, 6, 2, 8]);
    const p = r.partitions[0];
    assert.equal(p?.centre, 5);
    assert.ok(near(p?.upper, 11.70820393249937));
    assert.equal(p?.lower, 0);
    assert.ok(near(r.points[0]?.upperNear, 9.47213595499958));
    assert.ok(near(r.points[0]?.lowerNear, 0.5278640450004204));
    assert.ok(near(p?.sigma, Math.sqrt(5)));
  });
  test('n is not used on a c chart (warned)', () => {
    const r = counts('c', [4, 6], [10, 10]);
    assert.ok(r.warnings.some((w) => w.code === 'denominator-ignored'));
    assert.deepEqual(
      r.points.map((p) => p.y),
      [4, 6],
    );
  });
});
