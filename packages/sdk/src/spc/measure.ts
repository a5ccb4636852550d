import type { Measure } from '../schema/measure.js';
import type { ChartType, Rules } from '../schema/options.js';
import { spc } from './analyse.js';
import type { SpcInput } from './input.js';
import type { SpcResult } from './types.js';
import { warning } from './warnings.js';
import { isoDateKey, orderByX } from '../schema/x-order.js';

/** Overrides for `spcForMeasure`, e.g. another preset or chart than the measure's own. */
export type SpcMeasureOptions = Partial<Omit<SpcInput, 'data'>>;

/**
 * The rules a measure is judged by: its own `rules`, else `fallback` (a page's or element's
 * preset), else `mdc`. One function, so every view of a measure shows the same verdict.
 */
export function rulesForMeasure(measure: Pick<Measure, 'rules'>, fallback?: Rules): Rules {
  return measure.rules ? measure.rules : (fallback ?? 'mdc');
}

/**
 * Where each row lands, read with the same rule as `spc()`: the point index of each row in x order
 * (for Xbar and S charts rows sharing x are one subgroup), and the rows in x order.
 */
function pointsInOrder(
  data: Measure['data'],
  chart: ChartType,
): { pointOf: Int32Array; sorted: Int32Array; keys: Float64Array } {
  const keys = Float64Array.from(data, (row) => isoDateKey(row.x));
  const subgroups = chart === 'xbar' || chart === 's';
  const { order } = orderByX(keys, true);
  const sorted = order ?? Int32Array.from(data, (_, i) => i);
  const pointOf = new Int32Array(data.length);
  let point = -1;
  for (let k = 0; k < sorted.length; k++) {
    const row = sorted[k] ?? 0;
    const previous = k > 0 ? (sorted[k - 1] ?? 0) : -1;
    if (!subgroups || k === 0 || keys[row] !== keys[previous]) point++;
    pointOf[row] = point;
  }
  return { pointOf, sorted, keys };
}

/** The first position in x order whose date is on or after `t` (binary search), or -1. */
function firstAtOrAfter(keys: Float64Array, sorted: Int32Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[sorted[mid] ?? 0] ?? 0) >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? lo : -1;
}

/**
 * Runs `spc()` on a measure: its chart, rules, target, improvement direction and baseline. Points
 * are in date order whatever the order of `data` (as `spc()` reads them); rebase dates become the
 * index of the first point on or after each date; ghosted rows are excluded (for Xbar and S charts
 * a subgroup is excluded when any of its rows is). Never throws.
 */
export function spcForMeasure(measure: Measure, options: SpcMeasureOptions = {}): SpcResult {
  const chart = options.chart ?? measure.chart;
  const data = measure.data;
  const { pointOf, sorted, keys } = pointsInOrder(data, chart);
  const exclude = new Set<number>();
  data.forEach((row, i) => {
    if (row.ghost === true) exclude.add(pointOf[i] ?? i);
  });
  const rebase: number[] = [];
  const unmatched: string[] = [];
  for (const date of measure.rebase ?? []) {
    const t = isoDateKey(date);
    const k = firstAtOrAfter(keys, sorted, t);
    if (k < 0) unmatched.push(date);
    else rebase.push(pointOf[sorted[k] ?? 0] ?? k);
  }
  const input: SpcInput = {
    chart,
    data,
    improvement: measure.improvement,
    rules: measure.rules ?? 'mdc',
    exclude: [...exclude],
    rebase,
    ...(measure.target !== undefined ? { target: measure.target } : {}),
    ...(measure.baseline !== undefined ? { baseline: measure.baseline } : {}),
    ...options,
  };
  const result = spc(input);
  if (result.problems.length === 0) {
    for (const date of unmatched)
      result.warnings.push(warning('rebase-not-found', 'spc.warning.rebaseNotFound', { date }));
  }
  return result;
}
