import type { ChartType } from '../schema/options.js';
import { classify } from './classify.js';
import { assuranceIcon, variationIcon } from './icons.js';
import type { SpcOptions } from './input.js';
import { createLines, lineAt, LOWER, UPPER, type ChartContext } from './lines.js';
import { limitsFor, lineShape, partitionResult } from './partition-limits.js';
import { excludedMask, includedPoints, segmentsFrom, type Included } from './partitions.js';
import { overflows } from './overflow.js';
import { buildPoints } from './points.js';
import { resolveRules } from './presets.js';
import { applyRules } from './rules.js';
import type { Series } from './series.js';
import type { SpcResult, SpcWarning, SpcX } from './types.js';
import { baselineWarnings, conflictWarning, warning } from './warnings.js';
import { fillMovingRanges } from './xmr.js';

/** Charts whose assurance is not assessed: rare events (as MDC), and charts of something else than y. */
const NO_ASSURANCE: ReadonlySet<ChartType> = new Set<ChartType>(['t', 'g', 'mr', 'run']);
const NO_DENOMINATOR: ReadonlySet<ChartType> = new Set<ChartType>(['c', 'g', 't', 'xbar', 's']);

/** Runs the analysis on checked input: limits, rules, icons, runs analysis, warnings, points. */
export function compute(
  data: readonly { x: SpcX }[],
  series: Series,
  options: SpcOptions,
): SpcResult {
  const { chart, improvement } = options;
  const target = options.target ?? null;
  const rules = resolveRules(options.rules, chart);
  const length = series.length;
  const warnings: SpcWarning[] = [];
  // The MDC Excel tool implements only the baseline when a chart has both.
  const rebaseIgnored =
    rules.baselineScope === 'whole-chart' &&
    options.baseline !== undefined &&
    (options.rebase?.length ?? 0) > 0;
  const segments = segmentsFrom(length, rebaseIgnored ? [] : (options.rebase ?? []));
  const excluded = excludedMask(length, options.exclude ?? []);
  const runChart = chart === 'run' || rules.analysis === 'run-chart';

  let plotted = series.value;
  if (chart === 'mr') {
    plotted = new Float64Array(length).fill(NaN);
    fillMovingRanges(series.value, excluded, segments, plotted);
  }
  const base = includedPoints(series.value, excluded, segments);
  const ruled = plotted === series.value ? base : includedPoints(plotted, excluded, segments);
  const lines = createLines(segments.length, length, lineShape(chart));
  const ctx: ChartContext = {
    series,
    inc: base.inc,
    lines,
    excluded,
    screen: rules.screenOutliers,
    rules,
  };

  const setup = {
    ctx,
    plotted,
    base,
    ruled,
    baseline: options.baseline,
    runChart,
    chart,
    rules,
    warnings,
  };
  const work = segments.map((segment, k) => {
    const w = limitsFor(setup, segment, k, k === segments.length - 1);
    if (!overflows(series, plotted, base, ruled, lines, k, segment, !runChart)) return w;
    // No line, rule or icon from numbers that overflowed: the partition is shown without them.
    lines.byPartition.fill(NaN, k * 5, k * 5 + 5);
    lines.sigma?.fill(NaN, segment.start, segment.end + 1);
    warnings.push(
      warning(
        'values-too-large',
        'spc.warning.valuesTooLarge',
        { partition: k + 1 },
        { partition: k },
      ),
    );
    return {
      ...w,
      withheld: true,
      limits: { centre: NaN, sigma: NaN, status: 'no-limits' as const },
    };
  });

  const ruleSettings =
    chart === 'mr'
      ? { ...rules, shift: 0, trend: 0, twoOfThree: 'off' as const }
      : { ...rules, runBreak: baselineBreak(ruled, options.baseline, rules) };
  const { bits, runs } = applyRules(plotted, ruled, lines, ruleSettings);
  const classes = classify(plotted, ruled, bits, improvement, rules.conflict);

  if (series.order !== null) {
    const key = series.xKind === 'number' ? 'spc.warning.sortedByX' : 'spc.warning.sortedByDate';
    warnings.push(warning('data-sorted', key));
  }
  if (length === 0) warnings.push(warning('no-data', 'spc.warning.noData'));
  else if (ruled.inc.length === 0)
    warnings.push(warning('all-excluded', 'spc.warning.allExcluded'));
  if (rebaseIgnored) {
    warnings.push(
      warning('rebase-ignored', 'spc.warning.rebaseIgnored', { baseline: options.baseline ?? 0 }),
    );
  }
  if (options.baseline !== undefined) {
    const firstOnly = rules.baselineScope === 'first-partition';
    baselineWarnings(ruled, bits, options.baseline, warnings, firstOnly);
  }
  conflictWarning(classes, rules, improvement, warnings);

  const partitions = work.map((w, k) => partitionResult(w, k, runs[k], lines, chart));
  const lastWork = work[work.length - 1];
  const lastIndex = ruled.inc.length > 0 ? (ruled.inc[ruled.inc.length - 1] ?? -1) : -1;
  const iconsShown =
    !runChart && chart !== 'mr' && lastIndex >= 0 && lastWork !== undefined && !lastWork.withheld;
  const variation = iconsShown
    ? variationIcon(classes.side[lastIndex] ?? 0, classes.type[lastIndex] ?? 0)
    : 'none';
  let assurance: SpcResult['assurance'] = null;
  if (target !== null) {
    if (improvement === 'neutral')
      warnings.push(warning('target-not-assessed', 'spc.warning.targetNeutral'));
    else if (runChart || NO_ASSURANCE.has(chart)) {
      warnings.push(
        warning('target-not-assessed', 'spc.warning.targetChart', {
          chart: runChart ? 'run' : chart,
        }),
      );
    } else if (iconsShown) {
      const k = lastWork === undefined ? 0 : work.length - 1;
      const lastPartition = partitionIndexOf(ruled, ruled.inc.length - 1, k);
      assurance = assuranceIcon(
        improvement,
        target,
        lineAt(lines, LOWER, lastPartition, lastIndex),
        lineAt(lines, UPPER, lastPartition, lastIndex),
        rules.targetOnLimit,
      );
    }
  }
  if (series.hasDenominator && NO_DENOMINATOR.has(chart)) {
    warnings.push(warning('denominator-ignored', 'spc.warning.denominatorIgnored', { chart }));
  }

  return {
    chart,
    improvement,
    target,
    rules,
    points: buildPoints({
      data,
      series,
      plotted,
      plottedIsY: plotted === series.numerator && series.firstRow === null,
      excluded,
      lines,
      segments,
      bits,
      classes,
    }),
    partitions,
    variation,
    assurance,
    warnings,
    problems: [],
  };
}

/**
 * Where the MDC SQL's baseline ends inside the first partition: there its points form partition 0,
 * so shifts and two-of-three runs restart after it (the trend alone spans partitions); −1 for none.
 */
function baselineBreak(
  ruled: Included,
  baseline: number | undefined,
  rules: ReturnType<typeof resolveRules>,
): number {
  if (baseline === undefined || rules.baselineScope !== 'first-partition') return -1;
  const end = (ruled.offsets[0] ?? 0) + baseline;
  return end < (ruled.offsets[1] ?? 0) ? end : -1;
}

/** The partition of included position q (searching back from partition `k`). */
function partitionIndexOf(included: Included, q: number, k: number): number {
  let p = k;
  while (p > 0 && (included.offsets[p] ?? 0) > q) p--;
  return p;
}
