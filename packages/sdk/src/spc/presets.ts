import type { ChartType, RulePreset, Rules } from '../schema/options.js';
import type { ResolvedRules } from './types.js';

const PRESETS: Readonly<Record<RulePreset, ResolvedRules>> = {
  // NHS England SPC SQL v2.6 (Jan 2024), the current Making Data Count definition.
  mdc: {
    preset: 'mdc',
    analysis: 'control-chart',
    shift: 6,
    trend: 6,
    twoOfThree: 'beyond-2-sigma',
    screenOutliers: false,
    minPoints: 13,
    belowMinPoints: 'withhold',
    targetOnLimit: 'inclusive',
    conflict: 'improvement',
    trendAcrossPartitions: true,
  },
  // SQL v2.4 (Aug 2022).
  'mdc-2022': {
    preset: 'mdc-2022',
    analysis: 'control-chart',
    shift: 7,
    trend: 7,
    twoOfThree: 'between-2-and-3-sigma',
    screenOutliers: false,
    minPoints: 15,
    belowMinPoints: 'withhold',
    targetOnLimit: 'inclusive',
    conflict: 'improvement',
    trendAcrossPartitions: true,
  },
  // NHSRplotthedots 0.2.2.
  nhsr: {
    preset: 'nhsr',
    analysis: 'control-chart',
    shift: 7,
    trend: 7,
    twoOfThree: 'between-2-and-3-sigma',
    screenOutliers: true,
    minPoints: 13,
    belowMinPoints: 'trial',
    targetOnLimit: 'strict',
    conflict: 'precedence',
    trendAcrossPartitions: false,
  },
  // qicharts2 run chart: Anhøj rules decide; about 10 points are needed for them to mean much.
  anhoej: {
    preset: 'anhoej',
    analysis: 'run-chart',
    shift: 0,
    trend: 0,
    twoOfThree: 'off',
    screenOutliers: false,
    minPoints: 10,
    belowMinPoints: 'trial',
    targetOnLimit: 'strict',
    conflict: 'precedence',
    trendAcrossPartitions: false,
  },
};

// qicharts2 0.8.1 screens the moving ranges of its I-chart family when attached (option qic.screenedmr).
const QICHARTS_SCREENED: ReadonlySet<ChartType> = new Set<ChartType>(['t', 'pp', 'up']);

/**
 * The effective rule settings: the preset (default `mdc`) with any overrides applied.
 *
 * `screenOutliers` defaults to the preset for XmR and MR charts; for T, P′ and U′ charts, which
 * follow qicharts2, it defaults to on as qicharts2 does, unless `screenOutliers` is given.
 */
export function resolveRules(rules: Rules = 'mdc', chart: ChartType = 'xmr'): ResolvedRules {
  const options = typeof rules === 'string' ? { preset: rules } : rules;
  const base = PRESETS[options.preset ?? 'mdc'];
  return {
    ...base,
    shift: options.shift ?? base.shift,
    trend: options.trend ?? base.trend,
    twoOfThree: options.twoOfThree ?? base.twoOfThree,
    screenOutliers:
      options.screenOutliers ?? (QICHARTS_SCREENED.has(chart) ? true : base.screenOutliers),
    minPoints: options.minPoints ?? base.minPoints,
    targetOnLimit: options.targetOnLimit ?? base.targetOnLimit,
  };
}
