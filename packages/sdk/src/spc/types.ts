import type { SpcWarningKey } from '../i18n/messages/spc-warnings.js';
import type { Problem } from '../problems.js';
import type {
  AssuranceIcon,
  ChartType,
  Improvement,
  PointType,
  RulePreset,
  Signal,
  VariationIcon,
} from '../schema/options.js';

/** An x value as given: an ISO date string, a number or a Date (passed through unchanged). */
export type SpcX = string | number | Date;

export type SpcSide = 'high' | 'low';

/** One plotted point (one data row; for Xbar and S charts one subgroup), in x order. */
export interface SpcPoint {
  /**
   * Position in `points` (0-based), which are in x order whatever the order of `data`; `rebase`
   * and `exclude` use the same numbering.
   */
  index: number;
  /** The caller's row in `data` (for Xbar and S charts the subgroup's first row in x order). */
  row: number;
  x: SpcX;
  /** The plotted value: y, y/n for p/u charts and rates, the moving range, the subgroup mean or SD. */
  y: number | null;
  /** Denominator (p, u, rates) or subgroup size (Xbar, S). */
  n?: number | undefined;
  centre: number | null;
  /** Lower process (control) limit, 3 sigma. */
  lower: number | null;
  upper: number | null;
  /** The 2-sigma lines used by the two-of-three rule. */
  lowerNear: number | null;
  upperNear: number | null;
  /** Index into `partitions`. */
  partition: number;
  /** Drawn but left out of every calculation (excluded by the caller). */
  ghost: boolean;
  /** Rules this point is part of, in the order astronomical, shift, trend, two-of-three. */
  signals: readonly Signal[];
  /** The side of the special cause after resolving conflicts; null for common cause. */
  side: SpcSide | null;
  type: PointType;
}

/** Anhøj runs analysis of one partition (points exactly on the centre line are dropped). */
export interface RunsAnalysis {
  /** Points not on the centre line. */
  useful: number;
  longestRun: number | null;
  /** A longest run above this signals: round(log2(useful)) + 3. */
  longestRunMax: number | null;
  crossings: number | null;
  /** Fewer crossings than this signals: qbinom(0.05, useful − 1, 0.5). */
  crossingsMin: number | null;
  signal: boolean;
}

/** A stretch of points sharing one centre line and one set of limits. */
export interface SpcPartition {
  /** First and last point index (inclusive). */
  start: number;
  end: number;
  centre: number | null;
  /** The limits when they are the same for every point of the partition, else null (see points). */
  lower: number | null;
  upper: number | null;
  /** One sigma of the plotted statistic when constant (XmR and MR: MRbar / 1.128), else null. */
  sigma: number | null;
  /** Points used by the rules: not excluded, not missing. */
  points: number;
  /** Fewer points than the rules' minimum: limits are provisional (or withheld, by preset). */
  trial: boolean;
  runs: RunsAnalysis;
}

export type SpcWarningCode =
  | 'no-data'
  | 'all-excluded'
  | 'too-few-points'
  | 'trial-limits'
  | 'limits-unavailable'
  | 'no-variation'
  | 'baseline-special-cause'
  | 'baseline-longer-than-partition'
  | 'conflicting-signals'
  | 'target-not-assessed'
  | 'denominator-ignored'
  | 'rebase-not-found'
  | 'data-sorted'
  | 'values-too-large'
  | 'rebase-ignored';

export interface SpcWarning {
  code: SpcWarningCode;
  /** English text, e.g. for logs; `describeSpcWarning(warning, locale)` words it in Welsh too. */
  message: string;
  /** The message's catalogue key (`spc.warning.*`), for hosts with their own catalogue. */
  messageKey: SpcWarningKey;
  /**
   * The values the message names: numbers as numbers, `chart` as a chart id (`xmr`), `date` as
   * given. The same `{name}` placeholders as the catalogue's messages.
   */
  params: Record<string, string | number>;
  /** The partition concerned, when there is one. */
  partition?: number;
  /** The points concerned, when there are some (at most 20 listed). */
  points?: number[];
}

/** The rule settings in force: a preset filled in with any overrides. */
export interface ResolvedRules {
  preset: RulePreset;
  /** 'run-chart': median centre, Anhøj runs analysis only, no limits or icons. */
  analysis: 'control-chart' | 'run-chart';
  /** Points in a shift (0: rule off). */
  shift: number;
  /** Points in a trend, counting both ends (0: rule off). */
  trend: number;
  twoOfThree: 'beyond-2-sigma' | 'between-2-and-3-sigma' | 'off';
  /** Drop moving ranges ≥ 3.267 × their mean before the limits (XmR, T, P′, U′). */
  screenOutliers: boolean;
  /** Points a partition needs before its limits are final. */
  minPoints: number;
  /** 'withhold': no limits below minPoints and no icons (MDC); 'trial': limits with a warning (NHSR). */
  belowMinPoints: 'withhold' | 'trial';
  /**
   * What `minPoints` counts: the points of the whole chart ('chart', MDC SQL: "fewer than 13
   * non-ghosted points so displayed as a run chart", a partition under 12 points only warned of), or
   * of each partition ('partition').
   */
  minPointsScope: 'chart' | 'partition';
  /** 'inclusive': a target on a limit passes or fails (MDC); 'strict': it is hit or miss (NHSR). */
  targetOnLimit: 'inclusive' | 'strict';
  /**
   * A point with signals on both sides: the 'improvement' side wins (MDC default, Excel tool), the
   * 'concern' side wins (MDC SQL `MetricConflictRule` = Concern), or rule 'precedence' (NHSR).
   */
  conflict: 'improvement' | 'concern' | 'precedence';
  /** A trend may run across a rebase (MDC SQL since v2.2) or stays within its partition (NHSR). */
  trendAcrossPartitions: boolean;
  /** A shift, and a two-of-three run, may continue across a rebase (MDC Excel tool v5.0). */
  shiftAcrossPartitions: boolean;
  twoOfThreeAcrossPartitions: boolean;
  /**
   * How screening drops moving ranges: 'sql' keeps MR ≤ 3.267 × MRbar and leaves the points whose
   * range was dropped out of the mean (MDC SQL); 'strict' keeps MR < 3.267 × MRbar and keeps the
   * mean (NHSRplotthedots, qicharts2).
   */
  screening: 'sql' | 'strict';
  /** XmR limit factor: 2.66 (MDC, NHSRplotthedots) or 3 / 1.128 (qicharts2). */
  xmrFactor: number;
  /** T and G chart definitions: MDC SQL v2.6 ('mdc') or qicharts2 0.8.1 ('qic'). */
  rareEvents: 'mdc' | 'qic';
  /**
   * What `baseline` fixes when the chart is also rebased: the first N points of every partition
   * ('each-partition', NHSRplotthedots `fix_after_n_points` per rebase group), of the first partition
   * only, later partitions getting their own limits ('first-partition', MDC SQL), or of the whole
   * chart, rebases being ignored ('whole-chart', MDC Excel tool: "only the baseline is implemented").
   */
  baselineScope: 'each-partition' | 'first-partition' | 'whole-chart';
}

export interface SpcResult {
  chart: ChartType;
  improvement: Improvement;
  target: number | null;
  rules: ResolvedRules;
  /**
   * One per data row (one per subgroup on Xbar and S charts). Above 50,000 points the objects are
   * created on first access; the array behaves as a plain one except that `structuredClone` needs
   * `Array.from(points)` first.
   */
  points: SpcPoint[];
  partitions: SpcPartition[];
  variation: VariationIcon;
  assurance: AssuranceIcon | null;
  warnings: SpcWarning[];
  /** Why the input could not be analysed; empty when it was. */
  problems: Problem[];
}
