import type { ChartType } from '../schema/options.js';
import type { ResolvedRules } from './types.js';

/**
 * Rules for showing a result, kept with the engine so every view of a chart agrees on them:
 * which centre it is, whether the icons apply and where the 1σ line lies.
 */

/** The parts of a result these rules read. */
export interface SpcDisplayInput {
  chart: ChartType;
  rules: Pick<ResolvedRules, 'analysis'>;
}

/** The centre line is a median on run and g charts and whenever runs analysis is used. */
export function centreIsMedian(result: SpcDisplayInput): boolean {
  return result.chart === 'run' || result.chart === 'g' || result.rules.analysis === 'run-chart';
}

/** The variation and assurance icons apply to control charts other than the moving range. */
export function showsSpcIcons(result: SpcDisplayInput): boolean {
  return result.chart !== 'run' && result.chart !== 'mr' && result.rules.analysis !== 'run-chart';
}

/** p and p′ charts plot proportions (shown as percentages). */
export function isProportionChart(chart: ChartType): boolean {
  return chart === 'p' || chart === 'pp';
}

/** Xbar and S charts plot one point per subgroup of rows, not one per row. */
export function pointsAreRows(chart: ChartType): boolean {
  return chart !== 'xbar' && chart !== 's';
}

/**
 * The 1σ line from the centre, the 2σ (near) line and the 3σ limit on the same side, or NaN
 * when the limit is not 1.5 times as far as the near line (clipped, e.g. at 0 on a p chart, or
 * transformed, as on t and g charts): then it is not drawn rather than guessed.
 */
export function oneSigmaLine(centre: number, near: number, limit: number): number {
  const two = near - centre;
  const three = limit - centre;
  if (!(Math.abs(three - 1.5 * two) <= 1e-9 * Math.max(1, Math.abs(three)))) return NaN;
  return centre + two / 2;
}
