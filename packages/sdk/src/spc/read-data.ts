import type { Problem } from '../problems.js';
import type { ChartType } from '../schema/options.js';
import {
  duplicateXMessage,
  mixedXMessage,
  orderByX,
  permute,
  xKey,
  xKindOf,
  type XKind,
} from '../schema/x-order.js';
import { isIsoDate } from './iso-date.js';
import type { Series } from './series.js';
import { groupSubgroups } from './subgroups.js';

/**
 * Checks the data rows and reads them into typed arrays in one pass. It applies the same rules as
 * `spcDataPointSchema` (tested to agree) plus the chart's own, but fast enough for a million rows,
 * where a per-row zod parse would dominate the analysis.
 */

const MAX_PROBLEMS = 50;

class ProblemList {
  private extra = 0;
  constructor(private readonly problems: Problem[]) {}
  add(row: number, field: 'x' | 'y' | 'n' | null, message: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.extra++;
      return;
    }
    const path: (string | number)[] = field === null ? ['data', row] : ['data', row, field];
    this.problems.push({
      where: `data[${row}]${field === null ? '' : `.${field}`}`,
      message,
      path,
    });
  }
  finish(): void {
    if (this.extra > 0) {
      this.problems.push({
        where: 'data',
        message: `and ${this.extra} more problems like these`,
        path: ['data'],
      });
    }
  }
}

function xProblem(x: unknown): string | null {
  if (typeof x === 'string')
    return isIsoDate(x) ? null : 'must be an ISO date such as 2024-04-01, on a day that exists';
  if (typeof x === 'number') return Number.isFinite(x) ? null : 'must be a finite number';
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? 'must be a valid date' : null;
  if (x === undefined) return 'is required: an ISO date such as 2024-04-01, a number or a Date';
  return 'must be an ISO date such as 2024-04-01, a number or a Date';
}

const NEEDS_DENOMINATOR: ReadonlySet<ChartType> = new Set<ChartType>(['p', 'pp', 'u', 'up']);
const PROPORTION: ReadonlySet<ChartType> = new Set<ChartType>(['p', 'pp']);
const COUNTS: ReadonlySet<ChartType> = new Set<ChartType>(['p', 'pp', 'u', 'up', 'c', 'g']);
/** Charts where n makes the plotted value the rate y/n. */
const RATE: ReadonlySet<ChartType> = new Set<ChartType>(['xmr', 'run', 'mr']);

/** Reads and checks `data` for `chart`; on any problem returns null with `problems` filled. */
export function readData(
  data: readonly unknown[],
  chart: ChartType,
  problems: Problem[],
): Series | null {
  const list = new ProblemList(problems);
  const rows = data.length;
  let y: Float64Array<ArrayBuffer> = new Float64Array(rows);
  // Denominators are often absent: their column is only allocated when the first one is met.
  let n: Float64Array | null = null;
  const needsN = NEEDS_DENOMINATOR.has(chart);
  const proportion = PROPORTION.has(chart);
  const counts = COUNTS.has(chart);
  const positive = chart === 't';
  let withN = 0;
  // Rows with both a value and a denominator: these make the plotted value a rate.
  let withRate = 0;
  let firstWithoutN = -1;
  const before = problems.length;
  // Sort keys of x; ordering is checked only when every x is valid and of one kind.
  const keys = new Float64Array(rows);
  let badX = 0;
  let mixed = false;
  let kind: XKind | null = null;
  let kindRow = -1;

  for (let i = 0; i < rows; i++) {
    const row = data[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      list.add(i, null, 'must be an object such as { "x": "2024-04-01", "y": 12 }');
      y[i] = NaN;
      continue;
    }
    const { x, y: yv, n: nv } = row as { x?: unknown; y?: unknown; n?: unknown };
    const xp = xProblem(x);
    if (xp !== null) {
      list.add(i, 'x', xp);
      badX++;
    } else {
      keys[i] = xKey(x);
      const k = xKindOf(x);
      if (kind === null) {
        kind = k;
        kindRow = i;
      } else if (k !== kind && !mixed) {
        // Reported once: the first row of another kind says what is wrong.
        list.add(i, 'x', mixedXMessage(k, `data[${kindRow}].x`));
        mixed = true;
      }
    }

    let value = NaN;
    if (typeof yv === 'number') {
      if (Number.isFinite(yv)) value = yv;
      else list.add(i, 'y', 'must be a finite number (use null for a missing value)');
    } else if (yv === undefined) {
      list.add(i, 'y', 'is required (use null for a missing value)');
    } else if (yv !== null) {
      list.add(i, 'y', 'must be a number or null');
    }

    let denominator = NaN;
    if (typeof nv === 'number') {
      if (!Number.isFinite(nv)) list.add(i, 'n', 'must be a finite number');
      else if (nv <= 0) list.add(i, 'n', 'must be greater than 0');
      else denominator = nv;
    } else if (nv !== undefined) {
      list.add(i, 'n', 'must be a number greater than 0');
    }
    y[i] = value;
    if (denominator === denominator) {
      if (n === null) n = new Float64Array(rows).fill(NaN);
      n[i] = denominator;
      withN++;
    }

    if (value === value) {
      if (denominator === denominator) withRate++;
      if (denominator !== denominator && nv === undefined) {
        if (firstWithoutN < 0) firstWithoutN = i;
        if (needsN) list.add(i, 'n', `is required for a ${chartName(chart)} (the denominator)`);
      }
      if (counts && value < 0) list.add(i, 'y', `must not be negative on a ${chartName(chart)}`);
      else if (positive && value <= 0)
        list.add(i, 'y', 'must be greater than 0 on a T chart (time between events)');
      else if (proportion && denominator === denominator && value > denominator) {
        list.add(i, 'y', `must not be more than n (${denominator}) on a ${chartName(chart)}`);
      }
    }
  }

  if (RATE.has(chart) && withRate > 0 && firstWithoutN >= 0) {
    list.add(firstWithoutN, 'n', 'is missing: give a denominator for every point or for none');
  }
  const subgroups = chart === 'xbar' || chart === 's';
  let order: Int32Array | null = null;
  if (badX === 0 && !mixed) {
    const sorted = orderByX(keys, subgroups);
    order = sorted.order;
    const xKind = kind ?? 'date';
    for (const [row, earlier] of sorted.duplicates) {
      const x = (data[row] as { x?: unknown }).x;
      list.add(row, 'x', duplicateXMessage(x, xKind, `data[${earlier}]`));
    }
  }
  list.finish();
  if (problems.length > before) return null;
  if (order !== null) {
    y = permute(y, order);
    if (n !== null) n = permute(n, order);
  }
  const xKind = kind ?? 'date';
  // An empty column reads as NaN (out of range) for every row.
  const denominators = n ?? new Float64Array(0);

  if (subgroups) {
    const sortedKeys = order === null ? keys : permute(keys, order);
    return groupSubgroups(sortedKeys, y, chart, withN > 0, order, xKind);
  }

  const useRate = RATE.has(chart) && withRate > 0;
  const dividesByN = needsN || useRate;
  const value = dividesByN ? new Float64Array(rows) : y;
  if (dividesByN) {
    for (let i = 0; i < rows; i++) {
      const yi = y[i] ?? NaN;
      const v = yi / (denominators[i] ?? NaN);
      if (Number.isFinite(v)) value[i] = v;
      else {
        value[i] = NaN;
        if (yi === yi)
          list.add(
            order === null ? i : (order[i] ?? i),
            'y',
            'divided by n is too large to calculate with',
          );
      }
    }
    list.finish();
    if (problems.length > before) return null;
  }
  return {
    length: rows,
    value,
    numerator: y,
    denominator: denominators,
    sd: null,
    firstRow: null,
    hasDenominator: withN > 0,
    order,
    xKind,
  };
}

export function chartName(chart: ChartType): string {
  switch (chart) {
    case 'pp':
      return 'p′ chart';
    case 'up':
      return 'u′ chart';
    case 'xmr':
      return 'XmR chart';
    case 'mr':
      return 'MR chart';
    case 'xbar':
      return 'Xbar chart';
    case 'run':
      return 'run chart';
    default:
      return `${chart.toUpperCase()} chart`;
  }
}
