/** Mean moving range between consecutive included points, with optional outlier screening. */

/** Upper limit of a moving range (D4 for n = 2); also the screening threshold. */
export const MR_UPPER = 3.267;

/** How screening treats a moving range on the threshold and the mean (see ResolvedRules.screening). */
export type Screening = 'off' | 'sql' | 'strict';

/** The mean moving range, and the mean of the values, after screening. */
export interface ScreenedSpread {
  mrBar: number;
  /** The mean of the points kept (NaN when screening leaves the mean alone: use the plain mean). */
  mean: number;
}

/**
 * Mean of |v[inc[q]] − v[inc[q − 1]]| for q in (from, to), NaN with fewer than 2 points. Screening
 * drops the moving ranges above 3.267 × their mean (Nelson 1982) and recomputes the mean range:
 * - 'strict' drops MR ≥ limit, keeping those strictly below, as NHSRplotthedots (`mr < 3.267 * amr`)
 *   and qicharts2 (`mr[mr < ulmr]`) do;
 * - 'sql' keeps MR ≤ limit (MDC SQL v2.6 `[MovingRange] <= [MovingRangeMean] * 3.267`) and, as the
 *   SQL's `MeanWithoutOutliers`, leaves out of the mean each point whose moving range was dropped.
 */
export function screenedSpread(
  values: Float64Array,
  inc: Int32Array,
  from: number,
  to: number,
  screening: Screening,
): ScreenedSpread {
  const count = to - from - 1;
  if (count < 1) return { mrBar: NaN, mean: NaN };
  let sum = 0;
  let prev = values[inc[from] ?? 0] ?? NaN;
  for (let q = from + 1; q < to; q++) {
    const v = values[inc[q] ?? 0] ?? NaN;
    sum += Math.abs(v - prev);
    prev = v;
  }
  const mean = sum / count;
  if (screening === 'off' || !(mean > 0)) return { mrBar: mean, mean: NaN };
  const limit = MR_UPPER * mean;
  const sql = screening === 'sql';
  let kept = 0;
  let keptSum = 0;
  // The first point has no moving range, so it always stays in the mean.
  prev = values[inc[from] ?? 0] ?? NaN;
  let valueSum = prev;
  let valueCount = 1;
  for (let q = from + 1; q < to; q++) {
    const v = values[inc[q] ?? 0] ?? NaN;
    const mr = Math.abs(v - prev);
    if (sql ? mr <= limit : mr < limit) {
      kept++;
      keptSum += mr;
      valueSum += v;
      valueCount++;
    }
    prev = v;
  }
  const mrBar = kept > 0 ? keptSum / kept : mean;
  return { mrBar, mean: sql && kept < count ? valueSum / valueCount : NaN };
}

/** The mean moving range alone, screened NHSRplotthedots' way when `screen` is set. */
export function meanMovingRange(
  values: Float64Array,
  inc: Int32Array,
  from: number,
  to: number,
  screen: boolean,
): number {
  return screenedSpread(values, inc, from, to, screen ? 'strict' : 'off').mrBar;
}
