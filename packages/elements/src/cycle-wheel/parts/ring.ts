import { html, nothing, svg, type TemplateResult } from 'lit';
import { arrowTransforms, extentOf } from '../view.js';
import { centrePart } from './centre.js';
import type { WheelContext } from './context.js';
import { enablerBandPart } from './enablers.js';
import { segmentsPart } from './segments.js';

/** The ring: one toolbar holding the SVG of segments, arrows, centre and enabler band. */
export function ringPart(ctx: WheelContext): TemplateResult {
  const e = extentOf(ctx.showEnablers);
  return html`<div
    class="wheel"
    part="wheel"
    role="toolbar"
    aria-label=${ctx.i18n.t('wheel.segments')}
    @keydown=${ctx.on.ringKeydown}
  >
    <svg viewBox="${-e} ${-e} ${2 * e} ${2 * e}" role="none" focusable="false">
      ${patterns()} ${ctx.showEnablers ? enablerBandPart(ctx) : nothing} ${segmentsPart(ctx)}
      ${arrows()} ${centrePart(ctx)}
    </svg>
  </div>`;
}

function patterns(): TemplateResult {
  // Density grows with the stage: none, sparse lines, denser lines, cross-hatch, dense cross-hatch.
  const lines = (gap: number, cross: boolean) => svg`
      <path d="M0 ${gap}L${gap} 0" />
      ${cross ? svg`<path d="M0 0L${gap} ${gap}" />` : nothing}`;
  const pattern = (id: number, gap: number, cross: boolean) => svg`<pattern
        id="stage-${id}"
        patternUnits="userSpaceOnUse"
        width=${gap}
        height=${gap}
      >
        <rect class="pattern-ground" width=${gap} height=${gap}></rect>
        <g class="pattern-ink">${lines(gap, cross)}</g>
      </pattern>`;
  return svg`<defs>
      ${pattern(1, 10, false)} ${pattern(2, 6, false)} ${pattern(3, 6, true)} ${pattern(4, 3.5, true)}
    </defs>`;
}

function arrows(): TemplateResult {
  return svg`<g class="arrows" aria-hidden="true">
      ${arrowTransforms.map(
        (transform) => svg`<path class="arrow" d="M-5 -6L5 0L-5 6Z" transform=${transform}></path>`,
      )}
    </g>`;
}
