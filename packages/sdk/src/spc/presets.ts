import type { ChartType, RulePreset, Rules } from '../schema/options.js';
import type { ResolvedRules } from './types.js';

/** 3 / d2 for subgroups of two, unrounded, as qicharts2 and PowerBI-SPC use it. */
const QIC_XMR_FACTOR = 3 / 1.128;

// What the NHS England SPC SQL has in common across its versions (v2.4, v2.6).
const MDC_SQL = {
  analysis: 'control-chart',
  screenOutliers: false,
  belowMinPoints: 'withhold',
  minPointsScope: 'chart',
  targetOnLimit: 'inclusive',
  conflict: 'improvement',
  trendAcrossPartitions: true,
  shiftAcrossPartitions: false,
  twoOfThreeAcrossPartitions: false,
  screening: 'sql',
  xmrFactor: 2.66,
  rareEvents: 'mdc',
  baselineScope: 'first-partition',
} as const;

const PRESETS: Readonly<Record<RulePreset, ResolvedRules>> = {
  // NHS England SPC SQL v2.6 (Jan 2024), the current Making Data Count definition.
  mdc: {
    ...MDC_SQL,
    preset: 'mdc',
    shift: 6,
    trend: 6,
    twoOfThree: 'beyond-2-sigma',
    minPoints: 13,
  },
  // SQL v2.4 (Aug 2022).
  'mdc-2022': {
    ...MDC_SQL,
    preset: 'mdc-2022',
    shift: 7,
    trend: 7,
    twoOfThree: 'between-2-and-3-sigma',
    minPoints: 15,
  },
  // MDC Excel single chart tool v5.0, as its XmR testing document describes it: as the SQL, but shift
  // and two-of-three runs cross a recalculation, a baseline overrides recalculations, and a point
  // beyond three sigma "does not count" for two-of-three.
  'mdc-excel': {
    ...MDC_SQL,
    preset: 'mdc-excel',
    shift: 6,
    trend: 6,
    twoOfThree: 'between-2-and-3-sigma',
    minPoints: 13,
    shiftAcrossPartitions: true,
    twoOfThreeAcrossPartitions: true,
    baselineScope: 'whole-chart',
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
    minPointsScope: 'partition',
    targetOnLimit: 'strict',
    conflict: 'precedence',
    trendAcrossPartitions: false,
    shiftAcrossPartitions: false,
    twoOfThreeAcrossPartitions: false,
    screening: 'strict',
    xmrFactor: 2.66,
    rareEvents: 'qic',
    baselineScope: 'each-partition',
  },
  // qicharts2 0.8.1: Shewhart's 3-sigma rule on its own limits, the Anhøj runs analysis per part, no
  // minimum number of points, and its own T and G charts.
  qic: {
    preset: 'qic',
    analysis: 'control-chart',
    shift: 0,
    trend: 0,
    twoOfThree: 'off',
    screenOutliers: false,
    minPoints: 1,
    belowMinPoints: 'trial',
    minPointsScope: 'partition',
    targetOnLimit: 'strict',
    conflict: 'precedence',
    trendAcrossPartitions: false,
    shiftAcrossPartitions: false,
    twoOfThreeAcrossPartitions: false,
    screening: 'strict',
    xmrFactor: QIC_XMR_FACTOR,
    rareEvents: 'qic',
    baselineScope: 'each-partition',
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
    minPointsScope: 'partition',
    targetOnLimit: 'strict',
    conflict: 'precedence',
    trendAcrossPartitions: false,
    shiftAcrossPartitions: false,
    twoOfThreeAcrossPartitions: false,
    screening: 'strict',
    xmrFactor: QIC_XMR_FACTOR,
    rareEvents: 'qic',
    baselineScope: 'each-partition',
  },
};

// qicharts2 0.8.1 screens the moving ranges of its I-chart family when attached (option qic.screenedmr):
// P′ and U′ follow it under every preset; T only where T follows qicharts2.
const QICHARTS_SCREENED: ReadonlySet<ChartType> = new Set<ChartType>(['pp', 'up']);

/**
 * The effective rule settings: the preset (default `mdc`) with any overrides applied.
 *
 * `screenOutliers` defaults to the preset for XmR, MR and (under the MDC presets) T charts; for P′
 * and U′ charts, and for T charts that follow qicharts2, it defaults to on as qicharts2 does, unless
 * `screenOutliers` is given.
 */
export function resolveRules(rules: Rules = 'mdc', chart: ChartType = 'xmr'): ResolvedRules {
  const options = typeof rules === 'string' ? { preset: rules } : rules;
  const base = PRESETS[options.preset ?? 'mdc'];
  const qicScreened = QICHARTS_SCREENED.has(chart) || (chart === 't' && base.rareEvents === 'qic');
  return {
    ...base,
    shift: options.shift ?? base.shift,
    trend: options.trend ?? base.trend,
    twoOfThree: options.twoOfThree ?? base.twoOfThree,
    screenOutliers: options.screenOutliers ?? (qicScreened ? true : base.screenOutliers),
    // P′ and U′ are qicharts2's charts whatever the preset, so are their screening rules.
    screening: QICHARTS_SCREENED.has(chart) ? 'strict' : base.screening,
    minPoints: options.minPoints ?? base.minPoints,
    targetOnLimit: options.targetOnLimit ?? base.targetOnLimit,
    conflict: options.conflict ?? base.conflict,
  };
}
