import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeSpcWarning, spc, type SpcResult } from '../../src/index.js';
import { chartTypes } from '../../src/schema/option-values.js';
import type { ChartType } from '../../src/schema/options.js';

/** Every chart type the engine offers, so a new one is covered too. */
const CHARTS = chartTypes;
const EDGES = [5e-324, -5e-324, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 0, -0];

/** Any finite double, with the edges of the range (subnormals, ±1e308, MAX_VALUE) mixed in often. */
const double = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...EDGES),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-300, max: 1e-300 }),
);

/** Every number a reader sees: point values and lines, partition lines and sigma. */
function numbersOf(r: SpcResult): (number | null | undefined)[] {
  const out: (number | null | undefined)[] = [];
  for (const p of r.points)
    out.push(p.y, p.n, p.centre, p.lower, p.upper, p.lowerNear, p.upperNear);
  for (const k of r.partitions) out.push(k.centre, k.lower, k.upper, k.sigma);
  return out;
}

/** Rows a chart accepts, made from any doubles (made non-negative, or positive, where it must be). */
function rowsFor(chart: ChartType, values: readonly number[], sizes: readonly number[]) {
  return values.map((v, i) => {
    const x = chart === 'xbar' || chart === 's' ? Math.floor(i / 3) : i;
    const n = Math.abs(sizes[i % sizes.length] ?? 1) || 1;
    switch (chart) {
      case 'p':
      case 'pp':
        return { x, y: Math.min(Math.abs(v), n), n };
      case 'u':
      case 'up':
        return { x, y: Math.abs(v), n };
      case 'c':
      case 'g':
        return { x, y: Math.abs(v) };
      case 't':
        return { x, y: Math.abs(v) || 5e-324 };
      default:
        return { x, y: v };
    }
  });
}

describe('spc() at the edges of doubles', () => {
  test('never throws, never gives NaN or ±Infinity, and never judges a partition it could not calculate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHARTS),
        fc.array(double, { minLength: 0, maxLength: 40 }),
        fc.array(double, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('mdc', 'nhsr') as fc.Arbitrary<'mdc' | 'nhsr'>,
        (chart, values, sizes, rules) => {
          const r = spc({
            chart,
            rules,
            improvement: 'increase',
            data: rowsFor(chart, values, sizes),
          });
          for (const v of numbersOf(r)) {
            assert.ok(v === null || v === undefined || Number.isFinite(v), `not finite: ${v}`);
          }
          const tooLarge = r.warnings.filter((w) => w.code === 'values-too-large');
          for (const w of tooLarge) {
            const k = r.partitions[w.partition ?? -1];
            assert.ok(k, 'the warning names a partition');
            assert.deepEqual([k.centre, k.lower, k.upper, k.sigma], [null, null, null, null]);
          }
          // A verdict only from a last partition that was calculated: one with a centre line.
          const last = r.partitions.length - 1;
          if (tooLarge.some((w) => w.partition === last)) assert.equal(r.variation, 'none');
          if (r.partitions[last]?.centre === null) assert.equal(r.variation, 'none');
          if (r.problems.length > 0) assert.equal(r.points.length, 0);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test('a moving range of 1e308 and −1e308 (which overflows) gives a worded warning and null lines', () => {
    const data = Array.from({ length: 20 }, (_, i) => ({ x: i, y: i % 2 === 0 ? 1e308 : -1e308 }));
    for (const chart of ['xmr', 'mr'] as const) {
      const r = spc({ chart, data });
      assert.deepEqual(r.problems, []);
      assert.equal(r.variation, 'none');
      assert.equal(r.partitions[0]?.centre, null);
      assert.equal(r.partitions[0]?.upper, null);
      assert.ok(
        r.points.every((p) => p.centre === null && p.upper === null && p.type === 'common-cause'),
      );
      const w = r.warnings.find((x) => x.code === 'values-too-large');
      assert.ok(w, 'warned');
      assert.match(w.message, /too large to calculate with/);
      assert.match(describeSpcWarning(w, 'cy'), /rhy fawr/);
    }
    // On XmR the plotted values are the caller's, unchanged.
    assert.deepEqual(
      spc({ data }).points.map((p) => p.y),
      data.map((d) => d.y),
    );
  });

  test('a sum that overflows (twenty values of 1e308) is not averaged to Infinity', () => {
    const data = Array.from({ length: 20 }, (_, i) => ({ x: i, y: 1e308 - (i % 3) * 1e306 }));
    for (const chart of ['xmr', 'c', 'g', 't'] as const) {
      const r = spc({ chart, data });
      assert.equal(r.variation, 'none', chart);
      assert.ok(
        r.warnings.some((w) => w.code === 'values-too-large'),
        chart,
      );
    }
  });

  test('subnormal values are calculated, with finite lines', () => {
    const data = Array.from({ length: 20 }, (_, i) => ({ x: i, y: (1 + (i % 4)) * 5e-324 }));
    const r = spc({ data });
    assert.equal(r.variation, 'common-cause');
    assert.ok(r.partitions[0]?.upper !== null && Number.isFinite(r.partitions[0]?.upper));
    assert.ok(!r.warnings.some((w) => w.code === 'values-too-large'));
  });

  test('large but safe values (1e290) still get limits and a verdict', () => {
    const data = Array.from({ length: 20 }, (_, i) => ({
      x: i,
      y: (i % 2 === 0 ? 9 : 11) * 1e290,
    }));
    const r = spc({ data });
    assert.equal(r.variation, 'common-cause');
    assert.ok(Number.isFinite(r.partitions[0]?.upper ?? NaN));
  });
});
