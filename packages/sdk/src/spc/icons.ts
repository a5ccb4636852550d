import type { AssuranceIcon, Improvement, VariationIcon } from '../schema/options.js';
import { SIDE_HIGH, SIDE_NONE, TYPE_COMMON, TYPE_CONCERN, TYPE_IMPROVEMENT } from './classify.js';
import type { ResolvedRules } from './types.js';

/** The MDC variation icon for a point's side and type codes. */
export function variationIcon(side: number, type: number): VariationIcon {
  if (type === TYPE_COMMON || side === SIDE_NONE) return 'common-cause';
  const suffix = side === SIDE_HIGH ? 'high' : 'low';
  if (type === TYPE_IMPROVEMENT) return `improvement-${suffix}`;
  if (type === TYPE_CONCERN) return `concern-${suffix}`;
  return `neither-${suffix}`;
}

/**
 * The MDC assurance icon: where the target lies against the last point's process limits.
 * Increase: target ≤ lower → pass, target ≥ upper → fail, else hit-or-miss ('inclusive', MDC SQL);
 * 'strict' (NHSRplotthedots) uses < and >, so a target on a limit is hit-or-miss. Decrease mirrors.
 */
export function assuranceIcon(
  improvement: Improvement,
  target: number,
  lower: number,
  upper: number,
  targetOnLimit: ResolvedRules['targetOnLimit'],
): AssuranceIcon | null {
  if (improvement === 'neutral' || !Number.isFinite(lower) || !Number.isFinite(upper)) return null;
  const strict = targetOnLimit === 'strict';
  const belowAll = strict ? target < lower : target <= lower;
  const aboveAll = strict ? target > upper : target >= upper;
  if (improvement === 'increase') return belowAll ? 'pass' : aboveAll ? 'fail' : 'hit-or-miss';
  return aboveAll ? 'pass' : belowAll ? 'fail' : 'hit-or-miss';
}
