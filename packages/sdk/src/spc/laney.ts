import { attributeSigma, pooledRate, writeAttributeLimits } from './attribute.js';
import {
  centreOnly,
  zeroSpread,
  type ChartContext,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';
import { MR_UPPER } from './moving-range.js';
import { D2 } from './xmr.js';

/**
 * Laney p′ and u′ charts as qicharts2 0.8.1 (qic.pp, qic.up): the p or u standard error of each point
 * is multiplied by σz, the moving-range sigma of the z-scores zᵢ = (yᵢ − centre) / σᵢ of the
 * calculation points (MRbar / 1.128), the moving ranges screened (kept when < 3.267 × mean) when
 * screening is on, which is qicharts2's default.
 */
function laneyLimits(kind: 'p' | 'u'): (ctx: ChartContext, part: PartitionCalc) => PartitionLimits {
  return (ctx, part) => {
    const centre = pooledRate(ctx, part);
    if (centre !== centre) return centreOnly(ctx, part, centre, 'too-few');
    const count = part.calcTo - part.from;
    if (attributeSigma(kind, centre, 1) === 0) return zeroSpread(ctx, part, centre);
    if (count < 2) {
      return centreOnly(ctx, part, centre, 'too-few');
    }
    const sigmaZ = zMovingRangeSigma(ctx, part, kind, centre);
    if (sigmaZ === 0) return zeroSpread(ctx, part, centre);
    if (!(sigmaZ > 0)) return centreOnly(ctx, part, centre, 'too-few');
    const sigma = writeAttributeLimits(ctx, part, kind, centre, sigmaZ);
    return { centre, sigma, status: 'ok' };
  };
}

function zAt(ctx: ChartContext, kind: 'p' | 'u', centre: number, i: number): number {
  return (
    ((ctx.series.value[i] ?? NaN) - centre) /
    attributeSigma(kind, centre, ctx.series.denominator[i] ?? NaN)
  );
}

function zMovingRangeSigma(
  ctx: ChartContext,
  part: PartitionCalc,
  kind: 'p' | 'u',
  centre: number,
): number {
  const count = part.calcTo - part.from - 1;
  let sum = 0;
  let prev = zAt(ctx, kind, centre, ctx.inc[part.from] ?? 0);
  const first = prev;
  for (let q = part.from + 1; q < part.calcTo; q++) {
    const z = zAt(ctx, kind, centre, ctx.inc[q] ?? 0);
    sum += Math.abs(z - prev);
    prev = z;
  }
  let mean = sum / count;
  if (ctx.screen && mean > 0) {
    const limit = MR_UPPER * mean;
    let kept = 0;
    let keptSum = 0;
    prev = first;
    for (let q = part.from + 1; q < part.calcTo; q++) {
      const z = zAt(ctx, kind, centre, ctx.inc[q] ?? 0);
      const mr = Math.abs(z - prev);
      if (mr < limit) {
        kept++;
        keptSum += mr;
      }
      prev = z;
    }
    if (kept > 0) mean = keptSum / kept;
  }
  return mean / D2;
}

export const ppLimits = laneyLimits('p');
export const upLimits = laneyLimits('u');
