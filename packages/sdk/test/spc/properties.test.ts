import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spc, type SpcResult } from '../../src/index.js';

// Whole numbers keep sums exact, so a shifted or scaled series meets the same comparisons.
const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 13, maxLength: 80 });
type Preset = 'mdc' | 'mdc-2022' | 'mdc-excel' | 'nhsr' | 'qic';
const presets = fc.constantFrom(
  'mdc',
  'mdc-2022',
  'mdc-excel',
  'nhsr',
  'qic',
) as fc.Arbitrary<Preset>;
const improvements = fc.constantFrom('increase', 'decrease', 'neutral') as fc.Arbitrary<
  'increase' | 'decrease' | 'neutral'
>;

function run(
  values: readonly number[],
  rules: Preset,
  improvement: 'increase' | 'decrease' | 'neutral' = 'increase',
  rebase: number[] = [],
): SpcResult {
  return spc({ data: values.map((y, i) => ({ x: i, y })), rules, improvement, rebase });
}

const close = (a: number | null, b: number | null): boolean =>
  a === null
    ? b === null
    : b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function sameSignals(a: SpcResult, b: SpcResult): boolean {
  return a.points.every((p, i) => {
    const q = b.points[i];
    return (
      q !== undefined &&
      p.signals.join() === q.signals.join() &&
      p.side === q.side &&
      p.type === q.type
    );
  });
}

describe('XmR properties', () => {
  test('limits and 2-sigma lines are symmetric about the centre', () => {
    fc.assert(
      fc.property(series, presets, (values, rules) => {
        for (const p of run(values, rules).points) {
          if (p.upper === null || p.lower === null || p.centre === null) continue;
          assert.ok(close(p.upper - p.centre, p.centre - p.lower));
          assert.ok(close((p.upperNear ?? 0) - p.centre, p.centre - (p.lowerNear ?? 0)));
          assert.ok(p.lower <= (p.lowerNear ?? p.lower) && (p.upperNear ?? p.upper) <= p.upper);
        }
      }),
    );
  });

  test('adding a constant shifts centre and limits by it and changes no signal', () => {
    fc.assert(
      fc.property(
        series,
        presets,
        improvements,
        fc.integer({ min: -10_000, max: 10_000 }),
        (values, rules, improvement, c) => {
          const a = run(values, rules, improvement);
          const b = run(
            values.map((v) => v + c),
            rules,
            improvement,
          );
          a.points.forEach((p, i) => {
            const q = b.points[i];
            assert.ok(close(p.centre === null ? null : p.centre + c, q?.centre ?? null));
            assert.ok(close(p.upper === null ? null : p.upper + c, q?.upper ?? null));
            assert.ok(close(p.lower === null ? null : p.lower + c, q?.lower ?? null));
          });
          assert.ok(sameSignals(a, b));
          assert.equal(a.variation, b.variation);
        },
      ),
    );
  });

  test('scaling by a positive factor scales centre and limits and changes no signal', () => {
    fc.assert(
      fc.property(series, presets, fc.integer({ min: 1, max: 1000 }), (values, rules, k) => {
        const a = run(values, rules);
        const b = run(
          values.map((v) => v * k),
          rules,
        );
        a.points.forEach((p, i) => {
          const q = b.points[i];
          assert.ok(close(p.centre === null ? null : p.centre * k, q?.centre ?? null));
          assert.ok(close(p.upper === null ? null : p.upper * k, q?.upper ?? null));
        });
        assert.ok(sameSignals(a, b));
      }),
    );
  });

  test('reversing the improvement direction swaps improvement and concern', () => {
    fc.assert(
      fc.property(series, presets, (values, rules) => {
        const up = run(values, rules, 'increase');
        const down = run(values, rules, 'decrease');
        // Under MDC a point flagged on both sides takes the improving side, so it stays an improvement.
        fc.pre(
          rules === 'nhsr' ||
            rules === 'qic' ||
            !up.warnings.some((w) => w.code === 'conflicting-signals'),
        );
        up.points.forEach((p, i) => {
          const q = down.points[i];
          const swapped =
            p.type === 'improvement' ? 'concern' : p.type === 'concern' ? 'improvement' : p.type;
          assert.equal(q?.type, swapped);
          assert.equal(q?.side, p.side);
        });
        const icon = up.variation
          .replace('improvement', 'X')
          .replace('concern', 'improvement')
          .replace('X', 'concern');
        assert.equal(down.variation, icon);
      }),
    );
  });

  test('never throws and never returns NaN or Infinity, for any finite numbers', () => {
    const anyFinite = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(
        fc.array(fc.option(anyFinite, { freq: 8 }), { maxLength: 60 }),
        presets,
        improvements,
        fc.array(fc.nat({ max: 60 }), { maxLength: 3 }),
        (values, rules, improvement, rebase) => {
          const r = spc({
            data: values.map((y, i) => ({ x: i, y })),
            rules,
            improvement,
            target: 1,
            rebase: rebase.filter((i) => i < values.length),
          });
          assert.deepEqual(r.problems, []);
          const json = JSON.stringify(r, (_key, value: unknown) => {
            if (typeof value === 'number' && !Number.isFinite(value))
              throw new Error(`non-finite number ${value}`);
            return value;
          });
          assert.ok(json.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('T and G charts never throw and never return NaN or Infinity, under every preset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 40 }),
        presets,
        fc.constantFrom('t', 'g') as fc.Arbitrary<'t' | 'g'>,
        fc.array(fc.nat({ max: 40 }), { maxLength: 2 }),
        fc.option(fc.integer({ min: 2, max: 20 }), { nil: undefined }),
        (values, rules, chart, rebase, baseline) => {
          const r = spc({
            chart,
            data: values.map((y, i) => ({ x: i, y })),
            rules,
            rebase: rebase.filter((i) => i < values.length),
            ...(baseline === undefined ? {} : { baseline }),
          });
          assert.deepEqual(r.problems, []);
          JSON.stringify(r, (_key, value: unknown) => {
            if (typeof value === 'number' && !Number.isFinite(value))
              throw new Error(`non-finite number ${value}`);
            return value;
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test('rebasing at a point only changes the partitions, never the count of points', () => {
    fc.assert(
      fc.property(series, fc.nat(), (values, at) => {
        const r = run(values, 'mdc', 'increase', [at % values.length]);
        assert.equal(r.points.length, values.length);
        assert.equal(
          r.partitions.reduce((n, p) => n + (p.end - p.start + 1), 0),
          values.length,
        );
      }),
    );
  });
});
