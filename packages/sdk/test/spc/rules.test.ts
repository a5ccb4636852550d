import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CALM, chart, flagged, range } from './helpers.js';

/**
 * A run of k points at +1, then k pairs of (−1, 0): the mean is exactly 0, the zeros sit on it and
 * break every other run, so the only run is the first k points.
 */
function runOf(k: number): number[] {
  const values = Array<number>(k).fill(1);
  for (let i = 0; i < k; i++) values.push(-1, 0);
  return values;
}

describe('shift', () => {
  const cases: [preset: 'mdc' | 'mdc-2022' | 'nhsr', length: number, flags: boolean][] = [
    ['mdc', 5, false],
    ['mdc', 6, true],
    ['mdc', 7, true],
    ['mdc-2022', 5, false],
    ['mdc-2022', 6, false],
    ['mdc-2022', 7, true],
    ['nhsr', 5, false],
    ['nhsr', 6, false],
    ['nhsr', 7, true],
  ];
  for (const [preset, length, flags] of cases) {
    test(`${preset}: a run of ${length} points above the mean ${flags ? 'is' : 'is not'} a shift`, () => {
      const r = chart(runOf(length), { rules: preset });
      assert.equal(r.partitions[0]?.centre, 0);
      assert.deepEqual(flagged(r, 'shift'), flags ? range(0, length - 1) : []);
      if (flags) assert.ok(r.points.slice(0, length).every((p) => p.side === 'high'));
    });
  }

  test('every point of a longer run is flagged, not only the sixth', () => {
    const r = chart(runOf(9), { rules: 'mdc' });
    assert.deepEqual(flagged(r, 'shift'), range(0, 8));
  });

  test('a point exactly on the mean breaks a shift', () => {
    // Six points above the mean, split 3 + 3 by a point on it; six −1s and zeros balance the mean at 0.
    const values = [1, 1, 1, 0, 1, 1, 1, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1];
    const r = chart(values, { rules: 'mdc' });
    assert.equal(r.partitions[0]?.centre, 0);
    assert.deepEqual(flagged(r, 'shift'), []);
    const unbroken = chart([1, 1, 1, 1, 1, 1, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0], {
      rules: 'mdc',
    });
    assert.deepEqual(flagged(unbroken, 'shift'), range(0, 5));
  });

  test('below the mean is the low side', () => {
    const r = chart(
      runOf(7).map((v) => -v),
      { rules: 'nhsr' },
    );
    assert.deepEqual(flagged(r, 'shift'), range(0, 6));
    assert.ok(r.points.slice(0, 7).every((p) => p.side === 'low'));
  });

  test('a shift stays within its partition (the mean differs on each side of a rebase)', () => {
    // 3 high points end partition 1 and 3 start partition 2: no run of 6 within either.
    const first = [-1, 0, -1, 0, -1, 0, 1, 1, 1];
    const r = chart([...first, ...first.slice().reverse()], { rules: 'mdc', rebase: [9] });
    assert.equal(r.partitions.length, 2);
    assert.deepEqual(flagged(r, 'shift'), []);
  });
});

describe('trend', () => {
  /** k strictly rising points, then values that neither rise nor fall in a row. */
  function rising(k: number): number[] {
    return [...range(1, k), ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 3 : 4))];
  }
  const cases: [preset: 'mdc' | 'mdc-2022' | 'nhsr', length: number, flags: boolean][] = [
    ['mdc', 5, false],
    ['mdc', 6, true],
    ['mdc', 7, true],
    ['mdc-2022', 6, false],
    ['mdc-2022', 7, true],
    ['nhsr', 6, false],
    ['nhsr', 7, true],
  ];
  for (const [preset, length, flags] of cases) {
    test(`${preset}: ${length} rising points ${flags ? 'are' : 'are not'} a trend`, () => {
      const r = chart(rising(length), { rules: preset });
      assert.deepEqual(flagged(r, 'trend'), flags ? range(0, length - 1) : []);
    });
  }

  test('equal consecutive values break a trend', () => {
    const r = chart([1, 2, 3, 3, 4, 5, 6, 4, 3, 4, 3, 4, 3, 4], { rules: 'mdc' });
    assert.deepEqual(flagged(r, 'trend'), []);
    const unbroken = chart([1, 2, 3, 3.5, 4, 5, 6, 4, 3, 4, 3, 4, 3, 4], { rules: 'mdc' });
    assert.deepEqual(flagged(unbroken, 'trend'), range(0, 6));
  });

  test('a trend may cross the mean, and takes the side of its direction', () => {
    const r = chart([5, 4, 6, 5, 4, 6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 5, 4, 6], {
      rules: 'mdc',
      improvement: 'increase',
    });
    const mean = r.partitions[0]?.centre ?? NaN;
    const trend = flagged(r, 'trend');
    assert.deepEqual(trend, range(6, 14));
    assert.ok(
      trend.some((i) => (r.points[i]?.y ?? 0) < mean) &&
        trend.some((i) => (r.points[i]?.y ?? 0) > mean),
    );
    for (const i of trend) {
      assert.equal(r.points[i]?.side, 'high');
      assert.equal(r.points[i]?.type, 'improvement');
    }
  });

  test('a falling trend is the low side', () => {
    const r = chart([9, 8, 7, 6, 5, 4, 3, 10, 1, 10, 1, 10, 1, 10], {
      rules: 'nhsr',
      improvement: 'increase',
    });
    assert.deepEqual(flagged(r, 'trend'), range(0, 6));
    assert.equal(r.points[0]?.side, 'low');
    assert.equal(r.points[0]?.type, 'concern');
  });

  test('MDC lets a trend cross a rebase; NHSRplotthedots does not', () => {
    // Seven rising points, the rebase at the fourth.
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 1, 2, 3, 4, 5, 6, 7, 6, 7, 6, 7, 6, 7, 6];
    assert.deepEqual(
      flagged(chart(values, { rules: 'mdc-2022', rebase: [11] }), 'trend'),
      range(8, 14),
    );
    assert.deepEqual(flagged(chart(values, { rules: 'nhsr', rebase: [11] }), 'trend'), []);
    assert.deepEqual(flagged(chart(values, { rules: 'nhsr' }), 'trend'), range(8, 14));
  });

  test('a turning point ends one trend and starts the next', () => {
    const r = chart([1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1, 3, 2, 3], { rules: 'mdc' });
    assert.deepEqual(flagged(r, 'trend'), range(0, 10));
  });
});

describe('two of three', () => {
  // Limits fixed from CALM: mean 10, 2-sigma lines 6.4533 and 13.5467, limits 4.68 and 15.32.
  const after = (pattern: number[], rules: 'mdc' | 'mdc-2022' | 'nhsr') =>
    chart([...CALM, ...pattern, 9, 11, 9], { rules, baseline: 20 });

  for (const rules of ['mdc', 'mdc-2022', 'nhsr'] as const) {
    test(`${rules}: two beyond the upper 2-sigma line with the third above the mean flags the two`, () => {
      const r = after([14, 12, 14], rules);
      assert.equal(r.points[20]?.upperNear?.toFixed(4), '13.5467');
      assert.deepEqual(flagged(r, 'two-of-three'), [20, 22]);
      assert.equal(r.points[21]?.type, 'common-cause');
    });

    test(`${rules}: only one beyond the 2-sigma line is not a signal`, () => {
      assert.deepEqual(flagged(after([14, 12, 12], rules), 'two-of-three'), []);
    });

    test(`${rules}: two beyond but the third on the other side of the mean is not a signal`, () => {
      assert.deepEqual(flagged(after([14, 8, 14], rules), 'two-of-three'), []);
    });

    test(`${rules}: the low side mirrors the high side`, () => {
      const r = after([6, 8, 6], rules);
      assert.deepEqual(flagged(r, 'two-of-three'), [20, 22]);
      assert.equal(r.points[20]?.side, 'low');
    });
  }

  test('a point beyond 3 sigma counts towards two of three under mdc, not under mdc-2022 or nhsr', () => {
    const mdc = after([16, 12, 14], 'mdc');
    assert.deepEqual(flagged(mdc, 'astronomical'), [20]);
    assert.deepEqual(flagged(mdc, 'two-of-three'), [20, 22]);
    for (const rules of ['mdc-2022', 'nhsr'] as const) {
      const r = after([16, 12, 14], rules);
      assert.deepEqual(flagged(r, 'astronomical'), [20]);
      assert.deepEqual(flagged(r, 'two-of-three'), []);
    }
  });

  test('three in a row beyond the 2-sigma line flags all three', () => {
    assert.deepEqual(flagged(after([14, 14, 14], 'mdc'), 'two-of-three'), [20, 21, 22]);
  });

  test('a point exactly on the 2-sigma line does not count (strictly beyond)', () => {
    const probe = after([14, 12, 14], 'mdc');
    const line = probe.points[20]?.upperNear ?? NaN;
    assert.deepEqual(flagged(after([line, 12, 14], 'mdc'), 'two-of-three'), []);
  });
});

describe('astronomical', () => {
  test('strictly above the upper or below the lower process limit', () => {
    const r = chart([...CALM, 16, 10, 4, 10], { baseline: 20 });
    assert.deepEqual(flagged(r, 'astronomical'), [20, 22]);
    assert.equal(r.points[20]?.side, 'high');
    assert.equal(r.points[22]?.side, 'low');
    const onLimit = chart([...CALM, r.points[20]?.upper ?? NaN, 10], { baseline: 20 });
    assert.deepEqual(flagged(onLimit, 'astronomical'), []);
  });
});

describe('rule settings', () => {
  test('shift and trend lengths can be set on top of a preset', () => {
    const r = chart(runOf(8), { rules: { preset: 'nhsr', shift: 8 } });
    assert.deepEqual(flagged(r, 'shift'), range(0, 7));
    assert.equal(r.rules.shift, 8);
    assert.equal(r.rules.trend, 7);
    assert.deepEqual(
      flagged(chart(runOf(7), { rules: { preset: 'nhsr', shift: 8 } }), 'shift'),
      [],
    );
  });

  test('the two-of-three mode can be overridden', () => {
    const r = chart([...CALM, 16, 12, 14, 9, 11, 9], {
      rules: { preset: 'nhsr', twoOfThree: 'beyond-2-sigma' },
      baseline: 20,
    });
    assert.deepEqual(flagged(r, 'two-of-three'), [20, 22]);
  });

  test('the MR chart applies only the limit rule', () => {
    const r = chart([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 9, 2, 1, 2], { chart: 'mr' });
    assert.deepEqual(flagged(r, 'astronomical'), [14, 15]);
    assert.deepEqual(flagged(r, 'shift'), []);
    assert.deepEqual(flagged(r, 'trend'), []);
  });
});
