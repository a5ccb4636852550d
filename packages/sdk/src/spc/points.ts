import type { PointType, Signal } from '../schema/options.js';
import type { Classification } from './classify.js';
import { CENTRE, lineAt, LOWER, LOWER_NEAR, UPPER, UPPER_NEAR, type Lines } from './lines.js';
import { lazyArray } from './lazy-array.js';
import type { Segment } from './partitions.js';
import type { Series } from './series.js';
import type { SpcPoint, SpcSide, SpcX } from './types.js';

// One frozen array per combination of rules, so points share them instead of allocating.
const SIGNAL_SETS: readonly (readonly Signal[])[] = Array.from({ length: 16 }, (_, mask) => {
  const set: Signal[] = [];
  if (mask & 1) set.push('astronomical');
  if (mask & 2) set.push('shift');
  if (mask & 4) set.push('trend');
  if (mask & 8) set.push('two-of-three');
  return Object.freeze(set);
});

const SIDES: readonly (SpcSide | null)[] = [null, 'high', 'low'];
const TYPES: readonly PointType[] = ['common-cause', 'improvement', 'concern', 'neutral'];

/** Above this many points, point objects are created on first access (see `lazyArray`). */
export const EAGER_POINTS = 50_000;

/** Rule bits (see rules.ts) folded to one bit per rule: astronomical, shift, trend, two-of-three. */
function signalMask(bits: number): number {
  return (bits & 3 ? 1 : 0) | (bits & 12 ? 2 : 0) | (bits & 48 ? 4 : 0) | (bits & 192 ? 8 : 0);
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export interface PointSources {
  readonly data: readonly { x: SpcX; y?: unknown }[];
  readonly series: Series;
  readonly plotted: Float64Array;
  /** The plotted value is y exactly as given, so the caller's own number can be reused. */
  readonly plottedIsY: boolean;
  readonly excluded: Uint8Array;
  readonly lines: Lines;
  readonly segments: readonly Segment[];
  readonly bits: Uint8Array;
  readonly classes: Classification;
}

/**
 * The public point objects. Up to EAGER_POINTS they are built at once into a plain array; beyond,
 * `points` is an array whose elements are built on first access, because creating a million objects
 * costs more than the whole analysis.
 */
export function buildPoints(sources: PointSources): SpcPoint[] {
  const make = pointMaker(sources);
  const length = sources.series.length;
  if (length > EAGER_POINTS) return lazyArray(length, make);
  const points = new Array<SpcPoint>(length);
  for (let i = 0; i < length; i++) points[i] = make(i);
  return points;
}

function pointMaker(sources: PointSources): (i: number) => SpcPoint {
  const { data, series, plotted, plottedIsY, excluded, lines, segments, bits, classes } = sources;
  const { side, type } = classes;
  const firstRow = series.firstRow;
  const order = series.order;
  const denominator = series.denominator;
  const starts = Int32Array.from(segments, (s) => s.start);
  // Lines shared by a partition are converted once, so every point refers to the same numbers.
  const shared = segments.map((_, k) => {
    const b = lines.byPartition;
    return [b[k * 5], b[k * 5 + 1], b[k * 5 + 2], b[k * 5 + 3], b[k * 5 + 4]].map((v) =>
      orNull(v ?? NaN),
    );
  });
  const perPoint = lines.sigma !== null;
  return (i: number): SpcPoint => {
    const k = partitionOf(starts, i);
    const sortedRow = firstRow === null ? i : (firstRow[i] ?? 0);
    const row = order === null ? sortedRow : (order[sortedRow] ?? sortedRow);
    const source = data[row];
    const v = plotted[i] ?? NaN;
    const y = plottedIsY && v === v && typeof source?.y === 'number' ? source.y : orNull(v);
    const n = denominator[i] ?? NaN;
    const c = shared[k] ?? [];
    return {
      index: i,
      row,
      x: source?.x ?? '',
      y,
      n: n === n ? n : undefined,
      centre: c[CENTRE] ?? null,
      lower: perPoint ? orNull(lineAt(lines, LOWER, k, i)) : (c[LOWER] ?? null),
      upper: perPoint ? orNull(lineAt(lines, UPPER, k, i)) : (c[UPPER] ?? null),
      lowerNear: perPoint ? orNull(lineAt(lines, LOWER_NEAR, k, i)) : (c[LOWER_NEAR] ?? null),
      upperNear: perPoint ? orNull(lineAt(lines, UPPER_NEAR, k, i)) : (c[UPPER_NEAR] ?? null),
      partition: k,
      ghost: excluded[i] === 1,
      signals: SIGNAL_SETS[signalMask(bits[i] ?? 0)] ?? [],
      side: SIDES[side[i] ?? 0] ?? null,
      type: TYPES[type[i] ?? 0] ?? 'common-cause',
    };
  };
}

/** The partition containing point i (binary search over partition starts). */
function partitionOf(starts: Int32Array, i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
