import type { ChartModel } from './model.js';

/** Index of the ghost kind in MARKER_KINDS. */
const GHOST = 7;

/** What to draw of a series: the value line's vertices and the points drawn as markers. */
export interface DrawSet {
  /** Point indices joined by the value line, in order; -1 breaks the line. */
  readonly line: Int32Array;
  /** Point indices drawn as markers. */
  readonly markers: Int32Array;
  /** True when the series was thinned for drawing. */
  readonly decimated: boolean;
}

/** Thin a series for drawing only when it has more points than this many per pixel column. */
export const POINTS_PER_COLUMN = 2;

class IntList {
  private data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  last(): number {
    return this.length > 0 ? (this.data[this.length - 1] ?? -1) : -2;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Chooses what to draw. Every point goes on the line (ghosts excepted: they are drawn hollow, off
 * the line) and a missing value or a new partition breaks it. When there are more than
 * POINTS_PER_COLUMN points per pixel column, each column of each unbroken stretch keeps only its
 * first, lowest, highest and last point (the line then looks exactly as it would with every
 * point), and only special-cause points and ghosts get markers, one per kind and pixel. This is
 * for drawing only: the statistics, the table, the keyboard and the CSV use every point.
 *
 * `xOf` and `yOf` map a time and a value to pixels.
 */
export function drawSet(
  model: ChartModel,
  xOf: (t: number) => number,
  yOf: (v: number) => number,
  columns: number,
): DrawSet {
  const { length, time, y, kind, special, partition } = model;
  const decimated = model.navigable.length > columns * POINTS_PER_COLUMN;
  const line = new IntList(decimated ? columns * 4 + 64 : length + 16);
  const breakLine = () => {
    if (line.length > 0 && line.last() !== -1) line.push(-1);
  };

  if (!decimated) {
    let part = -1;
    for (let i = 0; i < length; i++) {
      if (kind[i] === GHOST) continue;
      if (y[i] !== y[i]) {
        breakLine();
        continue;
      }
      if (partition[i] !== part) {
        breakLine();
        part = partition[i] ?? -1;
      }
      line.push(i);
    }
    return { line: line.toArray(), markers: model.navigable, decimated };
  }

  // M4 aggregation: first, min, max and last of each pixel column of an unbroken stretch.
  let column = NaN;
  let first = -1;
  let lo = -1;
  let hi = -1;
  let last = -1;
  let part = -1;
  const flush = () => {
    if (first < 0) return;
    // Emit in time order without repeats.
    const a = Math.min(lo, hi);
    const b = Math.max(lo, hi);
    for (const i of [first, a, b, last]) if (i !== line.last()) line.push(i);
    first = -1;
  };
  for (let i = 0; i < length; i++) {
    if (kind[i] === GHOST) continue;
    const v = y[i] ?? NaN;
    if (v !== v) {
      flush();
      breakLine();
      column = NaN;
      continue;
    }
    if (partition[i] !== part) {
      flush();
      breakLine();
      part = partition[i] ?? -1;
      column = NaN;
    }
    const c = Math.floor(xOf(time[i] ?? 0));
    if (c !== column) {
      flush();
      column = c;
      first = lo = hi = last = i;
    } else {
      if (v < (y[lo] ?? 0)) lo = i;
      if (v > (y[hi] ?? 0)) hi = i;
      last = i;
    }
  }
  flush();

  // Markers: every special-cause point and ghost, one per kind and pixel (the rest would overlap).
  const markers = new IntList(1024);
  const seen = new Set<number>();
  for (const i of model.navigable) {
    if (special[i] !== 1 && kind[i] !== GHOST) continue;
    const px = Math.round(xOf(time[i] ?? 0));
    const py = Math.round(yOf(y[i] ?? 0));
    const key = (px * 100_000 + py) * 8 + (kind[i] ?? 0);
    if (seen.has(key)) continue;
    seen.add(key);
    markers.push(i);
  }
  return { line: line.toArray(), markers: markers.toArray(), decimated };
}
