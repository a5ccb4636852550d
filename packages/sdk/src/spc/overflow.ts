import { CENTRE, type Lines } from './lines.js';
import type { Included, Segment } from './partitions.js';
import type { Series } from './series.js';

/**
 * Values this large, times a partition's size plus a margin for the charts' factors (2.66 × MRbar,
 * the T chart's power 3.6, sums of n), may overflow a double: a partition is then not calculated,
 * rather than judged from Infinity or NaN. Quality data never comes near (it allows ~1e297).
 */
const SAFE_TOTAL = 1e303;
const MARGIN_POINTS = 100_000;

function infinite(v: number): boolean {
  return v === Infinity || v === -Infinity;
}

/**
 * Whether partition k's numbers overflow: its values, numerators or denominators are beyond the
 * safe range (control charts only: a run chart's median never overflows), a plotted value became
 * infinite (a moving range of 1e308 and −1e308), or a line came out infinite.
 */
export function overflows(
  series: Series,
  plotted: Float64Array,
  base: Included,
  ruled: Included,
  lines: Lines,
  k: number,
  segment: Segment,
  controlChart: boolean,
): boolean {
  const b = lines.byPartition;
  for (let j = CENTRE; j < CENTRE + 5; j++) if (infinite(b[k * 5 + j] ?? 0)) return true;
  const sigma = lines.sigma;
  if (sigma !== null) {
    for (let i = segment.start; i <= segment.end; i++) if (infinite(sigma[i] ?? 0)) return true;
  }
  for (let q = ruled.offsets[k] ?? 0; q < (ruled.offsets[k + 1] ?? 0); q++) {
    if (infinite(plotted[ruled.inc[q] ?? 0] ?? 0)) return true;
  }
  if (!controlChart) return false;
  const from = base.offsets[k] ?? 0;
  const to = base.offsets[k + 1] ?? 0;
  const { value, numerator, denominator } = series;
  let largest = 0;
  for (let q = from; q < to; q++) {
    const i = base.inc[q] ?? 0;
    const v = Math.abs(value[i] ?? 0);
    const y = Math.abs(numerator[i] ?? 0);
    const n = Math.abs(denominator[i] ?? 0);
    // NaN (no denominator) never wins a comparison.
    if (v > largest) largest = v;
    if (y > largest) largest = y;
    if (n > largest) largest = n;
  }
  return largest > SAFE_TOTAL / (to - from + MARGIN_POINTS);
}
