import { nothing, svg, type SVGTemplateResult } from 'lit';
import { oneSigmaLine } from '@qms-kit/sdk';
import { polyline } from '../internal/polyline.js';
import type { DrawSet } from './decimate.js';
import type { Layout } from './layout.js';
import { markerPath, SHAPES, TONES } from './markers.js';
import { MARKER_KINDS, type ChartModel, type LineName, type MarkerKind } from './model.js';

/** Above this many markers they are drawn as one path per kind instead of one element each. */
export const MAX_MARKER_ELEMENTS = 600;

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** The x pixel of point i. */
export function xOfPoint(model: ChartModel, layout: Layout, i: number): number {
  return layout.px(model.time[i] ?? 0);
}

/** Marker "radius": smaller when points crowd together, never below 1.5 px. */
export function markerRadius(model: ChartModel, layout: Layout): number {
  const perPoint = layout.plot.width / Math.max(1, model.navigable.length);
  return Math.max(1.5, Math.min(layout.compact ? 3.25 : 4, perPoint * 0.42));
}

/**
 * A line that may change from point to point (limits of p and u charts) or not (XmR), drawn as
 * steps: each point's value spans half-way to its neighbours, runs of equal values become one
 * horizontal segment, and NaN leaves a gap. With more points than pixels, each pixel column takes
 * the value of its first point. `value(i)` reads the line at point i.
 */
export function stepPath(
  model: ChartModel,
  layout: Layout,
  start: number,
  end: number,
  value: (i: number) => number,
): string {
  const { time } = model;
  const x = (i: number) => layout.px(time[i] ?? 0);
  const dense = end - start + 1 > layout.plot.width * 2;
  const vertices: [number, number][] = [];
  const left = (i: number) => (i <= start ? x(start) : (x(i - 1) + x(i)) / 2);
  const right = (i: number) => (i >= end ? x(end) : (x(i) + x(i + 1)) / 2);
  const same = (a: number, b: number) => a === b || (a !== a && b !== b);
  let runStart = start;
  let v = value(start);
  let column = Math.floor(x(start));
  for (let i = start + 1; i <= end + 1; i++) {
    if (i <= end) {
      if (dense) {
        const c = Math.floor(x(i));
        if (c === column) continue;
        column = c;
      }
      if (same(value(i), v)) continue;
    }
    const py = layout.py(v);
    if (v === v) vertices.push([left(runStart), py], [right(i - 1), py]);
    else vertices.push([left(runStart), NaN]);
    runStart = i;
    if (i <= end) v = value(i);
  }
  return polyline(
    vertices,
    (d) => r1(d[0]),
    (d) => r1(d[1]),
    (d) => d[1] === d[1],
  );
}

/** The value line through the chosen points; -1 entries break it. */
export function valuePath(model: ChartModel, layout: Layout, set: DrawSet): string {
  const { time, y } = model;
  return polyline(
    Array.from(set.line),
    (i) => r1(layout.px(time[i] ?? 0)),
    (i) => r1(layout.py(y[i] ?? 0)),
    (i) => i >= 0,
  );
}

/** The 1-sigma line where it can be read exactly from the engine's lines (the SDK's rule). */
function oneSigma(model: ChartModel, side: 'lower' | 'upper', i: number): number {
  const { centre, lower, upper, lowerNear, upperNear } = model.lines;
  const near = (side === 'upper' ? upperNear[i] : lowerNear[i]) ?? NaN;
  const limit = (side === 'upper' ? upper[i] : lower[i]) ?? NaN;
  return oneSigmaLine(centre[i] ?? NaN, near, limit);
}

export interface LineSet {
  centre: string;
  limits: string;
  near: string;
  one: string;
}

/** The centre, limit and sigma lines of one partition. */
export function partitionLines(
  model: ChartModel,
  layout: Layout,
  start: number,
  end: number,
  withSigma: boolean,
): LineSet {
  const read = (name: LineName) => {
    const column = model.lines[name];
    return (i: number) => column[i] ?? NaN;
  };
  const path = (value: (i: number) => number) => stepPath(model, layout, start, end, value);
  return {
    centre: path(read('centre')),
    limits: `${path(read('lower'))}${path(read('upper'))}`,
    near: withSigma ? `${path(read('lowerNear'))}${path(read('upperNear'))}` : '',
    one: withSigma
      ? `${path((i) => oneSigma(model, 'lower', i))}${path((i) => oneSigma(model, 'upper', i))}`
      : '',
  };
}

/** Markers: one element per point (with data-index) or, when there are many, one path per kind. */
export function renderMarkers(
  model: ChartModel,
  layout: Layout,
  indices: Int32Array,
  radius: number,
): SVGTemplateResult {
  const { time, y, kind } = model;
  if (indices.length <= MAX_MARKER_ELEMENTS) {
    return svg`${Array.from(drawable(model, layout, indices), (i) => {
      const k = MARKER_KINDS[kind[i] ?? 0] ?? 'common-cause';
      const shape = SHAPES[k];
      const special = k !== 'common-cause' && k !== 'ghost';
      const d = markerPath(
        shape,
        layout.px(time[i] ?? 0),
        layout.py(y[i] ?? 0),
        special ? radius * 1.15 : radius,
      );
      return svg`<path class="point ${TONES[k]} ${shape}" data-kind=${k} data-index=${i} d=${d}></path>`;
    })}`;
  }
  const paths = new Map<MarkerKind, string[]>();
  for (const i of drawable(model, layout, indices)) {
    const k = MARKER_KINDS[kind[i] ?? 0] ?? 'common-cause';
    const list = paths.get(k) ?? [];
    const special = k !== 'common-cause' && k !== 'ghost';
    list.push(
      markerPath(
        SHAPES[k],
        layout.px(time[i] ?? 0),
        layout.py(y[i] ?? 0),
        special ? radius * 1.15 : radius,
      ),
    );
    paths.set(k, list);
  }
  return svg`${[...paths].map(
    ([k, list]) =>
      svg`<path class="point ${TONES[k]} ${SHAPES[k]}" data-kind=${k} d=${list.join('')}></path>`,
  )}`;
}

/** Tick marks and labels of both axes, and light horizontal grid lines. */
export function renderAxes(
  layout: Layout,
  formatX: (d: Date) => string,
  formatY: (v: number) => string,
): SVGTemplateResult {
  const { plot } = layout;
  const bottom = plot.y + plot.height;
  return svg`
    <g class="grid">
      ${layout.yTicks.map((v) => {
        const py = r1(layout.y(v));
        return svg`<line x1=${plot.x} x2=${plot.x + plot.width} y1=${py} y2=${py}></line>`;
      })}
    </g>
    <g class="axis axis-y">
      ${layout.yTicks.map(
        (v) =>
          svg`<text x=${plot.x - 6} y=${r1(layout.y(v))} dy="0.32em" text-anchor="end">${formatY(v)}</text>`,
      )}
    </g>
    <g class="axis axis-x">
      <line class="domain" x1=${plot.x} x2=${plot.x + plot.width} y1=${bottom} y2=${bottom}></line>
      ${layout.xTicks.map((d) => {
        const px = r1(layout.x(d));
        return svg`<line x1=${px} x2=${px} y1=${bottom} y2=${bottom + 5}></line>
          <text x=${px} y=${bottom + 8} dy="0.71em" text-anchor="middle">${formatX(d)}</text>`;
      })}
    </g>
  `;
}

/** A vertical dashed line where the limits are recalculated, with a short label. */
export function renderRebase(
  model: ChartModel,
  layout: Layout,
  label: string,
): SVGTemplateResult | typeof nothing {
  const parts = model.result.partitions;
  if (parts.length < 2) return nothing;
  const { plot } = layout;
  return svg`${parts.slice(1).map((p) => {
    const before = xOfPoint(model, layout, Math.max(0, p.start - 1));
    const px = r1((before + xOfPoint(model, layout, p.start)) / 2);
    return svg`<g class="rebase" data-partition=${parts.indexOf(p)}>
      <line x1=${px} x2=${px} y1=${plot.y} y2=${plot.y + plot.height}></line>
      ${layout.compact ? nothing : svg`<text x=${px + 4} y=${plot.y + 10}>${label}</text>`}
    </g>`;
  })}`;
}

/** The points whose position is finite: an overflowing value is never drawn at NaN. */
function drawable(model: ChartModel, layout: Layout, indices: Int32Array): number[] {
  const out: number[] = [];
  for (const i of indices) {
    if (
      Number.isFinite(layout.px(model.time[i] ?? NaN)) &&
      Number.isFinite(layout.py(model.y[i] ?? NaN))
    ) {
      out.push(i);
    }
  }
  return out;
}

/**
 * The lines that hold ±Infinity or lost their centre. The SDK withholds the lines of values too
 * large to calculate with (its `values-too-large` warning, shown in the notes), so this is a last
 * guard: such lines are named in an alert and non-finite coordinates are never drawn.
 */
export function overflowedLines(model: ChartModel): string[] {
  const names: string[] = [];
  for (const [name, column] of Object.entries(model.lines)) {
    for (let i = 0; i < model.length; i++) {
      const v = column[i] ?? NaN;
      const lostCentre = name === 'centre' && v !== v && Number.isFinite(model.y[i] ?? NaN);
      if (v === Infinity || v === -Infinity || (lostCentre && model.hasLimits)) {
        names.push(name);
        break;
      }
    }
  }
  return names;
}
