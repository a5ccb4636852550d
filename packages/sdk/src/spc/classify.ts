import type { Improvement } from '../schema/options.js';
import type { Included } from './partitions.js';
import {
  ASTRO_HIGH,
  ASTRO_LOW,
  HIGH_BITS,
  LOW_BITS,
  SHIFT_HIGH,
  TREND_DOWN,
  TREND_UP,
  TWO_HIGH,
  TWO_LOW,
} from './rules.js';
import type { ResolvedRules } from './types.js';

export const SIDE_NONE = 0;
export const SIDE_HIGH = 1;
export const SIDE_LOW = 2;

export const TYPE_COMMON = 0;
export const TYPE_IMPROVEMENT = 1;
export const TYPE_CONCERN = 2;
export const TYPE_NEUTRAL = 3;

export interface Classification {
  /** SIDE_* per point. */
  readonly side: Uint8Array;
  /** TYPE_* per point. */
  readonly type: Uint8Array;
  /** Points flagged on both sides, resolved by the conflict policy. */
  readonly conflicts: number[];
}

/**
 * Decides the side of each flagged point, then its type from the improvement direction.
 *
 * - 'precedence' (NHSRplotthedots 0.2.2 `ptd_special_cause_type`): outside limits > trend >
 *   two-of-three > shift. A trend point's direction is that of the step to the next point when both
 *   are in a trend, else of the step from the previous point, exactly as NHSRplotthedots computes it.
 * - 'improvement' (MDC SQL `MetricConflictRule` = Improvement, the Excel tool's only behaviour): a
 *   point flagged on both sides takes the improving side; with no direction (neutral) the precedence
 *   above decides.
 * - 'concern' (MDC SQL `MetricConflictRule` = Concern): it takes the concerning side instead.
 */
export function classify(
  values: Float64Array,
  included: Included,
  bits: Uint8Array,
  improvement: Improvement,
  conflict: ResolvedRules['conflict'],
): Classification {
  const length = values.length;
  const side = new Uint8Array(length);
  const type = new Uint8Array(length);
  const conflicts: number[] = [];
  const { inc, offsets } = included;
  const improvingSide =
    improvement === 'increase' ? SIDE_HIGH : improvement === 'decrease' ? SIDE_LOW : SIDE_NONE;
  const partitions = offsets.length - 1;
  // With no improving side (neutral) a conflict falls back to precedence.
  const bySide = conflict !== 'precedence' && improvingSide !== SIDE_NONE;
  const conflictSide =
    conflict === 'improvement' ? improvingSide : SIDE_HIGH + SIDE_LOW - improvingSide;
  for (let k = 0; k < partitions; k++) {
    const from = offsets[k] ?? 0;
    const to = offsets[k + 1] ?? 0;
    for (let q = from; q < to; q++) {
      const i = inc[q] ?? 0;
      const b = bits[i] ?? 0;
      if (b === 0) continue;
      const high = (b & HIGH_BITS) !== 0;
      const low = (b & LOW_BITS) !== 0;
      let s: number;
      if (high && low) {
        conflicts.push(i);
        s = bySide ? conflictSide : precedenceSide(values, inc, bits, from, to, q);
      } else if (conflict === 'precedence') {
        s = precedenceSide(values, inc, bits, from, to, q);
      } else {
        s = high ? SIDE_HIGH : SIDE_LOW;
      }
      side[i] = s;
      type[i] =
        improvingSide === SIDE_NONE
          ? TYPE_NEUTRAL
          : s === improvingSide
            ? TYPE_IMPROVEMENT
            : TYPE_CONCERN;
    }
  }
  return { side, type, conflicts };
}

const TREND_BITS = TREND_UP | TREND_DOWN;

function precedenceSide(
  values: Float64Array,
  inc: Int32Array,
  bits: Uint8Array,
  from: number,
  to: number,
  q: number,
): number {
  const i = inc[q] ?? 0;
  const b = bits[i] ?? 0;
  if (b & (ASTRO_HIGH | ASTRO_LOW)) return b & ASTRO_HIGH ? SIDE_HIGH : SIDE_LOW;
  if (b & TREND_BITS) {
    const next = q + 1 < to ? (inc[q + 1] ?? 0) : -1;
    let step: number;
    if (next >= 0 && ((bits[next] ?? 0) & TREND_BITS) !== 0)
      step = (values[next] ?? NaN) - (values[i] ?? NaN);
    else step = q > from ? (values[i] ?? NaN) - (values[inc[q - 1] ?? 0] ?? NaN) : 0;
    // NHSRplotthedots labels any step that is not a rise "Decreasing".
    return step > 0 ? SIDE_HIGH : SIDE_LOW;
  }
  if (b & (TWO_HIGH | TWO_LOW)) return b & TWO_HIGH ? SIDE_HIGH : SIDE_LOW;
  return b & SHIFT_HIGH ? SIDE_HIGH : SIDE_LOW;
}
