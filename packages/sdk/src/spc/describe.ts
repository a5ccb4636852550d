import type { MessageKey } from '../i18n/catalogues.js';
import { formatNumber } from '../i18n/format.js';
import { spcMessages } from '../i18n/messages/spc.js';
import {
  registerMessages,
  translatePluralRegistered,
  translateRegistered,
  type Params,
} from '../i18n/registry.js';
import type { SpcPartition, SpcPoint, SpcResult, SpcSide, SpcWarning } from './types.js';

export interface DescribeOptions {
  /** Formats values such as the target; by default the locale's number format. */
  formatValue?: (value: number) => string;
  /** Decimal places for the default format (default: up to 2). */
  decimals?: number;
  /** Unit after values: '%' is attached ("95%"), anything else follows a space ("5 days"). */
  unit?: string;
}

// The SPC part is registered on use, so a bundle without describe* carries none of its words.
function translate(locale: string, key: MessageKey, params?: Params): string {
  registerMessages(spcMessages);
  return translateRegistered(locale, key, params);
}

function translatePlural(locale: string, key: string, count: number, params?: Params): string {
  registerMessages(spcMessages);
  return translatePluralRegistered(locale, key, count, params);
}

const included = (p: SpcPoint | undefined): p is SpcPoint =>
  p !== undefined && !p.ghost && p.y !== null;

function centreWord(result: SpcResult, locale: string): string {
  const median =
    result.chart === 'run' || result.chart === 'g' || result.rules.analysis === 'run-chart';
  return translate(locale, median ? 'spc.centre.median' : 'spc.centre.mean');
}

function formatValue(value: number, locale: string, options: DescribeOptions): string {
  const text = options.formatValue
    ? options.formatValue(value)
    : formatNumber(locale, value, { maximumFractionDigits: options.decimals ?? 2 });
  if (options.unit === undefined || options.unit === '') return text;
  return options.unit === '%' ? `${text}%` : `${text} ${options.unit}`;
}

function sentences(parts: readonly string[]): string {
  return parts.length === 0 ? '' : `${parts.join('. ')}.`;
}

/** The included point before (step −1) or after (step 1) `index`, within the partition unless `anyPartition`. */
function neighbour(
  result: SpcResult,
  index: number,
  step: 1 | -1,
  anyPartition: boolean,
): SpcPoint | undefined {
  const partition = result.points[index]?.partition;
  for (let i = index + step; i >= 0 && i < result.points.length; i += step) {
    const p = result.points[i];
    if (p === undefined || (!anyPartition && p.partition !== partition)) return undefined;
    if (included(p)) return p;
  }
  return undefined;
}

function sideOfCentre(p: SpcPoint): SpcSide | null {
  if (p.y === null || p.centre === null || p.y === p.centre) return null;
  return p.y > p.centre ? 'high' : 'low';
}

/** Points in the run on `side` of the centre through `point`, looking back only or both ways. */
function runLength(result: SpcResult, point: SpcPoint, side: SpcSide, bothWays: boolean): number {
  const across = result.rules.shiftAcrossPartitions;
  let count = 1;
  for (
    let p = neighbour(result, point.index, -1, across);
    p && sideOfCentre(p) === side;
    p = neighbour(result, p.index, -1, across)
  )
    count++;
  if (bothWays) {
    for (
      let p = neighbour(result, point.index, 1, across);
      p && sideOfCentre(p) === side;
      p = neighbour(result, p.index, 1, across)
    )
      count++;
  }
  return count;
}

/** Points in the strictly rising (1) or falling (−1) sequence through `point`. */
function trendLength(
  result: SpcResult,
  point: SpcPoint,
  direction: 1 | -1,
  bothWays: boolean,
): number {
  const across = result.rules.trendAcrossPartitions;
  const rises = (a: SpcPoint, b: SpcPoint): boolean => ((b.y ?? 0) - (a.y ?? 0)) * direction > 0;
  let count = 1;
  let current = point;
  for (
    let p = neighbour(result, current.index, -1, across);
    p && rises(p, current);
    p = neighbour(result, p.index, -1, across)
  ) {
    count++;
    current = p;
  }
  if (bothWays) {
    current = point;
    for (
      let p = neighbour(result, current.index, 1, across);
      p && rises(current, p);
      p = neighbour(result, p.index, 1, across)
    ) {
      count++;
      current = p;
    }
  }
  return count;
}

function variationKey(point: SpcPoint): MessageKey {
  if (point.type === 'improvement') return 'spc.variation.improvement';
  if (point.type === 'concern') return 'spc.variation.concern';
  return 'spc.variation.neither';
}

/** Why the last point is special cause, in words, e.g. "the last 7 points are above the mean". */
function reasons(result: SpcResult, last: SpcPoint, locale: string): string[] {
  const centre = centreWord(result, locale);
  const all: { side: SpcSide; text: string }[] = [];
  if (last.signals.includes('astronomical')) {
    const high = last.upper !== null && last.y !== null && last.y > last.upper;
    all.push({
      side: high ? 'high' : 'low',
      text: translate(locale, high ? 'spc.reason.aboveUpper' : 'spc.reason.belowLower'),
    });
  }
  if (last.signals.includes('trend')) {
    for (const direction of [1, -1] as const) {
      const count = trendLength(result, last, direction, false);
      if (count >= result.rules.trend && count > 1) {
        const key = direction === 1 ? 'spc.reason.trendUp' : 'spc.reason.trendDown';
        all.push({
          side: direction === 1 ? 'high' : 'low',
          text: translatePlural(locale, key, count),
        });
      }
    }
  }
  if (last.signals.includes('two-of-three')) {
    const side = sideOfCentre(last) ?? 'high';
    let count = 0;
    let p: SpcPoint | undefined = last;
    const across = result.rules.twoOfThreeAcrossPartitions;
    for (let k = 0; k < 3 && p; k++, p = neighbour(result, p.index, -1, across)) {
      if (p.signals.includes('two-of-three') && sideOfCentre(p) === side) count++;
    }
    const key = side === 'high' ? 'spc.reason.twoOfThreeHigh' : 'spc.reason.twoOfThreeLow';
    all.push({ side, text: translate(locale, key, { count: formatNumber(locale, count) }) });
  }
  if (last.signals.includes('shift')) {
    const side = sideOfCentre(last);
    if (side !== null) {
      const count = runLength(result, last, side, false);
      const key = side === 'high' ? 'spc.reason.runAbove' : 'spc.reason.runBelow';
      all.push({ side, text: translatePlural(locale, key, count, { centre }) });
    }
  }
  const matching = all.filter((r) => r.side === last.side);
  return (matching.length > 0 ? matching : all).map((r) => r.text);
}

function runsSentence(result: SpcResult, partition: SpcPartition, locale: string): string {
  const centre = centreWord(result, locale);
  const runs = partition.runs;
  if (runs.useful < 2 || runs.longestRun === null || runs.crossings === null) {
    return translate(locale, 'spc.runs.tooFew', { centre });
  }
  if (!runs.signal) return translate(locale, 'spc.runs.random', { centre });
  const parts: string[] = [];
  if (runs.longestRunMax !== null && runs.longestRun > runs.longestRunMax) {
    parts.push(
      translate(locale, 'spc.runs.longRun', {
        count: formatNumber(locale, runs.longestRun),
        max: formatNumber(locale, runs.longestRunMax),
        centre,
      }),
    );
  }
  if (runs.crossingsMin !== null && runs.crossings < runs.crossingsMin) {
    parts.push(
      translatePlural(locale, 'spc.runs.fewCrossings', runs.crossings, {
        min: formatNumber(locale, runs.crossingsMin),
        centre,
      }),
    );
  }
  return translate(locale, 'spc.runs.nonRandom', { reasons: parts.join('; ') });
}

/**
 * A short plain-language summary of a result for screen readers and tooltips, in English or Welsh:
 * the variation (with the reason for the last point), then the assurance against the target.
 * "Not enough data" is its own state. Run charts and MR charts are summarised by their own tests.
 */
export function describeSpc(
  result: SpcResult,
  locale: string,
  options: DescribeOptions = {},
): string {
  if (result.problems.length > 0) return sentences([translate(locale, 'spc.describe.problems')]);
  const lastPartition = result.partitions[result.partitions.length - 1];
  let last: SpcPoint | undefined;
  for (let i = result.points.length - 1; i >= 0 && last === undefined; i--) {
    if (included(result.points[i])) last = result.points[i];
  }
  if (last === undefined || lastPartition === undefined)
    return sentences([translate(locale, 'spc.describe.noData')]);

  if (result.chart === 'run' || result.rules.analysis === 'run-chart') {
    return sentences([runsSentence(result, lastPartition, locale)]);
  }
  if (result.chart === 'mr') {
    const high = result.points.filter((p) => p.signals.includes('astronomical')).length;
    return sentences([
      high === 0 ? translate(locale, 'spc.mr.none') : translatePlural(locale, 'spc.mr.high', high),
    ]);
  }
  const withheld = result.warnings.find(
    (w) => w.code === 'too-few-points' && w.partition === result.partitions.length - 1,
  );
  if (result.variation === 'none' && withheld !== undefined) {
    return sentences([
      translate(locale, 'spc.describe.notEnoughData', {
        minPoints: formatNumber(locale, result.rules.minPoints),
        points: formatNumber(locale, lastPartition.points),
      }),
    ]);
  }

  const parts: string[] = [];
  if (result.variation === 'common-cause')
    parts.push(translate(locale, 'spc.variation.commonCause'));
  else if (result.variation !== 'none') {
    const why = reasons(result, last, locale);
    const kind = translate(locale, variationKey(last));
    parts.push(why.length > 0 ? `${kind}: ${why.join('; ')}` : kind);
  }
  if (result.assurance !== null && result.target !== null) {
    const target = formatValue(result.target, locale, options);
    const key: MessageKey =
      result.assurance === 'pass'
        ? 'spc.assurance.pass'
        : result.assurance === 'fail'
          ? 'spc.assurance.fail'
          : 'spc.assurance.hitOrMiss';
    parts.push(translate(locale, key, { target }));
  }
  return sentences(parts);
}

/**
 * The signals of one point in words, e.g. "Special cause of a concerning nature. Above the upper
 * process limit. Part of a run of 6 points above the mean."
 */
export function describePoint(point: SpcPoint, result: SpcResult, locale: string): string {
  if (point.y === null) return sentences([translate(locale, 'spc.point.missing')]);
  if (point.ghost) return sentences([translate(locale, 'spc.point.excluded')]);
  if (point.signals.length === 0) return sentences([translate(locale, 'spc.point.commonCause')]);
  if (result.chart === 'mr') return sentences([translate(locale, 'spc.point.mrHigh')]);
  const centre = centreWord(result, locale);
  const parts = [translate(locale, variationKey(point))];
  if (point.signals.includes('astronomical')) {
    const high = point.upper !== null && point.y > point.upper;
    parts.push(translate(locale, high ? 'spc.point.aboveUpper' : 'spc.point.belowLower'));
  }
  if (point.signals.includes('trend')) {
    for (const direction of [1, -1] as const) {
      const count = trendLength(result, point, direction, true);
      if (count >= result.rules.trend && count > 1) {
        const key = direction === 1 ? 'spc.point.trendUp' : 'spc.point.trendDown';
        parts.push(translatePlural(locale, key, count));
      }
    }
  }
  if (point.signals.includes('two-of-three')) {
    parts.push(
      translate(
        locale,
        sideOfCentre(point) === 'low' ? 'spc.point.twoOfThreeLow' : 'spc.point.twoOfThreeHigh',
      ),
    );
  }
  if (point.signals.includes('shift')) {
    const side = sideOfCentre(point);
    if (side !== null) {
      const key = side === 'high' ? 'spc.point.runAbove' : 'spc.point.runBelow';
      parts.push(translatePlural(locale, key, runLength(result, point, side, true), { centre }));
    }
  }
  return sentences(parts);
}

/**
 * An `SpcWarning` in `locale`'s words (English and Welsh built in; English where a language has
 * no catalogue): its numbers in the locale's format and its chart named in that language.
 */
export function describeSpcWarning(warning: SpcWarning, locale: string): string {
  const params: Params = {};
  for (const [name, value] of Object.entries(warning.params)) {
    params[name] =
      typeof value === 'number'
        ? formatNumber(locale, value)
        : name === 'chart'
          ? translate(locale, `spc.chart.${value}` as MessageKey)
          : value;
  }
  return translate(locale, warning.messageKey, params);
}
