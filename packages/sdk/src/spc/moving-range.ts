/** Mean moving range between consecutive included points, with optional outlier screening. */

/** Upper limit of a moving range (D4 for n = 2); also the screening threshold. */
export const MR_UPPER = 3.267;

/**
 * Mean of |v[inc[q]] − v[inc[q − 1]]| for q in (from, to). With `screen`, moving ranges ≥ 3.267 × the
 * mean are dropped and the mean recomputed (Nelson 1982), keeping those strictly below as
 * NHSRplotthedots (`mr < 3.267 * amr`) and qicharts2 (`mr[mr < ulmr]`) do. NaN with fewer than 2 points.
 */
export function meanMovingRange(
  values: Float64Array,
  inc: Int32Array,
  from: number,
  to: number,
  screen: boolean,
): number {
  const count = to - from - 1;
  if (count < 1) return NaN;
  let sum = 0;
  let prev = values[inc[from] ?? 0] ?? NaN;
  for (let q = from + 1; q < to; q++) {
    const v = values[inc[q] ?? 0] ?? NaN;
    sum += Math.abs(v - prev);
    prev = v;
  }
  const mean = sum / count;
  if (!screen || !(mean > 0)) return mean;
  const limit = MR_UPPER * mean;
  let kept = 0;
  let keptSum = 0;
  prev = values[inc[from] ?? 0] ?? NaN;
  for (let q = from + 1; q < to; q++) {
    const v = values[inc[q] ?? 0] ?? NaN;
    const mr = Math.abs(v - prev);
    if (mr < limit) {
      kept++;
      keptSum += mr;
    }
    prev = v;
  }
  return kept > 0 ? keptSum / kept : mean;
}
