import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc, type SpcResult } from '../../src/index.js';
import { near } from './helpers.js';

function values(
  chart: 'g' | 't' | 'run',
  y: number[],
  rules: 'qic' | 'mdc' | 'anhoej' = 'qic',
): SpcResult {
  const r = spc({
    chart,
    data: y.map((v, i) => ({ x: i, y: v })),
    rules: rules === 'mdc' ? { minPoints: 1 } : rules,
  });
  assert.deepEqual(r.problems, []);
  return r;
}

describe('g chart (qicharts2 qic.g)', () => {
  test('limits from the mean, centre line at the median', () => {
    // y = 10, 30, 20, 60: mean 30, σ = √(30 × 31) = 30.495901; UCL = 30 + 91.487704 = 121.487704;
    // upper 2-sigma 90.991803; lower lines 30 − … < 0 → 0. Centre = median = (20 + 30) / 2 = 25.
    const r = values('g', [10, 30, 20, 60]);
    const p = r.partitions[0];
    assert.equal(p?.centre, 25);
    assert.ok(near(p?.upper, 121.48770409186145));
    assert.equal(p?.lower, 0);
    assert.ok(near(r.points[0]?.upperNear, 90.99180272790763));
    assert.equal(r.points[0]?.lowerNear, 0);
    assert.ok(near(p?.sigma, Math.sqrt(930)));
  });
});

describe('t chart (qicharts2 qic.t)', () => {
  test('I chart on y^(1/3.6), back-transformed', () => {
    // y = 2^3.6, 3^3.6, 2^3.6, 4^3.6, so the transformed values are 2, 3, 2, 4:
    // mean 2.75, |Δ| = 1, 1, 2 → MRbar 4/3 (none ≥ 4.356, so screening keeps all); σ = 1.182033
    // centre 2.75^3.6 = 38.159063; UCL (2.75 + 3σ)^3.6 = 752.761928; upper 2-sigma 356.089233;
    // LCL: 2.75 − 3σ < 0 → 0; lower 2-sigma: (0.385934)^3.6.
    const r = values(
      't',
      [2, 3, 2, 4].map((v) => v ** 3.6),
    );
    const p = r.partitions[0];
    assert.ok(near(p?.centre, 38.159062628759884));
    assert.ok(near(p?.upper, 752.7619280507615));
    assert.equal(p?.lower, 0);
    assert.ok(near(r.points[0]?.upperNear, 356.0892328747386));
    assert.ok(near(r.points[0]?.lowerNear, 0.3859338061465718 ** 3.6));
    assert.equal(p?.sigma, null, 'not symmetric, so not reported');
  });
  test('y must be greater than 0', () => {
    const r = spc({ chart: 't', data: [{ x: 0, y: 0 }] });
    assert.equal(r.problems[0]?.where, 'data[0].y');
  });
});

/** Rows sharing x form one subgroup. */
function subgroups(chart: 'xbar' | 's', groups: number[][]): SpcResult {
  const data = groups.flatMap((g, i) =>
    g.map((y) => ({ x: `2024-01-${String(i + 1).padStart(2, '0')}`, y })),
  );
  const r = spc({ chart, data, rules: { minPoints: 1 } });
  assert.deepEqual(r.problems, []);
  return r;
}

describe('Xbar and S charts (qicharts2 qic.xbar, qic.s)', () => {
  // Equal sizes: [2, 4, 6], [3, 5, 7], [1, 3, 5]: means 4, 5, 3, SDs 2, 2, 2.
  // Centre = Σnᵢx̄ᵢ / Σnᵢ = 4; s̄ = 2; c4(3) = √(2/2) Γ(1.5)/Γ(1) = 0.886227;
  // A3 = 3 / (c4 √3) = 1.954410 → UCL 7.908820, LCL 0.091180; 2-sigma upper 6.605880.
  // S chart: centre s̄ = 2; B4 = 1 + 3c5/c4 = 2.568170 → UCL 5.136339; B3 = max(0, 1 − 1.568) = 0.
  const equal = [
    [2, 4, 6],
    [3, 5, 7],
    [1, 3, 5],
  ];
  test('Xbar: one point per subgroup, the subgroup means, A3 limits', () => {
    const r = subgroups('xbar', equal);
    assert.deepEqual(
      r.points.map((p) => p.y),
      [4, 5, 3],
    );
    assert.deepEqual(
      r.points.map((p) => p.n),
      [3, 3, 3],
    );
    assert.deepEqual(
      r.points.map((p) => p.x),
      ['2024-01-01', '2024-01-02', '2024-01-03'],
    );
    assert.equal(r.partitions[0]?.centre, 4);
    assert.ok(near(r.partitions[0]?.upper, 7.90882009522336));
    assert.ok(near(r.partitions[0]?.lower, 0.09117990477663973));
    assert.ok(near(r.points[0]?.upperNear, 6.605880063482241));
  });
  test('S: the subgroup SDs, B3/B4 limits', () => {
    const r = subgroups('s', equal);
    assert.deepEqual(
      r.points.map((p) => p.y),
      [2, 2, 2],
    );
    assert.equal(r.partitions[0]?.centre, 2);
    assert.ok(near(r.partitions[0]?.upper, 5.136339205262383));
    assert.equal(r.partitions[0]?.lower, 0);
  });

  // Varying sizes: [2, 4], [3, 5, 7], [1, 3, 5, 7]: means 3, 5, 4; SDs √2, 2, 2.581989.
  // Centre = (2×3 + 3×5 + 4×4) / 9 = 37/9 = 4.111111; pooled SD √((1×2 + 2×4 + 3×6.6667)/6) = √5 = 2.236068.
  // Xbar UCL per size: n=2 10.056102, n=3 8.481305, n=4 7.751660. S UCL: 7.304187, 5.742602, 5.067035.
  const varying = [
    [2, 4],
    [3, 5, 7],
    [1, 3, 5, 7],
  ];
  test('varying sizes: pooled SD and per-subgroup constants', () => {
    const x = subgroups('xbar', varying);
    assert.ok(near(x.partitions[0]?.centre, 37 / 9));
    const ucl = [10.056102057520128, 8.481304833479427, 7.7516596971530465];
    x.points.forEach((p, i) => assert.ok(near(p.upper, ucl[i] ?? NaN), `xbar ucl ${i}`));
    assert.equal(x.partitions[0]?.sigma, null);
    const s = subgroups('s', varying);
    assert.ok(near(s.partitions[0]?.centre, Math.sqrt(5)));
    const sUcl = [7.304187422202173, 5.742601809231966, 5.067035308524247];
    s.points.forEach((p, i) => assert.ok(near(p.upper, sUcl[i] ?? NaN), `s ucl ${i}`));
  });
  test('a subgroup of one has no SD and no limits', () => {
    const r = subgroups('xbar', [[5], [4, 6], [3, 7]]);
    assert.equal(r.points[0]?.upper, null);
    assert.ok(r.points[1]?.upper !== null);
    assert.equal(subgroups('s', [[5], [4, 6], [3, 7]]).points[0]?.y, null);
  });
});

describe('run chart', () => {
  test('median centre, no limits, no icons; the runs analysis still applies', () => {
    const r = values('run', [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    assert.equal(r.partitions[0]?.centre, 4);
    assert.ok(r.points.every((p) => p.upper === null && p.lower === null));
    assert.equal(r.variation, 'none');
    assert.equal(r.assurance, null);
    // Points on the median (the 4) are dropped: 10 useful.
    assert.equal(r.partitions[0]?.runs.useful, 10);
  });
  test('the anhoej preset makes any chart a run chart of its plotted values', () => {
    const r = spc({
      chart: 'p',
      data: [2, 3, 5, 4].map((y, i) => ({ x: i, y, n: 10 })),
      rules: 'anhoej',
    });
    assert.equal(r.rules.analysis, 'run-chart');
    assert.ok(near(r.partitions[0]?.centre, 0.35));
    assert.ok(r.points.every((p) => p.upper === null && p.signals.length === 0));
    assert.equal(r.variation, 'none');
  });
  test('run chart under mdc: shift and trend on the median, no limits', () => {
    const r = values('run', [1, 2, 3, 4, 5, 6, 2, 3, 2, 3, 2, 3], 'mdc');
    assert.ok(r.points.slice(0, 6).every((p) => p.signals.includes('trend')));
  });
});
