/**
 * The one reading of time-series order, used by every path into the SPC engine (CSV, the measure
 * schema, `spc()` itself, `spcForMeasure`): points are analysed in `x` order whatever the array
 * order, a repeated x is refused (except where rows sharing an x form one subgroup), and one
 * series holds one kind of x. It lives below `schema/` so the schema can use it too.
 */

/** Dates (ISO strings or Date objects) or plain numbers: one series holds one kind. */
export type XKind = 'date' | 'number';

const DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (years 0–9999, no Date object). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The sort key of an ISO date string that has already been checked (`YYYY-MM-DD` read by hand,
 * date-times through `Date.parse`), in milliseconds since the epoch.
 */
export function isoDateKey(s: string): number {
  if (s.length !== 10) return Date.parse(s);
  // Digits read in place (no helper closure: this runs once per row of a million-row series).
  const year =
    (s.charCodeAt(0) - 48) * 1000 +
    (s.charCodeAt(1) - 48) * 100 +
    (s.charCodeAt(2) - 48) * 10 +
    (s.charCodeAt(3) - 48);
  const month = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  const day = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
  return daysFromCivil(year, month, day) * DAY;
}

/** The kind of an x value that has been checked to be an x (string, number or Date). */
export function xKindOf(x: unknown): XKind {
  return typeof x === 'number' ? 'number' : 'date';
}

/** The sort key of a checked x value: milliseconds for dates, the number itself. */
export function xKey(x: unknown): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'string') return isoDateKey(x);
  return x instanceof Date ? x.getTime() : NaN;
}

/** An x value as the problem words show it. */
export function xText(x: unknown): string {
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? String(x) : x.toISOString();
  return String(x);
}

export interface XOrder {
  /**
   * The caller's row of each position in x order, or null when the rows are already in x order
   * (the usual case, checked in one pass without allocating).
   */
  readonly order: Int32Array | null;
  /**
   * Rows whose x repeats an earlier row's: `[row, earlierRow]` in the caller's numbering, the
   * earlier row being the first row with that x. Always empty when equal x are allowed.
   */
  readonly duplicates: readonly (readonly [number, number])[];
}

/**
 * Orders rows by their keys (see `xKey`; all finite). Rows with equal keys keep their array order
 * (a stable sort); with `allowEqual` they are not duplicates (Xbar and S subgroups).
 * `maxDuplicates` stops the search once that many are found (problem lists are capped anyway).
 */
export function orderByX(keys: Float64Array, allowEqual: boolean, maxDuplicates = 51): XOrder {
  const length = keys.length;
  let sorted = true;
  for (let i = 1; i < length; i++) {
    if ((keys[i] ?? 0) < (keys[i - 1] ?? 0)) {
      sorted = false;
      break;
    }
  }
  const order = sorted ? null : sortedRows(keys);
  const duplicates: [number, number][] = [];
  if (!allowEqual) {
    let first = order === null ? 0 : (order[0] ?? 0);
    for (let k = 1; k < length && duplicates.length < maxDuplicates; k++) {
      const row = order === null ? k : (order[k] ?? 0);
      if (keys[row] === keys[first]) duplicates.push([row, first]);
      else first = row;
    }
    duplicates.sort((a, b) => a[0] - b[0]);
  }
  return { order, duplicates };
}

const RUN = 32;

/**
 * Rows in order of their keys, equal keys in row order: a stable bottom-up merge sort on typed
 * arrays (insertion-sorted runs of 32, then merges), several times faster than a comparator sort.
 */
export function sortedRows(keys: Float64Array): Int32Array {
  const length = keys.length;
  let a = new Int32Array(length);
  for (let i = 0; i < length; i++) a[i] = i;
  for (let from = 0; from < length; from += RUN) {
    const to = Math.min(from + RUN, length);
    for (let i = from + 1; i < to; i++) {
      const row = a[i] ?? 0;
      const key = keys[row] ?? 0;
      let j = i - 1;
      while (j >= from && (keys[a[j] ?? 0] ?? 0) > key) {
        a[j + 1] = a[j] ?? 0;
        j--;
      }
      a[j + 1] = row;
    }
  }
  let b = new Int32Array(length);
  for (let width = RUN; width < length; width *= 2) {
    for (let from = 0; from < length; from += 2 * width) {
      const mid = Math.min(from + width, length);
      const to = Math.min(from + 2 * width, length);
      let i = from;
      let j = mid;
      let k = from;
      // Already in order across the seam: copy the pair as it is.
      if (mid >= to || (keys[a[mid - 1] ?? 0] ?? 0) <= (keys[a[mid] ?? 0] ?? 0)) {
        b.set(a.subarray(from, to), from);
        continue;
      }
      while (i < mid && j < to) {
        const left = a[i] ?? 0;
        const right = a[j] ?? 0;
        // <= keeps equal keys in row order (stable).
        if ((keys[left] ?? 0) <= (keys[right] ?? 0)) {
          b[k++] = left;
          i++;
        } else {
          b[k++] = right;
          j++;
        }
      }
      while (i < mid) b[k++] = a[i++] ?? 0;
      while (j < to) b[k++] = a[j++] ?? 0;
    }
    [a, b] = [b, a];
  }
  return a;
}

/** The problem words for a repeated x: `2024-05-01 is also the date of data[3]`. */
export function duplicateXMessage(x: unknown, kind: XKind, other: string): string {
  const what = kind === 'number' ? 'x value' : 'date';
  return `${xText(x)} is also the ${what} of ${other}: each ${what} may appear only once (on Xbar and S charts, rows sharing one form a subgroup)`;
}

/** The problem words for an x of another kind than the series' first. */
export function mixedXMessage(kind: XKind, other: string): string {
  const [is, was] = kind === 'number' ? ['a number', 'a date'] : ['a date', 'a number'];
  return `is ${is}, but ${other} is ${was}: every x of a series must be the same kind (all dates or all numbers)`;
}

/**
 * The order problems of a list of checked x values, for the schemas (the engine's reader finds the
 * same in its own single pass): one kind of x per list, and no repeated x unless `allowEqual`.
 */
export function xOrderIssues(
  xs: readonly unknown[],
  allowEqual: boolean,
): { row: number; message: string }[] {
  const first = xs.length > 0 ? xKindOf(xs[0]) : 'date';
  const mixed = xs.findIndex((x) => xKindOf(x) !== first);
  if (mixed >= 0) return [{ row: mixed, message: mixedXMessage(xKindOf(xs[mixed]), 'data[0].x') }];
  const keys = Float64Array.from(xs, xKey);
  return orderByX(keys, allowEqual).duplicates.map(([row, earlier]) => ({
    row,
    message: duplicateXMessage(xs[row], first, `data[${earlier}]`),
  }));
}

/** Values rearranged into x order (`order` from `orderByX`). */
export function permute(values: Float64Array, order: Int32Array): Float64Array<ArrayBuffer> {
  const out = new Float64Array(values.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k] ?? 0] ?? NaN;
  return out;
}
