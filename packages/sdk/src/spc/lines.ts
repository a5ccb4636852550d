import type { Series } from './series.js';
import type { ResolvedRules } from './types.js';

/**
 * Centre and limit lines. Charts whose lines are the same for a whole partition (XmR, MR, c, g, t,
 * run) keep five numbers per partition. Charts whose limits move with each point's denominator or
 * subgroup size (p, p′, u, u′, Xbar, S) keep the partition's centre and one sigma per point: their
 * lines are centre ± 3σᵢ and ± 2σᵢ, clipped to [floor, ceiling] (0 and 1 for proportions), which is
 * also how qicharts2 forms them. NaN where a line does not exist.
 */
export interface Lines {
  /** Partition k: centre, lower, upper, lowerNear, upperNear at 5k … 5k + 4. */
  readonly byPartition: Float64Array;
  /** Per-point sigma for limits that vary point by point, else null. */
  readonly sigma: Float64Array | null;
  /** Lowest and highest value a line may take (clipping). */
  readonly floor: number;
  readonly ceiling: number;
}

export const CENTRE = 0;
export const LOWER = 1;
export const UPPER = 2;
export const LOWER_NEAR = 3;
export const UPPER_NEAR = 4;

export interface LineShape {
  readonly perPoint: boolean;
  readonly floor: number;
  readonly ceiling: number;
}

/** Every chart writes every point of each partition, so the sigma array starts unfilled. */
export function createLines(partitions: number, length: number, shape: LineShape): Lines {
  return {
    byPartition: new Float64Array(partitions * 5).fill(NaN),
    sigma: shape.perPoint ? new Float64Array(length) : null,
    floor: shape.floor,
    ceiling: shape.ceiling,
  };
}

/** The lines common to partition `part` (a per-point sigma, if any, is the caller's to write). */
export function setPartitionLines(
  lines: Lines,
  part: PartitionCalc,
  centre: number,
  lower: number,
  upper: number,
  lowerNear: number,
  upperNear: number,
): void {
  const k = part.index * 5;
  const b = lines.byPartition;
  b[k + CENTRE] = centre;
  b[k + LOWER] = lower;
  b[k + UPPER] = upper;
  b[k + LOWER_NEAR] = lowerNear;
  b[k + UPPER_NEAR] = upperNear;
}

/** The same lines for every point of partition `part` (no per-point sigma). */
export function fillLines(
  lines: Lines,
  part: PartitionCalc,
  centre: number,
  lower: number,
  upper: number,
  lowerNear: number,
  upperNear: number,
): void {
  setPartitionLines(lines, part, centre, lower, upper, lowerNear, upperNear);
  lines.sigma?.fill(NaN, part.start, part.end + 1);
}

/** Removes the limits of partition `index` (points start … end), keeping the centre. */
export function clearLimits(lines: Lines, index: number, start: number, end: number): void {
  lines.byPartition.fill(NaN, index * 5 + LOWER, index * 5 + 5);
  lines.sigma?.fill(NaN, start, end + 1);
}

/** centre + k·σ within the floor and ceiling (NaN stays NaN). */
export function clip(lines: Lines, value: number): number {
  return value < lines.floor ? lines.floor : value > lines.ceiling ? lines.ceiling : value;
}

/** Line `which` (CENTRE … UPPER_NEAR) at point i of partition k. */
export function lineAt(lines: Lines, which: number, k: number, i: number): number {
  const sigma = lines.sigma;
  const fixed = lines.byPartition[k * 5 + which] ?? NaN;
  if (sigma === null || which === CENTRE) return fixed;
  const centre = lines.byPartition[k * 5 + CENTRE] ?? NaN;
  const s = sigma[i] ?? NaN;
  if (s !== s) return fixed;
  const offset =
    which === LOWER ? -3 * s : which === UPPER ? 3 * s : which === LOWER_NEAR ? -2 * s : 2 * s;
  return clip(lines, centre + offset);
}

/** Why a partition has, or has not, limits. */
export type LimitStatus = 'ok' | 'too-few' | 'no-variation' | 'no-limits';

export interface PartitionLimits {
  centre: number;
  /** One sigma of the plotted statistic when it is the same for the whole partition; else NaN. */
  sigma: number;
  status: LimitStatus;
}

/** One partition to calculate: its points and the included points used for centre and limits. */
export interface PartitionCalc {
  /** Partition number (0-based). */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Included points: inc[from] … inc[to − 1]. */
  readonly from: number;
  readonly to: number;
  /** The calculation (baseline) uses inc[from] … inc[calcTo − 1]. */
  readonly calcTo: number;
}

export interface ChartContext {
  readonly series: Series;
  readonly inc: Int32Array;
  readonly lines: Lines;
  readonly excluded: Uint8Array;
  readonly screen: boolean;
  /** The rule settings in force (screening method, XmR factor, T and G definitions). */
  readonly rules: ResolvedRules;
}

export type ChartLimits = (ctx: ChartContext, part: PartitionCalc) => PartitionLimits;

/**
 * A partition whose spread is zero: every line on the centre, as the MDC SQL (mean ± 2.66 × 0),
 * NHSRplotthedots, qicharts2 and PowerBI-SPC draw it, so points off the centre are judged against them.
 */
export function zeroSpread(
  ctx: ChartContext,
  part: PartitionCalc,
  centre: number,
  lowerNear: number = centre,
  upperNear: number = centre,
): PartitionLimits {
  fillLines(ctx.lines, part, centre, centre, centre, lowerNear, upperNear);
  // Charts with per-point limits read centre ± k × σᵢ: a zero σᵢ keeps them on the centre too.
  ctx.lines.sigma?.fill(0, part.start, part.end + 1);
  return { centre, sigma: 0, status: 'no-variation' };
}

/** A partition with a centre line (or none) and no limits. */
export function centreOnly(
  ctx: ChartContext,
  part: PartitionCalc,
  centre: number,
  status: LimitStatus,
): PartitionLimits {
  fillLines(ctx.lines, part, centre, NaN, NaN, NaN, NaN);
  return { centre, sigma: NaN, status };
}
