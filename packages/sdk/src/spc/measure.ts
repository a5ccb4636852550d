import type { Measure } from '../schema/measure.js';
import type { ChartType } from '../schema/options.js';
import { spc } from './analyse.js';
import type { SpcInput } from './input.js';
import type { SpcResult } from './types.js';
import { warning } from './warnings.js';

/** Overrides for `spcForMeasure`, e.g. another preset or chart than the measure's own. */
export type SpcMeasureOptions = Partial<Omit<SpcInput, 'data'>>;

function time(x: string): number {
  return Date.parse(x);
}

/** Point index of each row: the row itself, or for Xbar and S charts its subgroup (consecutive equal x). */
function pointOfRows(data: Measure['data'], chart: ChartType): number[] {
  if (chart !== 'xbar' && chart !== 's') return data.map((_, i) => i);
  const points: number[] = [];
  let point = -1;
  data.forEach((row, i) => {
    if (i === 0 || row.x !== data[i - 1]?.x) point++;
    points.push(point);
  });
  return points;
}

/**
 * Runs `spc()` on a measure: its chart, rules, target, improvement direction and baseline; rebase
 * dates become the index of the first point on or after each date; ghosted rows are excluded (for
 * Xbar and S charts a subgroup is excluded when any of its rows is). Never throws.
 */
export function spcForMeasure(measure: Measure, options: SpcMeasureOptions = {}): SpcResult {
  const chart = options.chart ?? measure.chart;
  const data = measure.data;
  const pointOf = pointOfRows(data, chart);
  const exclude = new Set<number>();
  data.forEach((row, i) => {
    if (row.ghost === true) exclude.add(pointOf[i] ?? i);
  });
  const rebase: number[] = [];
  const unmatched: string[] = [];
  for (const date of measure.rebase ?? []) {
    const t = time(date);
    const row = data.findIndex((d) => time(d.x) >= t);
    if (row < 0) unmatched.push(date);
    else rebase.push(pointOf[row] ?? row);
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
