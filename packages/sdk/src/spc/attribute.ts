import {
  centreOnly,
  zeroSpread,
  fillLines,
  setPartitionLines,
  type ChartContext,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';
import { meanAt } from './stats.js';

/**
 * Attribute charts as qicharts2 0.8.1 (qic.p, qic.u, qic.c), after Montgomery:
 * p: centre Σy / Σn, σᵢ = √(p̄(1 − p̄) / nᵢ), limits clipped to [0, 1];
 * u: centre Σy / Σn, σᵢ = √(ū / nᵢ), lower limits clipped at 0;
 * c: centre mean count, σ = √c̄, lower limits clipped at 0.
 */

/** Σ numerator / Σ denominator over the calculation points. */
export function pooledRate(ctx: ChartContext, part: PartitionCalc): number {
  let sumY = 0;
  let sumN = 0;
  for (let q = part.from; q < part.calcTo; q++) {
    const i = ctx.inc[q] ?? 0;
    sumY += ctx.series.numerator[i] ?? 0;
    sumN += ctx.series.denominator[i] ?? 0;
  }
  return sumN > 0 ? sumY / sumN : NaN;
}

/** The per-point standard error of a p or u chart before any Laney adjustment. */
export function attributeSigma(kind: 'p' | 'u', centre: number, n: number): number {
  return Math.sqrt((kind === 'p' ? centre * (1 - centre) : centre) / n);
}

/** Writes per-point limits centre ± k·σᵢ·factor, clipped as qicharts2 does; returns the common σ or NaN. */
export function writeAttributeLimits(
  ctx: ChartContext,
  part: PartitionCalc,
  kind: 'p' | 'u',
  centre: number,
  factor: number,
): number {
  // Limits vary with each point's denominator: only the centre is common to the partition.
  setPartitionLines(ctx.lines, part, centre, NaN, NaN, NaN, NaN);
  const sigma = ctx.lines.sigma;
  if (sigma === null) return NaN;
  const denominators = ctx.series.denominator;
  let common = NaN;
  let constant = true;
  for (let i = part.start; i <= part.end; i++) {
    const sd = attributeSigma(kind, centre, denominators[i] ?? NaN) * factor;
    sigma[i] = sd;
    if (sd !== sd) constant = false;
    else if (common !== common) common = sd;
    else if (sd !== common) constant = false;
  }
  return constant ? common : NaN;
}

function attributeLimits(
  kind: 'p' | 'u',
): (ctx: ChartContext, part: PartitionCalc) => PartitionLimits {
  return (ctx, part) => {
    const centre = pooledRate(ctx, part);
    if (centre !== centre) return centreOnly(ctx, part, centre, 'too-few');
    if (attributeSigma(kind, centre, 1) === 0) return zeroSpread(ctx, part, centre);
    const sigma = writeAttributeLimits(ctx, part, kind, centre, 1);
    return { centre, sigma, status: 'ok' };
  };
}

export const pLimits = attributeLimits('p');
export const uLimits = attributeLimits('u');

export function cLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const centre = meanAt(ctx.series.value, ctx.inc, part.from, part.calcTo);
  if (centre !== centre) return centreOnly(ctx, part, centre, 'too-few');
  const sd = Math.sqrt(centre);
  if (sd === 0) return zeroSpread(ctx, part, centre);
  fillLines(
    ctx.lines,
    part,
    centre,
    Math.max(0, centre - 3 * sd),
    centre + 3 * sd,
    Math.max(0, centre - 2 * sd),
    centre + 2 * sd,
  );
  return { centre, sigma: sd, status: 'ok' };
}
