import {
  fillLines,
  centreOnly,
  zeroSpread,
  type ChartContext,
  type PartitionCalc,
  type PartitionLimits,
} from './lines.js';
import { screenedSpread } from './moving-range.js';
import { meanAt, medianAt } from './stats.js';
import { D2, XMR_LIMIT } from './xmr.js';

/** The MDC SQL's G chart centre: the median of a geometric distribution, about ln 2 × its mean. */
export const G_MEDIAN_FACTOR = 0.693;

/**
 * G chart (cases between events), two definitions:
 * - qicharts2 0.8.1 qic.g ('qic'): limits from the mean ḡ, σ = √(ḡ(ḡ + 1)), lower limits clipped at
 *   0 (always 0), 2-sigma lines, and the centre line at the median of the calculation points;
 * - MDC SQL v2.6 ('mdc'): centre 0.693 × ḡ, an upper limit ḡ + 3σ only (no lower limit, no 2-sigma
 *   lines), so two-of-three cannot fire and the shift rule reads the 0.693 × ḡ line.
 */
export function gLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  const values = ctx.series.value;
  const mean = meanAt(values, ctx.inc, part.from, part.calcTo);
  if (mean !== mean) return centreOnly(ctx, part, mean, 'too-few');
  const mdc = ctx.rules.rareEvents === 'mdc';
  const centre = mdc ? G_MEDIAN_FACTOR * mean : medianAt(values, ctx.inc, part.from, part.calcTo);
  const sd = Math.sqrt(mean * (mean + 1));
  if (sd === 0)
    return mdc ? zeroSpread(ctx, part, centre, NaN, NaN) : zeroSpread(ctx, part, centre);
  if (mdc) {
    fillLines(ctx.lines, part, centre, NaN, mean + 3 * sd, NaN, NaN);
  } else {
    fillLines(
      ctx.lines,
      part,
      centre,
      Math.max(0, mean - 3 * sd),
      mean + 3 * sd,
      Math.max(0, mean - 2 * sd),
      mean + 2 * sd,
    );
  }
  return { centre, sigma: sd, status: 'ok' };
}

/** The T chart transform (Nelson): y^(1/3.6) is close to normal for exponential waiting times. */
export const T_POWER = 3.6;

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

/**
 * The SQL v2.6's T chart moving range: never screened (its outlier setting reads the XmR moving
 * ranges only), and taken over the whole chart (`PARTITION BY [ChartID], [GhostFlag]`), so a later
 * partition's first point has the range from the point before it; the mean is per partition.
 */
function sqlTMovingRange(values: Float64Array, inc: Int32Array, from: number, to: number): number {
  const start = from > 0 ? from - 1 : from;
  const count = to - start - 1;
  if (count < 1) return NaN;
  let sum = 0;
  let prev = values[inc[start] ?? 0] ?? NaN;
  for (let q = start + 1; q < to; q++) {
    const v = values[inc[q] ?? 0] ?? NaN;
    sum += Math.abs(v - prev);
    prev = v;
  }
  return sum / count;
}

/**
 * T chart (time between events): an I chart on y^(1/3.6), back-transformed with ^3.6. Two definitions:
 * - qicharts2 0.8.1 qic.t ('qic'): 3 × MRbar / 1.128; a negative lower limit becomes 0 and a
 *   negative lower 2-sigma line none;
 * - MDC SQL v2.6 ('mdc'): 2.66 × MRbar, as its XmR chart, the moving ranges as sqlTMovingRange; a
 *   negative lower line (limit or sigma line) is left empty (`CASE WHEN … >= 0 THEN POWER(…) END`).
 * The sigma is not reported: limits are not symmetric. A zero spread puts every line on the centre.
 */
export function tLimits(ctx: ChartContext, part: PartitionCalc): PartitionLimits {
  if (part.calcTo === part.from) return centreOnly(ctx, part, NaN, 'too-few');
  const values = transformed(ctx.series.value);
  const mdc = ctx.rules.rareEvents === 'mdc';
  let meanT: number;
  let mrBar: number;
  if (mdc) {
    meanT = meanAt(values, ctx.inc, part.from, part.calcTo);
    mrBar = sqlTMovingRange(values, ctx.inc, part.from, part.calcTo);
  } else {
    const screening = ctx.screen ? ctx.rules.screening : 'off';
    const spread = screenedSpread(values, ctx.inc, part.from, part.calcTo, screening);
    meanT =
      spread.mean === spread.mean ? spread.mean : meanAt(values, ctx.inc, part.from, part.calcTo);
    mrBar = spread.mrBar;
  }
  const centre = Math.pow(meanT, T_POWER);
  if (mrBar === 0) return zeroSpread(ctx, part, centre);
  if (!(mrBar > 0)) return centreOnly(ctx, part, centre, 'too-few');
  const limit = mdc ? XMR_LIMIT * mrBar : (3 * mrBar) / D2;
  const near = (2 / 3) * limit;
  const lowerT = meanT - limit;
  const lowerNearT = meanT - near;
  const back = (t: number): number => (t < 0 ? NaN : Math.pow(t, T_POWER));
  fillLines(
    ctx.lines,
    part,
    centre,
    lowerT < 0 ? (mdc ? NaN : 0) : Math.pow(lowerT, T_POWER),
    back(meanT + limit),
    back(lowerNearT),
    back(meanT + near),
  );
  return { centre, sigma: NaN, status: 'ok' };
}
