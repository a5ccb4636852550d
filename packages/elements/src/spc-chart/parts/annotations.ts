import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Layout } from '../layout.js';
import type { AnnotationMark, Words } from '../view.js';

/** The numbered list of annotations, each with its date. */
export function renderAnnotationList(
  annotations: readonly AnnotationMark[],
  words: Words,
  dateOf: (time: number) => string,
): TemplateResult | typeof nothing {
  if (annotations.length === 0) return nothing;
  return html`<div class="annotations" part="annotations">
    <p class="legend-title">${words.t('spcChart.annotations')}</p>
    <ol>
      ${annotations.map(
        (a) =>
          html`<li value=${a.number}>
            <span class="annotation-date">${dateOf(a.time)}</span>:
            <span lang=${ifDefined(a.lang)}>${a.label}</span>
          </li>`,
      )}
    </ol>
  </div>`;
}

/** The annotations' numbered marks on the plot, for those inside its dates. */
export function renderAnnotationMarks(
  annotations: readonly AnnotationMark[],
  layout: Layout,
  words: Words,
): SVGTemplateResult {
  const { plot } = layout;
  const [t0, t1] = layout.x.domain().map((d) => d.getTime()) as [number, number];
  return svg`<g class="annotation-marks">
    ${annotations
      .filter((a) => a.time >= t0 && a.time <= t1)
      .map((a) => {
        const px = Math.round(layout.x(a.time) * 10) / 10;
        const y0 = plot.y + plot.height + 24;
        return svg`<g class="annotation" data-number=${a.number}>
          <line x1=${px} x2=${px} y1=${plot.y} y2=${plot.y + plot.height}></line>
          <path d="M${px} ${y0 - 6}l5 8h-10z"></path>
          <text x=${px} y=${y0 + 12} text-anchor="middle">${words.number(a.number)}</text>
        </g>`;
      })}
  </g>`;
}
