import type { Series } from './series.js';

/**
 * Groups consecutive rows (in x order) sharing x into subgroups (missing y skipped) and computes
 * each subgroup's size, mean and sample SD, as qicharts2 aggregates Xbar and S data.
 */
export function groupSubgroups(
  keys: Float64Array,
  y: Float64Array,
  chart: 'xbar' | 's',
  hasDenominator: boolean,
  order: Int32Array | null,
  xKind: 'date' | 'number',
): Series {
  const rows = keys.length;
  const firstRows: number[] = [];
  for (let i = 0; i < rows; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) firstRows.push(i);
  }
  const count = firstRows.length;
  const firstRow = Int32Array.from(firstRows);
  const size = new Float64Array(count);
  const mean = new Float64Array(count);
  const sd = new Float64Array(count);
  for (let g = 0; g < count; g++) {
    const from = firstRow[g] ?? 0;
    const to = g + 1 < count ? (firstRow[g + 1] ?? rows) : rows;
    let k = 0;
    let sum = 0;
    for (let i = from; i < to; i++) {
      const v = y[i] ?? NaN;
      if (v === v) {
        k++;
        sum += v;
      }
    }
    let m = k > 0 ? sum / k : NaN;
    // Second pass as R's mean(), then the sum of squares about it for the SD.
    let correction = 0;
    let squares = 0;
    for (let i = from; i < to; i++) {
      const v = y[i] ?? NaN;
      if (v === v) correction += v - m;
    }
    if (k > 0) m += correction / k;
    for (let i = from; i < to; i++) {
      const v = y[i] ?? NaN;
      if (v === v) squares += (v - m) * (v - m);
    }
    size[g] = k;
    mean[g] = m;
    sd[g] = k > 1 ? Math.sqrt(squares / (k - 1)) : NaN;
  }
  return {
    length: count,
    value: chart === 'xbar' ? mean : sd,
    numerator: mean,
    denominator: size,
    sd,
    firstRow,
    hasDenominator,
    order,
    xKind,
  };
}
