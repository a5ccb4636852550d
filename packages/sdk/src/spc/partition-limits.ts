import type { ChartType } from '../schema/options.js';
import { cLimits, pLimits, uLimits } from './attribute.js';
import { ppLimits, upLimits } from './laney.js';
import {
  clearLimits,
  lineAt,
  LOWER,
  UPPER,
  type ChartContext,
  type ChartLimits,
  type LineShape,
  type Lines,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';
import type { Included, Segment } from './partitions.js';
import { gLimits, tLimits } from './rare-events.js';
import { runChartLines } from './run-chart.js';
import { sLimits, xbarLimits } from './subgroup.js';
import type { ResolvedRules, RunsAnalysis, SpcPartition, SpcWarning } from './types.js';
import { warning } from './warnings.js';
import { mrLimits, xmrLimits } from './xmr.js';

/** MDC SQL `@SettingMinimumPointsPartition`: a shorter partition keeps its limits, with a warning. */
const MDC_PARTITION_MINIMUM = 12;

/** The limits of each chart type (run charts have their own, see run-chart.ts). */
const LIMITS: Readonly<Record<Exclude<ChartType, 'run'>, ChartLimits>> = {
  xmr: xmrLimits,
  mr: mrLimits,
  p: pLimits,
  pp: ppLimits,
  u: uLimits,
  up: upLimits,
  c: cLimits,
  g: gLimits,
  t: tLimits,
  xbar: xbarLimits,
  s: sLimits,
};

/** Charts whose limits move with each point's denominator or subgroup size, and their clipping. */
export function lineShape(chart: ChartType): LineShape {
  switch (chart) {
    case 'p':
    case 'pp':
      return { perPoint: true, floor: 0, ceiling: 1 };
    case 'u':
    case 'up':
    case 's':
      return { perPoint: true, floor: 0, ceiling: Infinity };
    case 'xbar':
      return { perPoint: true, floor: -Infinity, ceiling: Infinity };
    default:
      return { perPoint: false, floor: -Infinity, ceiling: Infinity };
  }
}

/** What every partition's limits are computed from. */
export interface LimitsSetup {
  readonly ctx: ChartContext;
  /** The plotted values (the moving ranges on an MR chart). */
  readonly plotted: Float64Array;
  /** Included points of the underlying values, and of the plotted values (the rules' points). */
  readonly base: Included;
  readonly ruled: Included;
  readonly baseline: number | undefined;
  readonly runChart: boolean;
  readonly chart: ChartType;
  readonly rules: ResolvedRules;
  readonly warnings: SpcWarning[];
}

/** A partition's limits and what they rest on. */
export interface PartitionWork {
  readonly segment: Segment;
  readonly limits: PartitionLimits;
  readonly points: number;
  readonly trial: boolean;
  readonly withheld: boolean;
}

/** Computes partition k's centre and limits, withholding or flagging short partitions. */
export function limitsFor(
  setup: LimitsSetup,
  segment: Segment,
  k: number,
  last: boolean,
): PartitionWork {
  const { ctx, plotted, base, ruled, runChart, chart, rules, warnings } = setup;
  // Under the MDC SQL a baseline fixes the limits of the partition it lies in; later ones get their own.
  const baseline = rules.baselineScope === 'first-partition' && k > 0 ? undefined : setup.baseline;
  const calc = (inc: Included): PartitionCalc => {
    const from = inc.offsets[k] ?? 0;
    const to = inc.offsets[k + 1] ?? 0;
    const calcTo = baseline === undefined ? to : Math.min(to, from + baseline);
    return { index: k, start: segment.start, end: segment.end, from, to, calcTo };
  };
  const ruleCalc = calc(ruled);
  const points = ruleCalc.to - ruleCalc.from;
  const chartScope = rules.minPointsScope === 'chart';
  const partitions = ruled.offsets.length - 1;
  // Too few to show limits at all; under the MDC SQL that is the chart's count, not the partition's.
  const short = (chartScope ? ruled.inc.length : points) < rules.minPoints;
  const partitionMinimum = chartScope ? MDC_PARTITION_MINIMUM : rules.minPoints;
  const trial = short || points < partitionMinimum;
  const partition = k + 1;
  let limits: PartitionLimits;
  if (runChart) {
    limits = runChartLines(plotted, ruled.inc, ctx.lines, ruleCalc);
  } else {
    const chartLimits = chart === 'run' ? xmrLimits : LIMITS[chart];
    limits = chartLimits(ctx, calc(base));
    if (limits.status === 'no-variation')
      warnings.push(
        warning('no-variation', 'spc.warning.noVariation', { partition }, { partition: k }),
      );
    else if (limits.status === 'too-few' && points > 0) {
      warnings.push(
        warning(
          'limits-unavailable',
          'spc.warning.limitsUnavailable',
          { partition },
          { partition: k },
        ),
      );
    }
  }
  let withheld = false;
  if (trial && !runChart) {
    const params = { partition, points, minPoints: short ? rules.minPoints : partitionMinimum };
    if (short && rules.belowMinPoints === 'withhold') {
      withheld = true;
      clearLimits(ctx.lines, k, segment.start, segment.end);
      if (chartScope && partitions > 1) {
        // One warning for the chart: no partition has limits.
        if (last) {
          warnings.push(
            warning('too-few-points', 'spc.warning.chartTooFewPoints', {
              points: ruled.inc.length,
              minPoints: rules.minPoints,
            }),
          );
        }
      } else {
        warnings.push(
          last
            ? warning('too-few-points', 'spc.warning.iconsWithheld', params, { partition: k })
            : warning('too-few-points', 'spc.warning.tooFewPoints', params, { partition: k }),
        );
      }
    } else if (limits.status === 'ok') {
      warnings.push(warning('trial-limits', 'spc.warning.trialLimits', params, { partition: k }));
    }
  } else if (trial && runChart && points > 0) {
    warnings.push(
      warning(
        'too-few-points',
        'spc.warning.fewForRuns',
        { partition, points, minPoints: rules.minPoints },
        { partition: k },
      ),
    );
  }
  if (baseline !== undefined && baseline > points && points > 0) {
    warnings.push(
      warning(
        'baseline-longer-than-partition',
        'spc.warning.baselineLonger',
        { baseline, partition, points },
        { partition: k },
      ),
    );
  }
  return { segment, limits, points, trial, withheld };
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The value of a line when it is the same finite number at every point of the partition, else null. */
function constantLine(
  lines: Lines,
  which: number,
  k: number,
  start: number,
  end: number,
): number | null {
  const first = lineAt(lines, which, k, start);
  if (!Number.isFinite(first)) return null;
  if (lines.sigma === null) return first;
  for (let i = start + 1; i <= end; i++) if (lineAt(lines, which, k, i) !== first) return null;
  return first;
}

/** The public partition record. */
export function partitionResult(
  w: PartitionWork,
  k: number,
  runs: RunsAnalysis | undefined,
  lines: Lines,
  chart: ChartType,
): SpcPartition {
  const { start, end } = w.segment;
  const analysis: RunsAnalysis = runs ?? {
    useful: 0,
    longestRun: null,
    longestRunMax: null,
    crossings: null,
    crossingsMin: null,
    signal: false,
  };
  // qicharts2 does not judge runs on an MR chart: consecutive moving ranges share a point.
  if (chart === 'mr') analysis.signal = false;
  return {
    start,
    end,
    centre: orNull(w.limits.centre),
    lower: constantLine(lines, LOWER, k, start, end),
    upper: constantLine(lines, UPPER, k, start, end),
    sigma: w.withheld ? null : orNull(w.limits.sigma),
    points: w.points,
    trial: w.trial,
    runs: analysis,
  };
}
