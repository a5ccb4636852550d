import { tickIncrement, ticks } from 'd3-array';
import { utcTicks } from 'd3-time';

// The two scales the charts need, with d3-scale's arithmetic but without d3-scale: its generic
// interpolation and default tick formats bring d3-interpolate, d3-color, d3-format and
// d3-time-format (about 35 kB minified) that the charts never use (labels go through Intl).

type Pair = readonly [number, number];

/** A value → pixel mapping with its domain, inverse and ticks (d3 `scaleLinear` semantics). */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(pixel: number): number;
  ticks(count: number): number[];
}

/** A UTC time → pixel mapping (d3 `scaleUtc` semantics), ticks on calendar boundaries. */
export interface TimeScale {
  (time: Date | number): number;
  domain(): [Date, Date];
  range(): [number, number];
  invert(pixel: number): Date;
  ticks(count: number): Date[];
}

/** (x − a) / (b − a), or ½ everywhere when a = b (d3-scale's `normalize`). */
function normalise(a: number, b: number): (x: number) => number {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const middle = Number.isNaN(span) ? NaN : 0.5;
  return () => middle;
}

/** d3-scale's two-point `bimap` with number interpolation. */
function bimap([d0, d1]: Pair, [r0, r1]: Pair): (x: number) => number {
  const t = d1 < d0 ? normalise(d1, d0) : normalise(d0, d1);
  const [a, b] = d1 < d0 ? [r1, r0] : [r0, r1];
  return (x) => {
    const u = t(x);
    return a * (1 - u) + b * u;
  };
}

/** As d3: null or NaN in, `undefined` out (never a made-up pixel). */
const guard =
  (map: (x: number) => number) =>
  (x: number | Date): number =>
    x == null || Number.isNaN(+x) ? (undefined as unknown as number) : map(+x);

/**
 * d3's ticks, or none where d3's arithmetic breaks: a non-finite end, or a span so narrow
 * (subnormal values such as 5e-324) that 10^digits overflows and d3 asks for an array of
 * NaN length (a RangeError).
 */
function safeTicks(start: number, stop: number, count: number): number[] {
  if (!Number.isFinite(start) || !Number.isFinite(stop) || !Number.isFinite(stop - start))
    return [];
  const step = tickIncrement(Math.min(start, stop), Math.max(start, stop), count);
  if (!Number.isFinite(step) || step === 0) return start === stop ? [start] : [];
  try {
    return ticks(start, stop, count).filter(Number.isFinite);
  } catch {
    return [];
  }
}

export function scaleLinear(domain: Pair, range: Pair): LinearScale {
  const d: Pair = [+domain[0], +domain[1]];
  const r: Pair = [+range[0], +range[1]];
  const scale = guard(bimap(d, r)) as LinearScale;
  const invert = bimap(r, d);
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  scale.invert = (pixel) => invert(+pixel);
  scale.ticks = (count) => safeTicks(d[0], d[1], count);
  return scale;
}

/** d3 `scaleLinear().domain(domain).nice(count).domain()`: ends widened to round tick steps. */
export function niceDomain(domain: Pair, count: number): [number, number] {
  const reversed = domain[1] < domain[0];
  let start = reversed ? domain[1] : domain[0];
  let stop = reversed ? domain[0] : domain[1];
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    if (!Number.isFinite(step)) break;
    if (step === prestep) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  // Like d3, a domain that never settles is left as it was.
  return [domain[0], domain[1]];
}

export function scaleUtc(domain: readonly [Date | number, Date | number], range: Pair): TimeScale {
  const d: Pair = [+new Date(+domain[0]), +new Date(+domain[1])];
  const r: Pair = [+range[0], +range[1]];
  const scale = guard(bimap(d, r)) as TimeScale;
  const invert = bimap(r, d);
  scale.domain = () => [new Date(d[0]), new Date(d[1])];
  scale.range = () => [r[0], r[1]];
  scale.invert = (pixel) => new Date(Math.round(invert(+pixel)));
  scale.ticks = (count) => utcTicks(new Date(d[0]), new Date(d[1]), count);
  return scale;
}
