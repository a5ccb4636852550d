import {
  niceDomain,
  scaleLinear,
  scaleUtc,
  type LinearScale,
  type TimeScale,
} from '../internal/scale.js';
import type { ChartModel } from './model.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything goes: the SVG size, the plot area and the two scales. */
export interface Layout {
  /** x pixel of a time in ms and y pixel of a value: the scales as plain arithmetic (fast). */
  readonly px: (t: number) => number;
  readonly py: (v: number) => number;
  readonly width: number;
  readonly height: number;
  readonly plot: Box;
  readonly x: TimeScale;
  readonly y: LinearScale;
  readonly xTicks: readonly Date[];
  readonly yTicks: readonly number[];
  /** Narrow (phone) layout: fewer ticks, smaller margins, no labels on the chart itself. */
  readonly compact: boolean;
}

export interface LayoutOptions {
  /** Fixed value-axis range; each end falls back to the data. */
  yMin?: number | undefined;
  yMax?: number | undefined;
  /** Formats a value-axis tick, to size the left margin. */
  formatY: (value: number, ticks: readonly number[]) => string;
  /** Formats the time-axis ticks, to fit as many as their labels allow. */
  formatX: (ticks: readonly Date[]) => string[];
  /** Values the axis never passes when the data stays inside (0 to 1 for proportions). */
  bounds?: readonly [number, number] | undefined;
  /** Room for annotation markers under the axis. */
  annotations: boolean;
}

/** Below this width (CSS pixels) the chart uses its compact layout. */
export const COMPACT_WIDTH = 480;
const DAY = 86_400_000;
/** Approximate width of a digit at the tick font size, to size the margin without measuring. */
const CHAR_WIDTH = 7;
/** Average width of a character of a time-axis label (12px text). */
const LABEL_CHAR_WIDTH = 6.5;

export function chartHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(220, width * 0.5)));
}

function timeDomain(model: ChartModel): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const { time, length } = model;
  // Points are in time order, so the first and last readable times bound the axis.
  for (let i = 0; i < length; i++) {
    const t = time[i] ?? NaN;
    if (t === t) {
      lo = t;
      break;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    const t = time[i] ?? NaN;
    if (t === t) {
      hi = t;
      break;
    }
  }
  if (!(lo <= hi)) {
    const now = Date.UTC(2024, 0, 1);
    return [now - DAY, now + DAY];
  }
  return lo === hi ? [lo - 15 * DAY, hi + 15 * DAY] : [lo, hi];
}

/** Beyond this the span of the axis (hi − lo) and its padding would overflow to Infinity. */
const LARGEST = Number.MAX_VALUE / 4;
/** Spans narrower than this (subnormal values) give tick steps whose 10^digits overflow. */
const NARROWEST = 1e-290;

function valueDomain(model: ChartModel, options: LayoutOptions): [number, number] {
  let [lo, hi] = model.extent;
  if (!(lo <= hi)) [lo, hi] = [0, 1];
  lo = Math.max(-LARGEST, Math.min(LARGEST, lo));
  hi = Math.max(-LARGEST, Math.min(LARGEST, hi));
  // A flat series, or one too narrow for tick arithmetic (subnormals), is padded around its value.
  if (hi - lo < NARROWEST || hi - lo < Math.max(Math.abs(lo), Math.abs(hi)) * 1e-14) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  } else {
    const pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
  }
  const fixedLo = options.yMin !== undefined && Number.isFinite(options.yMin);
  const fixedHi = options.yMax !== undefined && Number.isFinite(options.yMax);
  const bounds = options.bounds;
  if (bounds) {
    const [minData, maxData] = model.extent;
    if (!(minData < bounds[0])) lo = Math.max(lo, bounds[0]);
    if (!(maxData > bounds[1])) hi = Math.min(hi, bounds[1]);
  }
  if (fixedLo) lo = options.yMin as number;
  if (fixedHi) hi = options.yMax as number;
  if (!(lo < hi)) hi = lo + 1;
  return [lo, hi];
}

/** Scales and margins for a chart `width` pixels wide. */
export function computeLayout(model: ChartModel, width: number, options: LayoutOptions): Layout {
  const compact = width < COMPACT_WIDTH;
  const height = chartHeight(width);
  const top = compact ? 10 : 16;
  const right = compact ? 10 : 20;
  const bottom = (compact ? 26 : 30) + (options.annotations ? 16 : 0);
  const plotHeight = Math.max(60, height - top - bottom);

  const domain = valueDomain(model, options);
  const fixed = options.yMin !== undefined || options.yMax !== undefined;
  let yDomain: readonly [number, number] = domain;
  if (!fixed) {
    const [a, b] = niceDomain(domain, Math.max(3, Math.round(plotHeight / 50)));
    const bounds = options.bounds;
    yDomain = bounds
      ? [Math.max(a, Math.min(domain[0], bounds[0])), Math.min(b, Math.max(domain[1], bounds[1]))]
      : [a, b];
  }
  const y = scaleLinear(yDomain, [top + plotHeight, top]);
  const yTicks = y.ticks(Math.max(3, Math.round(plotHeight / (compact ? 45 : 40))));
  const longest = yTicks.reduce((m, v) => Math.max(m, options.formatY(v, yTicks).length), 1);
  const left = Math.min(compact ? 48 : 72, 12 + longest * CHAR_WIDTH);

  const plotWidth = Math.max(40, width - left - right);
  const x = scaleUtc(timeDomain(model), [left, left + plotWidth]);
  const xTicks = fitTicks(x.ticks(Math.max(2, Math.floor(plotWidth / 60))), plotWidth, options);

  return {
    px: linear(x.domain().map((d) => d.getTime()) as [number, number], x.range()),
    py: linear(y.domain(), y.range()),
    width,
    height,
    plot: { x: left, y: top, width: plotWidth, height: plotHeight },
    x,
    y,
    xTicks,
    yTicks,
    compact,
  };
}

/**
 * As many time ticks as their labels leave room for (Welsh month names are longer): every k-th
 * tick, starting from a January when there is one so years stay labelled.
 */
function fitTicks(ticks: Date[], plotWidth: number, options: LayoutOptions): Date[] {
  if (ticks.length < 2) return ticks;
  const labels = options.formatX(ticks);
  const widest = labels.reduce((m, l) => Math.max(m, l.length), 1) * LABEL_CHAR_WIDTH + 16;
  const room = Math.max(1, Math.floor(plotWidth / widest));
  if (ticks.length <= room) return ticks;
  const step = Math.ceil(ticks.length / room);
  const january = ticks.findIndex((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const offset = january >= 0 ? january % step : 0;
  return ticks.filter((_, i) => i % step === offset);
}

/** The linear map taking domain [d0, d1] onto range [r0, r1]. */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const span = d1 - d0;
  const k = span === 0 || !Number.isFinite(span) ? 0 : (r1 - r0) / span;
  const c = r0 - d0 * k;
  return Number.isFinite(c) ? (v) => c + k * v : () => (r0 + r1) / 2;
}

/** Fraction digits that tell ticks apart (steps of 0.25 → 2, of 5 → 0). */
export function tickDigits(ticks: readonly number[]): number {
  if (ticks.length < 2) return 2;
  const step = Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0));
  if (!(step > 0)) return 2;
  for (let digits = 0; digits < 6; digits++) {
    const scaled = step * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return digits;
  }
  return 6;
}
