import { a3, c4, c5 } from './gamma.js';
import {
  centreOnly,
  zeroSpread,
  setPartitionLines,
  type ChartContext,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';

/**
 * Xbar and S charts as qicharts2 0.8.1 (qic.xbar, qic.s), after Montgomery 6.29–6.31. The spread is
 * s̄ (mean of subgroup SDs) when every subgroup of the partition has the same size, else the pooled
 * SD √(Σ(nᵢ − 1)sᵢ² / Σ(nᵢ − 1)); the constants A3, B3, B4 are exact (from c4) for each subgroup's size.
 * Subgroups with no values are ignored when deciding whether sizes vary (qicharts2 counts them).
 */

function sizesVary(sizes: Float64Array, start: number, end: number): boolean {
  let first = NaN;
  for (let i = start; i <= end; i++) {
    const n = sizes[i] ?? 0;
    if (n < 1) continue;
    if (first !== first) first = n;
    else if (n !== first) return true;
  }
  return false;
}

function firstSize(sizes: Float64Array, start: number, end: number): number {
  for (let i = start; i <= end; i++) if ((sizes[i] ?? 0) >= 1) return sizes[i] ?? 0;
  return 0;
}

/** s̄ or pooled SD over the calculation subgroups; NaN when no subgroup has two values. */
function spread(ctx: ChartContext, part: PartitionCalc, vary: boolean): number {
  const sizes = ctx.series.denominator;
  const sds = ctx.series.sd ?? new Float64Array(0);
  let num = 0;
  let den = 0;
  let count = 0;
  for (let q = part.from; q < part.calcTo; q++) {
    const i = ctx.inc[q] ?? 0;
    const n = sizes[i] ?? 0;
    const s = sds[i] ?? NaN;
    if (vary) {
      if (s === s) num += (n - 1) * s * s;
      den += n - 1;
    } else if (s === s) {
      num += s;
      count++;
    }
  }
  if (vary) return den > 0 ? Math.sqrt(num / den) : NaN;
  return count > 0 ? num / count : NaN;
}

export function xbarLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const sizes = ctx.series.denominator;
  const means = ctx.series.numerator;
  let weighted = 0;
  let total = 0;
  for (let q = part.from; q < part.calcTo; q++) {
    const i = ctx.inc[q] ?? 0;
    weighted += (sizes[i] ?? 0) * (means[i] ?? 0);
    total += sizes[i] ?? 0;
  }
  const centre = total > 0 ? weighted / total : NaN;
  if (centre !== centre) return centreOnly(ctx, part, centre, 'too-few');
  const vary = sizesVary(sizes, part.start, part.end);
  const sd = spread(ctx, part, vary);
  if (sd === 0) return zeroSpread(ctx, part, centre);
  if (!(sd > 0)) return centreOnly(ctx, part, centre, 'too-few');
  // Limits vary with each subgroup's size: σᵢ = A3(nᵢ) × spread / 3 = spread / (c4(nᵢ) √nᵢ).
  setPartitionLines(ctx.lines, part, centre, NaN, NaN, NaN, NaN);
  const sigma = ctx.lines.sigma;
  if (sigma !== null) {
    for (let i = part.start; i <= part.end; i++) {
      const n = sizes[i] ?? 0;
      sigma[i] = n < 2 ? NaN : (a3(n, 3) * sd) / 3;
    }
  }
  const n = firstSize(sizes, part.start, part.end);
  return { centre, sigma: vary || n < 2 ? NaN : sd / (c4(n) * Math.sqrt(n)), status: 'ok' };
}

export function sLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const sizes = ctx.series.denominator;
  const vary = sizesVary(sizes, part.start, part.end);
  const centre = spread(ctx, part, vary);
  if (centre !== centre) return centreOnly(ctx, part, centre, 'too-few');
  if (centre === 0) return zeroSpread(ctx, part, centre);
  // B3 and B4 are 1 ∓ 3 c5/c4: the limits are centre ± 3σᵢ with σᵢ = (c5/c4) × centre, floored at 0.
  setPartitionLines(ctx.lines, part, centre, NaN, NaN, NaN, NaN);
  const sigma = ctx.lines.sigma;
  if (sigma !== null) {
    for (let i = part.start; i <= part.end; i++) {
      const n = sizes[i] ?? 0;
      sigma[i] = n < 2 ? NaN : (c5(n) / c4(n)) * centre;
    }
  }
  const n = firstSize(sizes, part.start, part.end);
  return { centre, sigma: vary || n < 2 ? NaN : (c5(n) / c4(n)) * centre, status: 'ok' };
}
