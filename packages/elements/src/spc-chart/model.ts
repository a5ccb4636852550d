import type { PointType, SpcResult, SpcX } from '@qms-kit/sdk';

/** How a point is drawn: its type and side decide the marker; ghosts are hollow. */
export type MarkerKind =
  | 'common-cause'
  | 'improvement-high'
  | 'improvement-low'
  | 'concern-high'
  | 'concern-low'
  | 'neutral-high'
  | 'neutral-low'
  | 'ghost';

export const MARKER_KINDS: readonly MarkerKind[] = [
  'common-cause',
  'improvement-high',
  'improvement-low',
  'concern-high',
  'concern-low',
  'neutral-high',
  'neutral-low',
  'ghost',
];

/** The five lines of a point, by name; NaN where the engine gives none. */
export type LineName = 'centre' | 'lower' | 'upper' | 'lowerNear' | 'upperNear';
export const LINE_NAMES: readonly LineName[] = [
  'centre',
  'lower',
  'upper',
  'lowerNear',
  'upperNear',
];

/**
 * The engine's result as columns, read once per result: drawing, decimation, hit-testing and
 * keyboard moves then work on typed arrays instead of 100,000 point objects. Nothing here is
 * computed: every number is copied from `spc()`'s points.
 */
export interface ChartModel {
  readonly result: SpcResult;
  readonly length: number;
  /** x as milliseconds since the epoch (UTC days for ISO dates); NaN when unreadable. */
  readonly time: Float64Array;
  /** The plotted value; NaN when missing. */
  readonly y: Float64Array;
  /** Index into MARKER_KINDS. */
  readonly kind: Uint8Array;
  /** 1 when the point is part of a special-cause signal. */
  readonly special: Uint8Array;
  readonly partition: Int32Array;
  readonly lines: Readonly<Record<LineName, Float64Array>>;
  /** Indices of the points with a value, in order: the keyboard and the pointer move among these. */
  readonly navigable: Int32Array;
  /** Every x falls on the first of a month: dates are shown as "Mar 2025". */
  readonly monthly: boolean;
  readonly hasLimits: boolean;
  readonly hasNearLines: boolean;
  readonly hasDenominator: boolean;
  /** Smallest and largest value of anything drawn against the value axis (NaN when nothing). */
  readonly extent: readonly [number, number];
  /** Kinds of marker present, for the legend. */
  readonly kinds: ReadonlySet<MarkerKind>;
}

const DIGIT_0 = 48;

/** Milliseconds of an x value; a plain `YYYY-MM-DD` is read by hand (Date.parse is slower). */
export function timeOf(x: SpcX): number {
  if (x instanceof Date) return x.getTime();
  if (typeof x === 'number') return x;
  if (x.length === 10 && x.charCodeAt(4) === 45 && x.charCodeAt(7) === 45) {
    const d = (k: number) => x.charCodeAt(k) - DIGIT_0;
    const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    const month = d(5) * 10 + d(6);
    const day = d(8) * 10 + d(9);
    if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return Date.UTC(year, month - 1, day);
    }
  }
  return Date.parse(x);
}

/** Whether an x value falls on the first of a month (UTC). */
function firstOfMonth(x: SpcX, t: number): boolean {
  if (typeof x === 'string' && x.length === 10) return x.endsWith('-01');
  return t === t && new Date(t).getUTCDate() === 1;
}

function kindOf(type: PointType, side: 'high' | 'low' | null, ghost: boolean): number {
  if (ghost) return 7;
  if (type === 'common-cause' || side === null) return 0;
  const offset = side === 'high' ? 0 : 1;
  if (type === 'improvement') return 1 + offset;
  if (type === 'concern') return 3 + offset;
  return 5 + offset;
}

const num = (v: number | null | undefined): number => (v === null || v === undefined ? NaN : v);

/** A model under construction, filled chunk by chunk so a big series never blocks for long. */
export class ModelBuilder {
  private readonly result: SpcResult;
  private readonly length: number;
  private readonly time: Float64Array;
  private readonly y: Float64Array;
  private readonly kind: Uint8Array;
  private readonly special: Uint8Array;
  private readonly partition: Int32Array;
  private readonly lines: Record<LineName, Float64Array>;
  private next = 0;
  private monthly = true;
  private hasDenominator = false;
  private min = Infinity;
  private max = -Infinity;

  constructor(result: SpcResult) {
    this.result = result;
    const n = result.points.length;
    this.length = n;
    this.time = new Float64Array(n);
    this.y = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.special = new Uint8Array(n);
    this.partition = new Int32Array(n);
    this.lines = {
      centre: new Float64Array(n),
      lower: new Float64Array(n),
      upper: new Float64Array(n),
      lowerNear: new Float64Array(n),
      upperNear: new Float64Array(n),
    };
  }

  get done(): boolean {
    return this.next >= this.length;
  }

  /** Reads up to `count` more points. */
  step(count: number): void {
    const { result, time, y, kind, special, partition, lines } = this;
    const end = Math.min(this.length, this.next + count);
    const points = result.points;
    let { min, max, monthly, hasDenominator } = this;
    for (let i = this.next; i < end; i++) {
      const p = points[i];
      if (p === undefined) continue;
      const t = timeOf(p.x);
      time[i] = t;
      if (monthly && !firstOfMonth(p.x, t)) monthly = false;
      const v = num(p.y);
      y[i] = v;
      if (p.n !== undefined) hasDenominator = true;
      kind[i] = kindOf(p.type, p.side, p.ghost);
      special[i] = p.signals.length > 0 && !p.ghost ? 1 : 0;
      partition[i] = p.partition;
      const c = num(p.centre);
      const lo = num(p.lower);
      const hi = num(p.upper);
      lines.centre[i] = c;
      lines.lower[i] = lo;
      lines.upper[i] = hi;
      lines.lowerNear[i] = num(p.lowerNear);
      lines.upperNear[i] = num(p.upperNear);
      // Comparisons with NaN are false, so missing values and lines never widen the extent.
      if (v < min) min = v;
      if (v > max) max = v;
      if (lo < min) min = lo;
      if (hi > max) max = hi;
      if (c < min) min = c;
      if (c > max) max = c;
    }
    Object.assign(this, { min, max, monthly, hasDenominator });
    this.next = end;
  }

  finish(): ChartModel {
    if (!this.done) this.step(this.length - this.next);
    const { result, length, time, y, kind, special, partition, lines } = this;
    let navigableCount = 0;
    for (let i = 0; i < length; i++) if (y[i] === y[i]) navigableCount++;
    const navigable = new Int32Array(navigableCount);
    const kinds = new Set<MarkerKind>();
    let hasLimits = false;
    let hasNearLines = false;
    for (let i = 0, k = 0; i < length; i++) {
      if (y[i] === y[i]) {
        navigable[k++] = i;
        kinds.add(MARKER_KINDS[kind[i] ?? 0] ?? 'common-cause');
      }
    }
    for (let i = 0; i < length && !(hasLimits && hasNearLines); i++) {
      if (
        !hasLimits &&
        ((lines.lower[i] ?? NaN) === lines.lower[i] || (lines.upper[i] ?? NaN) === lines.upper[i])
      )
        hasLimits = true;
      if (!hasNearLines && (lines.upperNear[i] ?? NaN) === lines.upperNear[i]) hasNearLines = true;
    }
    let { min, max } = this;
    if (result.target !== null) {
      min = Math.min(min, result.target);
      max = Math.max(max, result.target);
    }
    return {
      result,
      length,
      time,
      y,
      kind,
      special,
      partition,
      lines,
      navigable,
      monthly: this.monthly && length > 0,
      hasLimits,
      hasNearLines,
      hasDenominator: this.hasDenominator,
      extent: min <= max ? [min, max] : [NaN, NaN],
      kinds,
    };
  }
}

/** Builds the whole model at once (small series). */
export function buildModel(result: SpcResult): ChartModel {
  return new ModelBuilder(result).finish();
}

/** The navigable index nearest to time `t` (binary search), or -1 when there is none. */
export function nearestNavigable(model: ChartModel, t: number): number {
  const nav = model.navigable;
  if (nav.length === 0) return -1;
  let lo = 0;
  let hi = nav.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((model.time[nav[mid] ?? 0] ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  const after = nav[lo] ?? -1;
  const before = lo > 0 ? (nav[lo - 1] ?? -1) : -1;
  if (before < 0) return after;
  const dBefore = Math.abs(t - (model.time[before] ?? 0));
  const dAfter = Math.abs((model.time[after] ?? 0) - t);
  return dBefore <= dAfter ? before : after;
}

/** Position of point `index` among the navigable points (binary search), or -1. */
export function navigablePosition(model: ChartModel, index: number): number {
  const nav = model.navigable;
  let lo = 0;
  let hi = nav.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = nav[mid] ?? 0;
    if (v === index) return mid;
    if (v < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
