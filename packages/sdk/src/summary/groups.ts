import type { AssuranceIcon, VariationIcon } from '../schema/options.js';

/** Variation icons counted together on a scorecard tile (high and low sides combined). */
export type VariationGroup =
  'concern' | 'improvement' | 'neither' | 'common-cause' | 'not-enough-data';

/** Tile order: what needs attention first. */
export const variationGroups: readonly VariationGroup[] = [
  'concern',
  'improvement',
  'neither',
  'common-cause',
  'not-enough-data',
];

/**
 * Assurance as counted on a tile: `no-target` when the measure has no target, `not-assessed` when
 * it has one but no assurance icon could be given (too few points, a neutral direction, a chart
 * type without assurance, or data that could not be analysed).
 */
export type AssuranceGroup = 'fail' | 'hit-or-miss' | 'pass' | 'no-target' | 'not-assessed';

export const assuranceGroups: readonly AssuranceGroup[] = [
  'fail',
  'hit-or-miss',
  'pass',
  'no-target',
  'not-assessed',
];

/** The tile group of a variation icon: `none` (no icon yet) is "not enough data". */
export function variationGroupOf(icon: VariationIcon): VariationGroup {
  if (icon === 'none') return 'not-enough-data';
  if (icon === 'common-cause') return 'common-cause';
  if (icon.startsWith('concern')) return 'concern';
  if (icon.startsWith('improvement')) return 'improvement';
  return 'neither';
}

/** The tile group of an assurance icon, given whether the measure has a target. */
export function assuranceGroupOf(
  icon: AssuranceIcon | null,
  target: number | null | undefined,
): AssuranceGroup {
  if (icon !== null) return icon;
  return target === null || target === undefined ? 'no-target' : 'not-assessed';
}

/** Zero counts for every group, in tile order. */
export function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
