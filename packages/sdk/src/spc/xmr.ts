import {
  fillLines,
  centreOnly,
  zeroSpread,
  type ChartContext,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';
import { meanMovingRange, MR_UPPER, screenedSpread } from './moving-range.js';
import type { Segment } from './partitions.js';
import { meanAt } from './stats.js';

/** MDC's process limit factor: 3 / 1.128, rounded as in the MDC tools and NHSRplotthedots. */
export const XMR_LIMIT = 2.66;
/** The 2-sigma lines, as NHSRplotthedots: 2 × (2.66 / 3). */
export const XMR_NEAR = 2 * (XMR_LIMIT / 3);
/** d2 for subgroups of two. */
export const D2 = 1.128;

/**
 * XmR (individuals) chart: mean ± factor × mean moving range, the factor 2.66 (MDC,
 * NHSRplotthedots) or 3 / 1.128 (qicharts2), the 2-sigma lines at two thirds of it. With screening,
 * the preset decides which moving ranges are dropped and whether the mean moves (moving-range.ts).
 * A zero mean moving range puts every line on the mean.
 */
export function xmrLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const values = ctx.series.value;
  let centre = meanAt(values, ctx.inc, part.from, part.calcTo);
  if (part.calcTo - part.from < 2) {
    return centreOnly(ctx, part, centre, 'too-few');
  }
  const spread = screenedSpread(
    values,
    ctx.inc,
    part.from,
    part.calcTo,
    ctx.screen ? ctx.rules.screening : 'off',
  );
  if (spread.mean === spread.mean) centre = spread.mean;
  const mrBar = spread.mrBar;
  if (mrBar === 0) return zeroSpread(ctx, part, centre);
  if (!(mrBar > 0)) return centreOnly(ctx, part, centre, 'too-few');
  const factor = ctx.rules.xmrFactor;
  const near = (2 / 3) * factor;
  fillLines(
    ctx.lines,
    part,
    centre,
    centre - factor * mrBar,
    centre + factor * mrBar,
    centre - near * mrBar,
    centre + near * mrBar,
  );
  return { centre, sigma: mrBar / D2, status: 'ok' };
}

/**
 * MR chart values: the moving range between consecutive included points of each partition (the
 * first has none). An excluded point is drawn with its range from the previous included point but
 * the next range skips it, as on the XmR chart.
 */
export function fillMovingRanges(
  values: Float64Array,
  excluded: Uint8Array,
  segments: readonly Segment[],
  out: Float64Array,
): void {
  for (const segment of segments) {
    let prev = NaN;
    for (let i = segment.start; i <= segment.end; i++) {
      const v = values[i] ?? NaN;
      if (v !== v) continue;
      out[i] = Math.abs(v - prev);
      if (excluded[i] === 0) prev = v;
    }
  }
}

/** MR chart limits: centre MRbar, upper limit 3.267 × MRbar, lower 0 (as qicharts2 qic.mr). */
export function mrLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const mrBar = meanMovingRange(ctx.series.value, ctx.inc, part.from, part.calcTo, false);
  if (mrBar === 0) return zeroSpread(ctx, part, 0);
  if (!(mrBar > 0)) return centreOnly(ctx, part, mrBar, 'too-few');
  fillLines(ctx.lines, part, mrBar, 0, MR_UPPER * mrBar, 0, (MR_UPPER / 3) * 2 * mrBar);
  return { centre: mrBar, sigma: mrBar / D2, status: 'ok' };
}
