/** Means and medians over the included points of a partition, without allocating objects. */

/**
 * Mean of `values[inc[q]]` for q in [from, to), refined by a second pass as R's mean() does,
 * and safe from overflow for values near the largest doubles. NaN when empty.
 */
export function meanAt(values: Float64Array, inc: Int32Array, from: number, to: number): number {
  const count = to - from;
  if (count <= 0) return NaN;
  let sum = 0;
  for (let q = from; q < to; q++) sum += values[inc[q] ?? 0] ?? 0;
  let mean = sum / count;
  if (!Number.isFinite(mean)) {
    // The sum overflowed: average the scaled values instead.
    mean = 0;
    for (let q = from; q < to; q++) mean += (values[inc[q] ?? 0] ?? 0) / count;
    return mean;
  }
  let correction = 0;
  for (let q = from; q < to; q++) correction += (values[inc[q] ?? 0] ?? 0) - mean;
  const refined = mean + correction / count;
  return Number.isFinite(refined) ? refined : mean;
}

/** Median of `values[inc[q]]` for q in [from, to) by quickselect on a copy: O(n). NaN when empty. */
export function medianAt(values: Float64Array, inc: Int32Array, from: number, to: number): number {
  const count = to - from;
  if (count <= 0) return NaN;
  const copy = new Float64Array(count);
  for (let q = from; q < to; q++) copy[q - from] = values[inc[q] ?? 0] ?? 0;
  return medianInPlace(copy);
}

/** Median of a Float64Array, reordering it. Even counts average the two middle values (as R). */
export function medianInPlace(a: Float64Array): number {
  const count = a.length;
  if (count === 0) return NaN;
  const mid = count >> 1;
  select(a, mid);
  const upper = a[mid] ?? NaN;
  if (count % 2 === 1) return upper;
  // After selection every element left of mid is ≤ a[mid]; the largest of them is the other middle.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) {
    const v = a[i] ?? -Infinity;
    if (v > lower) lower = v;
  }
  return (lower + upper) / 2;
}

/** Reorders `a` so that a[k] is the k-th smallest, smaller values before it (Hoare quickselect). */
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // Median of three as pivot keeps sorted and reversed input linear.
    const m = lo + ((hi - lo) >> 1);
    const x = a[lo] ?? 0;
    const y = a[m] ?? 0;
    const z = a[hi] ?? 0;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
