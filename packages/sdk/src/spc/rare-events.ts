import {
  fillLines,
  centreOnly,
  type ChartContext,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';
import { meanMovingRange } from './moving-range.js';
import { meanAt, medianAt } from './stats.js';
import { D2 } from './xmr.js';

/**
 * G chart (cases between events) as qicharts2 0.8.1 qic.g: limits from the mean ḡ, σ = √(ḡ(ḡ + 1)),
 * lower limits clipped at 0 (always 0), and the centre line drawn at the median of the
 * calculation points (qicharts2's choice; MDC draws 0.693 × ḡ, the theoretical median).
 */
export function gLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const values = ctx.series.value;
  const mean = meanAt(values, ctx.inc, part.from, part.calcTo);
  if (mean !== mean) return centreOnly(ctx, part, mean, 'too-few');
  const centre = medianAt(values, ctx.inc, part.from, part.calcTo);
  const sd = Math.sqrt(mean * (mean + 1));
  if (sd === 0) {
    return centreOnly(ctx, part, centre, 'no-variation');
  }
  fillLines(
    ctx.lines,
    part,
    centre,
    Math.max(0, mean - 3 * sd),
    mean + 3 * sd,
    Math.max(0, mean - 2 * sd),
    mean + 2 * sd,
  );
  return { centre, sigma: sd, status: 'ok' };
}

/** The T chart transform (Nelson): y^(1/3.6) is close to normal for exponential waiting times. */
export const T_POWER = 3.6;

/**
 * T chart (time between events) as qicharts2 0.8.1 qic.t: an I chart (3 × MRbar / 1.128) on
 * y^(1/3.6), back-transformed with ^3.6. A negative lower limit becomes 0 and a negative lower
 * 2-sigma line none, as in qicharts2. The sigma is not reported: limits are not symmetric.
 */
// One transform per series, shared by its partitions.
const transformedCache = new WeakMap<Float64Array, Float64Array>();

function transformed(values: Float64Array): Float64Array {
  let out = transformedCache.get(values);
  if (out === undefined) {
    out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = Math.pow(values[i] ?? NaN, 1 / T_POWER);
    transformedCache.set(values, out);
  }
  return out;
}

export function tLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  if (part.calcTo === part.from) return centreOnly(ctx, part, NaN, 'too-few');
  const values = transformed(ctx.series.value);
  const meanT = meanAt(values, ctx.inc, part.from, part.calcTo);
  const centre = Math.pow(meanT, T_POWER);
  const mrBar = meanMovingRange(values, ctx.inc, part.from, part.calcTo, ctx.screen);
  if (!(mrBar > 0)) {
    return centreOnly(ctx, part, centre, mrBar === 0 ? 'no-variation' : 'too-few');
  }
  const sd = mrBar / D2;
  const lowerT = meanT - 3 * sd;
  const lowerNearT = meanT - 2 * sd;
  fillLines(
    ctx.lines,
    part,
    centre,
    lowerT < 0 ? 0 : Math.pow(lowerT, T_POWER),
    Math.pow(meanT + 3 * sd, T_POWER),
    lowerNearT < 0 ? NaN : Math.pow(lowerNearT, T_POWER),
    Math.pow(meanT + 2 * sd, T_POWER),
  );
  return { centre, sigma: NaN, status: 'ok' };
}
