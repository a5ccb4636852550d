import { nothing, svg, type TemplateResult } from 'lit';
import { R } from '../geometry.js';
import { SEGMENTS, centreView } from '../view.js';
import type { WheelContext } from './context.js';

/** The centre of the ring (Feedback or Continuous learning), a `role="button"` like the aspects. */
export function centrePart(ctx: WheelContext): TemplateResult {
  const view = centreView(ctx.i18n, ctx.draft, ctx.settings);
  const tabbable = ctx.focusIndex === SEGMENTS.length - 1;
  const pressed = ctx.selected === 'centre';
  return svg`<g
      class="segment centre"
      part="segment"
      role="button"
      tabindex=${tabbable ? '0' : '-1'}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${view.label}
      data-segment="centre"
      @click=${() => ctx.on.activate('centre')}
      @focus=${() => ctx.on.focused('centre')}
    >
      <circle class="focus-ring" r=${R.centre}></circle>
      <circle class="segment-shape" r=${R.centre}></circle>
    </g>
    <text class="seg-text" text-anchor="middle" aria-hidden="true" data-label="centre">
        ${view.lines.map(
          (line) => svg`<tspan class="seg-name" x="0" y=${line.y}>${line.text} </tspan>`,
        )}
        ${
          view.badge
            ? svg`<tspan class="seg-badge" x="0" y=${view.badge.y}>${view.badge.text}</tspan>`
            : nothing
        }
    </text>`;
}
