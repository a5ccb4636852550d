import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc, type SpcResult } from '../../src/index.js';
import { chart, flagged, near, range } from './helpers.js';

const PRESETS = ['mdc', 'mdc-2022', 'mdc-excel', 'nhsr', 'qic'] as const;

describe('zero spread: both limits on the centre line under every preset', () => {
  // MDC SQL v2.6: limits = mean ± 2.66 × MRbar, so 0 spread gives mean ± 0; NHSRplotthedots,
  // qicharts2, PowerBI-SPC and nhspy-plotthedots compute the same (DOMAIN.md §1.10).
  for (const rules of PRESETS) {
    test(`${rules}: a measure stuck at 100% gets its limits, its icons and a warning`, () => {
      const r = chart(Array<number>(20).fill(100), { rules, improvement: 'increase', target: 95 });
      const p = r.partitions[0];
      assert.equal(p?.centre, 100);
      assert.equal(p?.lower, 100);
      assert.equal(p?.upper, 100);
      assert.equal(r.variation, 'common-cause');
      // MDC: a target on a limit passes (inclusive); NHSRplotthedots and qicharts2: 95 < LPL passes too.
      assert.equal(r.assurance, 'pass');
      assert.ok(r.warnings.some((w) => w.code === 'no-variation'));
      assert.ok(!r.warnings.some((w) => w.code === 'limits-unavailable'));
    });
  }

  test('a point off a flat line is special cause', () => {
    const y = [...Array<number>(15).fill(100), 100, 100, 100, 100, 99];
    // The moving ranges are 0 except the last (1): MRbar 1/19, so this one is not zero spread.
    const some = chart(y, { improvement: 'increase' });
    assert.ok(near(some.partitions[0]?.sigma, 1 / 19 / 1.128));
    // Screened under the SQL (1 > 3.267 / 19), the spread is zero and the mean is that of the 19 kept
    // points: 100. The last point lies below both limits: concern (low).
    const screened = chart(y, { improvement: 'increase', rules: { screenOutliers: true } });
    assert.equal(screened.partitions[0]?.centre, 100);
    assert.equal(screened.partitions[0]?.lower, 100);
    assert.deepEqual(flagged(screened, 'astronomical'), [19]);
    assert.equal(screened.variation, 'concern-low');
  });

  test('T and MR charts: zero spread gives lines on the centre too', () => {
    const t = spc({ chart: 't', data: Array.from({ length: 15 }, (_, i) => ({ x: i, y: 7 })) });
    assert.ok(near(t.partitions[0]?.upper, 7));
    assert.ok(near(t.partitions[0]?.lower, 7));
    const mr = spc({ chart: 'mr', data: Array.from({ length: 15 }, (_, i) => ({ x: i, y: 3 })) });
    assert.equal(mr.partitions[0]?.upper, 0);
  });
});

describe('moving-range screening by preset', () => {
  // 14 points at 10 and a last point at 50: moving ranges 0 × 13 and 40; MRbar 40/14 = 2.857, the
  // threshold 3.267 × 2.857 = 9.33, so the 40 is screened and MRbar becomes 0.
  const y = [...Array<number>(14).fill(10), 50];

  test('mdc (SQL v2.6): the point whose range was screened leaves the mean: mean 10, the 50 high', () => {
    const r = chart(y, { rules: { preset: 'mdc', screenOutliers: true, minPoints: 1 } });
    assert.equal(r.partitions[0]?.centre, 10);
    assert.equal(r.partitions[0]?.upper, 10);
    assert.deepEqual(flagged(r, 'astronomical'), [14]);
  });

  test('nhsr (NHSRplotthedots): the mean stays that of all 15 points', () => {
    const r = chart(y, { rules: 'nhsr' });
    assert.ok(near(r.partitions[0]?.centre, 190 / 15));
    assert.ok(near(r.partitions[0]?.upper, 190 / 15));
    // Every point is off the mean and outside the (collapsed) limits.
    assert.deepEqual(flagged(r, 'astronomical'), range(0, 14));
  });

  // 2,268 moving ranges: 2,267 of 999 and one of 3,267, so MRbar is exactly 1000 and the last range is
  // exactly on the threshold 3.267 × 1000.
  const onThreshold = [
    ...Array.from({ length: 2268 }, (_, i) => (i % 2 === 0 ? 0 : 999)),
    999 + 3267,
  ];

  test('mdc keeps a moving range exactly on 3.267 × MRbar (SQL: <=)', () => {
    const r = chart(onThreshold, { rules: { preset: 'mdc', screenOutliers: true } });
    assert.ok(near(r.partitions[0]?.sigma, 1000 / 1.128));
  });

  test('nhsr and qic drop it (NHSRplotthedots mr < 3.267 × amr; qicharts2 mr < ulmr)', () => {
    const nhsr = chart(onThreshold, { rules: 'nhsr' });
    assert.ok(near(nhsr.partitions[0]?.sigma, 999 / 1.128));
    const qic = chart(onThreshold, { rules: { preset: 'qic', screenOutliers: true } });
    assert.ok(near(qic.partitions[0]?.sigma, 999 / 1.128));
  });

  test('mdc-2022 (SQL v2.4) screens as v2.6 does', () => {
    const r = chart(y, { rules: { preset: 'mdc-2022', screenOutliers: true, minPoints: 1 } });
    assert.equal(r.partitions[0]?.centre, 10);
  });
});

describe('T and G charts under the MDC presets follow SQL v2.6, under qic qicharts2', () => {
  // y = 2^3.6, 3^3.6, 2^3.6, 4^3.6: transformed 2, 3, 2, 4, mean 2.75, MRbar 4/3.
  const y = [2, 3, 2, 4].map((v) => v ** 3.6);
  const t = (rules: 'mdc' | 'qic'): SpcResult =>
    spc({
      chart: 't',
      data: y.map((v, i) => ({ x: i, y: v })),
      rules: { preset: rules, minPoints: 1 },
    });

  test('mdc: 2.66 × MRbar on the transform; the negative lower lines are left empty', () => {
    const r = t('mdc');
    const mrBar = 4 / 3;
    assert.ok(near(r.partitions[0]?.centre, 2.75 ** 3.6));
    assert.ok(near(r.partitions[0]?.upper, (2.75 + 2.66 * mrBar) ** 3.6));
    assert.ok(near(r.points[0]?.upperNear, (2.75 + (2 / 3) * 2.66 * mrBar) ** 3.6));
    // 2.75 − 2.66 × 4/3 < 0 and 2.75 − 1.7733 × 4/3 > 0.
    assert.equal(r.partitions[0]?.lower, null);
    assert.ok(near(r.points[0]?.lowerNear, (2.75 - (2 / 3) * 2.66 * mrBar) ** 3.6));
  });

  test('qic: 3 × MRbar / 1.128; a negative lower limit becomes 0', () => {
    const r = t('qic');
    assert.ok(near(r.partitions[0]?.upper, (2.75 + (3 * (4 / 3)) / 1.128) ** 3.6));
    assert.equal(r.partitions[0]?.lower, 0);
  });

  test('mdc does not screen T moving ranges unless asked (the SQL default is off); qic does', () => {
    assert.equal(t('mdc').rules.screenOutliers, false);
    assert.equal(t('qic').rules.screenOutliers, true);
  });

  test('mdc: the T moving ranges run across a recalculation and are never screened (SQL v2.6)', () => {
    // Transformed 2, 3, 2, 4 | 10, 11, 10: partition 2's ranges are |10 − 4|, 1, 1 (the SQL's
    // [DayDifferenceTransformedMovingRange] is PARTITION BY [ChartID], [GhostFlag]), MRbar 8/3, and
    // the mean is per partition (31/3). qicharts2 keeps each part's ranges to itself: MRbar 1.
    const ty = [2, 3, 2, 4, 10, 11, 10].map((v) => v ** 3.6);
    const data = ty.map((v, i) => ({ x: i, y: v }));
    const r = spc({ chart: 't', data, rebase: [4], rules: { minPoints: 1 } });
    const meanT = 31 / 3;
    assert.ok(near(r.partitions[1]?.upper, (meanT + 2.66 * (8 / 3)) ** 3.6));
    const q = spc({ chart: 't', data, rebase: [4], rules: 'qic' });
    assert.ok(near(q.partitions[1]?.upper, (meanT + (3 * 1) / 1.128) ** 3.6));
    // 12 small ranges and one huge one: screening would change the limits, the SQL's T ignores it.
    const big = [...Array.from({ length: 13 }, (_, i) => 2 + (i % 2)), 40].map((v) => v ** 3.6);
    const rows = big.map((v, i) => ({ x: i, y: v }));
    const plain = spc({ chart: 't', data: rows });
    const asked = spc({ chart: 't', data: rows, rules: { screenOutliers: true } });
    assert.equal(asked.partitions[0]?.upper, plain.partitions[0]?.upper);
  });

  test('G under mdc: centre 0.693 × mean, upper mean + 3√(mean(mean + 1)), no lower lines', () => {
    // y = 10, 30, 20, 60: mean 30, σ = √930.
    const r = spc({
      chart: 'g',
      data: [10, 30, 20, 60].map((v, i) => ({ x: i, y: v })),
      rules: { minPoints: 1 },
    });
    assert.ok(near(r.partitions[0]?.centre, 0.693 * 30));
    assert.ok(near(r.partitions[0]?.upper, 30 + 3 * Math.sqrt(930)));
    assert.equal(r.partitions[0]?.lower, null);
    assert.equal(r.points[0]?.upperNear, null);
  });
});

describe('conflict: a point flagged both ways', () => {
  // MDC XmR testing document, "Special cause conflict – High is good": p1–p8 a falling trend, p8–p14
  // a rising one, p1–p2 above the upper limit, p3–p4 beyond the upper 2-sigma line.
  const y = [43, 41, 37, 36, 31, 23, 15, 13, 15, 18, 23, 27, 31, 36, 27, 19, 17, 27, 15, 22];

  test("'improvement' (the default, the Excel tool's only behaviour) shows p1–p4 blue", () => {
    const r = chart(y, { improvement: 'increase' });
    assert.deepEqual(
      r.points.slice(0, 4).map((p) => p.type),
      ['improvement', 'improvement', 'improvement', 'improvement'],
    );
    assert.equal(r.rules.conflict, 'improvement');
  });

  test("'concern' (SQL MetricConflictRule = Concern) turns every conflicting point orange", () => {
    const base = chart(y, { improvement: 'increase' });
    const r = chart(y, { improvement: 'increase', rules: { conflict: 'concern' } });
    const w = r.warnings.find((x) => x.code === 'conflicting-signals');
    assert.equal(w?.messageKey, 'spc.warning.conflictConcern');
    assert.ok(w?.points && w.points.length > 0);
    for (const i of w.points) assert.equal(r.points[i]?.type, 'concern', `point ${i}`);
    // Points flagged on one side only are unchanged.
    for (const p of r.points) {
      if (!w.points.includes(p.index)) assert.equal(p.type, base.points[p.index]?.type);
    }
  });

  test('conflict is checked like any rule option', () => {
    const r = spc({ data: [{ x: 0, y: 1 }], rules: { conflict: 'first' } });
    assert.equal(r.problems[0]?.where, 'rules.conflict');
  });
});

describe('qic: qicharts2 behaviour has its own name', () => {
  test('no minimum number of points: limits and icons from 2 points', () => {
    const r = chart([3, 5, 4], { rules: 'qic', improvement: 'increase' });
    assert.notEqual(r.partitions[0]?.upper, null);
    assert.equal(r.variation, 'common-cause');
  });

  test('XmR limits use 3 / 1.128, not 2.66; no shift, trend or two-of-three rule', () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const r = chart(y, { rules: 'qic' });
    assert.ok(near(r.partitions[0]?.upper, 5 + (3 / 1.128) * 1));
    assert.deepEqual(flagged(r, 'trend'), []);
    assert.deepEqual(flagged(r, 'shift'), []);
  });

  test('the Anhøj runs analysis is per partition', () => {
    const y = [
      ...Array<number>(12)
        .fill(0)
        .map((_, i) => i),
      ...Array<number>(12)
        .fill(0)
        .map((_, i) => 12 - i),
    ];
    const r = chart(y, { rules: 'qic', rebase: [12] });
    assert.equal(r.partitions.length, 2);
    assert.equal(r.partitions[0]?.runs.useful, 12);
  });

  test('existing preset names keep working and new ones are accepted', () => {
    for (const rules of ['mdc', 'mdc-2022', 'mdc-excel', 'nhsr', 'qic', 'anhoej'] as const) {
      assert.deepEqual(spc({ data: [{ x: 0, y: 1 }], rules }).problems, [], rules);
    }
    const bad = spc({ data: [{ x: 0, y: 1 }], rules: 'mdc-2024' });
    assert.match(bad.problems[0]?.message ?? '', /"mdc-excel", "nhsr", "qic"/);
  });
});

describe('mdc-excel: shift and two-of-three continue across a recalculation, trend as the SQL', () => {
  test('a shift of 3 + 3 points across a rebase is one shift of 6', () => {
    // Partition means 10 and 20; 3 points below each mean either side of the rebase.
    const first = [12, 11, 12, 11, 12, 9, 8, 9];
    const second = [19, 18, 19, 21, 22, 21, 20, 21, 22, 19];
    const y = [...first.map((v) => v - 0), ...second];
    const excel = chart(y, { rules: { preset: 'mdc-excel', minPoints: 1 }, rebase: [8] });
    const sql = chart(y, { rules: { preset: 'mdc', minPoints: 1 }, rebase: [8] });
    assert.deepEqual(flagged(excel, 'shift'), range(5, 10));
    assert.deepEqual(flagged(sql, 'shift'), []);
  });
});

describe('baseline: the MDC SQL makes the baseline its own partition for shifts and two-of-three', () => {
  // SQL v2.6 step 4c sets [PartitionID] = 0 for baseline points, step 4g counts shifts
  // PARTITION BY [PartitionIDExcludeGhosting], and step 4e copies partition 0's limits to partition 1.
  // Baseline 10 points (mean 11.5); its last three and the next three are above the mean.
  const y = [10, 12, 10, 12, 10, 12, 10, 13, 13, 13, 13, 13, 13, 10, 12, 10, 12, 10, 12, 10, 12];
  test('mdc: the run of six above the mean is split by the baseline end, so no shift', () => {
    const r = chart(y, { rules: 'mdc', baseline: 10 });
    assert.equal(r.partitions[0]?.centre, 11.5);
    assert.deepEqual(flagged(r, 'shift'), []);
  });
  test('mdc-excel: the same six points are a shift', () => {
    const r = chart(y, { rules: 'mdc-excel', baseline: 10 });
    assert.deepEqual(flagged(r, 'shift'), range(7, 12));
  });
  test('mdc: six points above the mean after the baseline end are a shift', () => {
    const after = [10, 12, 10, 12, 10, 12, 10, 10, 12, 10, 13, 13, 13, 13, 13, 13, 10, 12, 10, 12];
    const r = chart(after, { rules: 'mdc', baseline: 10 });
    assert.equal(r.partitions[0]?.centre, 10.8);
    assert.deepEqual(flagged(r, 'shift'), range(10, 15));
  });
});
