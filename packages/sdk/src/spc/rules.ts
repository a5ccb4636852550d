import { runsResult } from './anhoej.js';
import { CENTRE, LOWER, LOWER_NEAR, UPPER, UPPER_NEAR, type Lines } from './lines.js';
import type { Included } from './partitions.js';
import type { ResolvedRules, RunsAnalysis } from './types.js';

/**
 * The four special-cause rules and the Anhøj runs analysis in one linear pass over the included
 * points, recording per point which rule fired on which side. Every point of a qualifying shift or
 * trend is flagged; for two-of-three only the points beyond the 2-sigma line are flagged (MDC SQL
 * "the point itself must also be flagged"; NHSRplotthedots `ptd_part_of_two_in_three`).
 *
 * - Astronomical: strictly above the upper or below the lower process limit.
 * - Shift: `shift` or more consecutive points strictly on one side of the centre; a point on it breaks the run.
 * - Trend: `trend` or more consecutive points each strictly higher (or lower) than the one before,
 *   counting both ends; an equal pair breaks it; a turning point can end one trend and start the next.
 * - Two-of-three: in any three consecutive points, two or three beyond the 2-sigma line on one side
 *   (any point beyond it, or only those not beyond the limit) and all three on that side of the centre.
 */

export const ASTRO_HIGH = 1;
export const ASTRO_LOW = 2;
export const SHIFT_HIGH = 4;
export const SHIFT_LOW = 8;
export const TREND_UP = 16;
export const TREND_DOWN = 32;
export const TWO_HIGH = 64;
export const TWO_LOW = 128;
export const HIGH_BITS = ASTRO_HIGH | SHIFT_HIGH | TREND_UP | TWO_HIGH;
export const LOW_BITS = ASTRO_LOW | SHIFT_LOW | TREND_DOWN | TWO_LOW;

type RuleSettings = Pick<
  ResolvedRules,
  | 'shift'
  | 'trend'
  | 'twoOfThree'
  | 'trendAcrossPartitions'
  | 'shiftAcrossPartitions'
  | 'twoOfThreeAcrossPartitions'
> & {
  /**
   * An included position where shift and two-of-three runs restart though the lines do not change:
   * the end of an MDC SQL baseline, which is its own partition there (`PartitionID` 0) for every
   * rule but the trend. −1 for none.
   */
  readonly runBreak?: number;
};

export interface RuleOutput {
  /** Rule bits per point (see the constants above). */
  readonly bits: Uint8Array;
  /** Runs analysis per partition. */
  readonly runs: RunsAnalysis[];
}

// Two-of-three flags kept for the last three points of the window.
const COUNT_HIGH = 1;
const COUNT_LOW = 2;
const ABOVE = 4;
const BELOW = 8;

function mark(bits: Uint8Array, inc: Int32Array, from: number, to: number, bit: number): void {
  for (let r = from; r <= to; r++) {
    const j = inc[r] ?? 0;
    bits[j] = (bits[j] ?? 0) | bit;
  }
}

export function applyRules(
  values: Float64Array,
  included: Included,
  lines: Lines,
  rules: RuleSettings,
): RuleOutput {
  const bits = new Uint8Array(values.length);
  const { inc, offsets } = included;
  const partitions = offsets.length - 1;
  const runs: RunsAnalysis[] = [];
  const sigma = lines.sigma;
  const floor = lines.floor;
  const ceiling = lines.ceiling;
  const byPartition = lines.byPartition;
  const shiftLength = rules.shift;
  const trendLength = rules.trend;
  const twoOn = rules.twoOfThree !== 'off';
  const between = rules.twoOfThree === 'between-2-and-3-sigma';
  const across = rules.trendAcrossPartitions;
  const shiftAcross = rules.shiftAcrossPartitions;
  const twoAcross = rules.twoOfThreeAcrossPartitions;
  const runBreak = rules.runBreak ?? -1;

  // Trend, shift and two-of-three state survives partition boundaries when those rules may cross
  // them; each point is still judged against its own partition's lines.
  let trendDirection = 0;
  let trendRun = 0;
  let trendStart = 0;
  let previous = NaN;
  let side = 0;
  let shiftRun = 0;
  let shiftStart = 0;
  let f1 = 0;
  let f2 = 0;
  let windowed = 0;

  for (let k = 0; k < partitions; k++) {
    const from = offsets[k] ?? 0;
    const to = offsets[k + 1] ?? 0;
    const centre = byPartition[k * 5 + CENTRE] ?? NaN;
    let lower = byPartition[k * 5 + LOWER] ?? NaN;
    let upper = byPartition[k * 5 + UPPER] ?? NaN;
    let lowerNear = byPartition[k * 5 + LOWER_NEAR] ?? NaN;
    let upperNear = byPartition[k * 5 + UPPER_NEAR] ?? NaN;
    let useful = 0;
    let runSide = 0;
    let runLength = 0;
    let runCount = 0;
    let longest = 0;
    if (!across) {
      trendDirection = 0;
      trendRun = 0;
      previous = NaN;
    }
    if (!shiftAcross) {
      side = 0;
      shiftRun = 0;
    }
    if (!twoAcross) {
      f1 = 0;
      f2 = 0;
      windowed = 0;
    }

    for (let q = from; q < to; q++) {
      const i = inc[q] ?? 0;
      const v = values[i] ?? NaN;
      if (q === runBreak) {
        side = 0;
        shiftRun = 0;
        f1 = 0;
        f2 = 0;
        windowed = 0;
      }
      if (sigma !== null) {
        // Per-point limits: centre ± 3σᵢ and ± 2σᵢ, clipped (see lines.ts).
        const s3 = 3 * (sigma[i] ?? NaN);
        const s2 = 2 * (sigma[i] ?? NaN);
        lower = Math.min(Math.max(centre - s3, floor), ceiling);
        upper = Math.min(Math.max(centre + s3, floor), ceiling);
        lowerNear = Math.min(Math.max(centre - s2, floor), ceiling);
        upperNear = Math.min(Math.max(centre + s2, floor), ceiling);
      }
      let b = v > upper ? ASTRO_HIGH : v < lower ? ASTRO_LOW : 0;
      const s = v > centre ? 1 : v < centre ? -1 : 0;

      // A point on the centre breaks a shift but is dropped from the runs analysis (Anhøj).
      if (s === 0) {
        side = 0;
        shiftRun = 0;
      } else {
        useful++;
        if (s === runSide) runLength++;
        else {
          runCount++;
          runSide = s;
          runLength = 1;
        }
        if (runLength > longest) longest = runLength;
        if (s === side) shiftRun++;
        else {
          side = s;
          shiftRun = 1;
          shiftStart = q;
        }
        if (shiftLength > 0 && shiftRun >= shiftLength) {
          const bit = s > 0 ? SHIFT_HIGH : SHIFT_LOW;
          if (shiftRun === shiftLength) mark(bits, inc, shiftStart, q - 1, bit);
          b |= bit;
        }
      }

      if (trendLength > 0) {
        const d = v - previous;
        const t = d > 0 ? 1 : d < 0 ? -1 : 0;
        if (t === 0) {
          trendDirection = 0;
          trendRun = 1;
        } else if (t === trendDirection) {
          trendRun++;
        } else {
          trendDirection = t;
          trendRun = 2;
          trendStart = q - 1;
        }
        if (t !== 0 && trendRun >= trendLength) {
          const bit = t > 0 ? TREND_UP : TREND_DOWN;
          if (trendRun === trendLength) mark(bits, inc, trendStart, q - 1, bit);
          b |= bit;
        }
        previous = v;
      }

      if (twoOn) {
        let f = s > 0 ? ABOVE : s < 0 ? BELOW : 0;
        if (v > upperNear && (!between || v <= upper)) f |= COUNT_HIGH;
        if (v < lowerNear && (!between || v >= lower)) f |= COUNT_LOW;
        if (++windowed >= 3) {
          const all = f1 & f2 & f;
          if (all & ABOVE) {
            if ((f1 & COUNT_HIGH) + (f2 & COUNT_HIGH) + (f & COUNT_HIGH) >= 2) {
              if (f1 & COUNT_HIGH) mark(bits, inc, q - 2, q - 2, TWO_HIGH);
              if (f2 & COUNT_HIGH) mark(bits, inc, q - 1, q - 1, TWO_HIGH);
              if (f & COUNT_HIGH) b |= TWO_HIGH;
            }
          } else if (all & BELOW) {
            if ((f1 & COUNT_LOW) + (f2 & COUNT_LOW) + (f & COUNT_LOW) >= 4) {
              if (f1 & COUNT_LOW) mark(bits, inc, q - 2, q - 2, TWO_LOW);
              if (f2 & COUNT_LOW) mark(bits, inc, q - 1, q - 1, TWO_LOW);
              if (f & COUNT_LOW) b |= TWO_LOW;
            }
          }
        }
        f1 = f2;
        f2 = f;
      }
      bits[i] = (bits[i] ?? 0) | b;
    }
    runs.push(runsResult(useful, runCount, longest));
  }
  return { bits, runs };
}
