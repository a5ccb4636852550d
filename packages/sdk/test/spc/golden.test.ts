import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc } from '../../src/index.js';
import { monthly, SAMPLE_MEASURES } from './fixtures/sample-measures.js';

// DOMAIN.md §9.1: expected icons are identical under the three MDC-family presets; reference mean
// and limits (3 decimals) are without moving-range screening, and with it for `sick` and `active`.
const dates = monthly(36);

for (const preset of ['mdc', 'mdc-2022', 'nhsr'] as const) {
  describe(`sample measures under ${preset}`, () => {
    for (const m of SAMPLE_MEASURES) {
      test(`${m.id}: ${m.variation}, ${m.assurance ?? 'no assurance'}`, () => {
        const r = spc({
          data: m.values.map((y, i) => ({ x: dates[i] ?? '', y })),
          improvement: m.improvement,
          target: m.target,
          rules: preset,
        });
        assert.deepEqual(r.problems, []);
        assert.equal(r.variation, m.variation);
        assert.equal(r.assurance, m.assurance);
        const p = r.partitions[0];
        assert.ok(p);
        const [mean, lpl, upl] = m.limits;
        const [slpl, supl] = preset === 'nhsr' && m.screened ? m.screened : [lpl, upl];
        // emadm's reference is given to one decimal.
        const digits = m.id === 'emadm' ? 1 : 3;
        assert.equal(p.centre?.toFixed(digits), mean.toFixed(digits));
        assert.equal(p.lower?.toFixed(digits), slpl.toFixed(digits));
        assert.equal(p.upper?.toFixed(digits), supl.toFixed(digits));
      });
    }
  });
}

describe('the screening variants', () => {
  for (const id of ['sick', 'active']) {
    test(`${id}: screening moves the limits as DOMAIN.md states, and only under nhsr or when asked`, () => {
      const m = SAMPLE_MEASURES.find((s) => s.id === id);
      assert.ok(m?.screened);
      const data = m.values.map((y, i) => ({ x: dates[i] ?? '', y }));
      // DOMAIN.md's screened limits are NHSRplotthedots' (MR < 3.267 × MRbar, mean unchanged).
      const screened = spc({ data, rules: { preset: 'nhsr', minPoints: 13 } });
      assert.equal(screened.partitions[0]?.lower?.toFixed(3), m.screened[0].toFixed(3));
      assert.equal(screened.partitions[0]?.upper?.toFixed(3), m.screened[1].toFixed(3));
      const plain = spc({ data, rules: { preset: 'nhsr', screenOutliers: false } });
      assert.equal(plain.partitions[0]?.upper?.toFixed(3), m.limits[2].toFixed(3));
    });
  }
});

describe('why the last point signals (DOMAIN.md §9.1)', () => {
  const run = (id: string, preset: 'mdc' | 'nhsr' = 'mdc') => {
    const m = SAMPLE_MEASURES.find((s) => s.id === id);
    assert.ok(m);
    return spc({
      data: m.values.map((y, i) => ({ x: dates[i] ?? '', y })),
      improvement: m.improvement,
      target: m.target,
      rules: preset,
    });
  };

  test('pu: 9 points below the mean from Jul 2024 and Oct 2024 – Mar 2025 below the LPL', () => {
    const r = run('pu');
    const from = dates.indexOf('2024-07-01');
    for (let i = from; i < 36; i++)
      assert.ok(r.points[i]?.signals.includes('shift'), `shift at ${i}`);
    for (const d of ['2024-10-01', '2024-12-01', '2025-02-01']) {
      assert.ok(r.points[dates.indexOf(d)]?.signals.includes('astronomical'), d);
    }
  });

  test('sepsis: a 7-point rising trend from Sep 2024 ending above the UPL', () => {
    for (const preset of ['mdc', 'nhsr'] as const) {
      const r = run('sepsis', preset);
      const from = dates.indexOf('2024-09-01');
      for (let i = from; i < 36; i++)
        assert.ok(r.points[i]?.signals.includes('trend'), `${preset} trend at ${i}`);
      assert.ok(r.points[35]?.signals.includes('astronomical'));
    }
  });

  test('meds: Jan and Mar 2025 beyond the 2-sigma line with Feb above the mean', () => {
    const r = run('meds', 'nhsr');
    assert.deepEqual(
      r.points.filter((p) => p.signals.includes('two-of-three')).map((p) => p.x),
      ['2025-01-01', '2025-03-01'],
    );
  });

  test('active: 8 points below the mean since Aug 2024', () => {
    const r = run('active', 'nhsr');
    const from = dates.indexOf('2024-08-01');
    for (let i = from; i < 36; i++) assert.ok(r.points[i]?.signals.includes('shift'));
    assert.equal(r.points[from - 1]?.signals.includes('shift'), false);
  });

  test('sick and emadm: the last point is above the UPL', () => {
    assert.ok(run('sick').points[35]?.signals.includes('astronomical'));
    assert.ok(run('emadm').points[35]?.signals.includes('astronomical'));
  });
});
