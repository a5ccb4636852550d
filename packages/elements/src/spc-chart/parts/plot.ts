import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DrawSet } from '../decimate.js';
import {
  markerRadius,
  partitionLines,
  renderAxes,
  renderMarkers,
  renderRebase,
  valuePath,
  xOfPoint,
} from '../draw.js';
import type { Layout } from '../layout.js';
import type { ChartModel } from '../model.js';
import type { AnnotationMark, Text, TooltipPlacement, TooltipView, Words } from '../view.js';
import { renderAnnotationMarks } from './annotations.js';
import { renderTooltip } from './tooltip.js';

/** What the drawing needs besides the model and layout. */
export interface Drawing {
  set: DrawSet;
  target: number | null;
  centre: 'median' | 'mean';
  showSigmaLines: boolean;
  annotations: readonly AnnotationMark[];
  formatX: (d: Date) => string;
  formatY: (v: number) => string;
}

export interface PlotHandlers {
  onKeydown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerLeave: (event: PointerEvent) => void;
  onClick: (event: MouseEvent) => void;
  onTooltipLeave: (event: PointerEvent) => void;
}

/** The "drawing" status shown while a large series is analysed or drawn. */
export function renderDrawingStatus(words: Words): TemplateResult {
  return html`<p class="qms-status drawing" part="status" role="status">
    ${words.t('spcChart.drawing')}
  </p>`;
}

/** What the plot shows: its name and summary, the drawing, and the point shown if any. */
export interface PlotView {
  name: Text;
  description: string;
  model: ChartModel;
  layout: Layout;
  showSigmaLines: boolean;
  /** Called only when the model, layout, sigma lines or language change. */
  drawing: () => Drawing;
  /** The point the focus ring marks, or -1. */
  focus: number;
  tooltip: { view: TooltipView; placement: TooltipPlacement } | undefined;
}

/** The focusable `<svg>` plot with its name and summary, the focus ring and the tooltip. */
export function renderPlot(plot: PlotView, words: Words, on: PlotHandlers): TemplateResult {
  const { name, model, layout } = plot;
  const { width, height } = layout;
  return html`<div class="plot">
    <svg
      class="chart"
      part="plot"
      viewBox="0 0 ${width} ${height}"
      tabindex="0"
      role="application"
      aria-labelledby="plot-title"
      aria-describedby="plot-desc plot-help"
      @keydown=${on.onKeydown}
      @focus=${on.onFocus}
      @blur=${on.onBlur}
      @pointermove=${on.onPointerMove}
      @pointerleave=${on.onPointerLeave}
      @click=${on.onClick}
    >
      <title id="plot-title" lang=${ifDefined(name.lang)}>${name.text}</title>
      <desc id="plot-desc">${plot.description}</desc>
      ${guard([model, layout, plot.showSigmaLines, words.tag], () =>
        renderDrawing(model, layout, plot.drawing(), words),
      )}
      ${renderFocus(model, layout, plot.focus)}
    </svg>
    ${plot.tooltip ? renderTooltip(plot.tooltip.view, plot.tooltip.placement, on.onTooltipLeave) : nothing}
    <p id="plot-help" class="visually-hidden">${words.t('spcChart.plot.help')}</p>
  </div>`;
}

/** Everything that does not change when a point is focused or hovered. */
function renderDrawing(
  model: ChartModel,
  layout: Layout,
  drawing: Drawing,
  words: Words,
): SVGTemplateResult {
  const { plot } = layout;
  const { set, target } = drawing;
  const radius = markerRadius(model, layout);
  const [lo, hi] = layout.y.domain() as [number, number];
  const partitions = model.result.partitions;
  return svg`
    <g aria-hidden="true">
      <rect class="plot-area" x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height}></rect>
      ${renderAxes(layout, drawing.formatX, drawing.formatY)}
      <!-- The values first: with thousands of points the reference lines must stay visible. -->
      <path class="values" d=${valuePath(model, layout, set)}></path>
      <g class="lines">
        ${partitions.map((p, k) => {
          const lines = partitionLines(model, layout, p.start, p.end, drawing.showSigmaLines);
          return svg`<g class="partition" data-partition=${k}>
            ${lines.one ? svg`<path class="sigma one" d=${lines.one}></path>` : nothing}
            ${lines.near ? svg`<path class="sigma near" d=${lines.near}></path>` : nothing}
            ${lines.limits ? svg`<path class="limit" d=${lines.limits}></path>` : nothing}
            ${lines.centre ? svg`<path class="centre ${drawing.centre}" d=${lines.centre}></path>` : nothing}
          </g>`;
        })}
        ${
          target !== null && target >= lo && target <= hi
            ? svg`<g class="target-group">
                <line class="target" x1=${plot.x} x2=${plot.x + plot.width} y1=${layout.y(target)} y2=${layout.y(target)}></line>
                ${
                  layout.compact
                    ? nothing
                    : svg`<text class="target-label" x=${plot.x + plot.width - 4} y=${layout.y(target) - 4} text-anchor="end">${words.t('spcChart.targetLine')}</text>`
                }
              </g>`
            : nothing
        }
        ${renderRebase(model, layout, words.t('spcChart.rebase'))}
      </g>
      <g class="points ${set.decimated ? 'decimated' : ''}">${renderMarkers(model, layout, set.markers, radius)}</g>
      ${renderAnnotationMarks(drawing.annotations, layout, words)}
    </g>
  `;
}

/** The ring and guide line on point `i` (nothing for -1 or a point without a value). */
function renderFocus(model: ChartModel, layout: Layout, i: number) {
  if (i < 0) return nothing;
  const y = model.y[i] ?? NaN;
  if (y !== y) return nothing;
  const px = xOfPoint(model, layout, i);
  const py = layout.y(y);
  return svg`<g class="focus" aria-hidden="true" data-export="omit">
    <line class="guide" x1=${px} x2=${px} y1=${layout.plot.y} y2=${layout.plot.y + layout.plot.height}></line>
    <circle class="ring-outer" cx=${px} cy=${py} r="9"></circle>
    <circle class="ring" cx=${px} cy=${py} r="7"></circle>
  </g>`;
}
