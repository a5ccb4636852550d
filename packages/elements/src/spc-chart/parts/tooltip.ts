import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { TooltipPlacement, TooltipView } from '../view.js';

/**
 * Positions the tooltip through the CSSOM: a strict CSP (`style-src 'self'`) blocks a `style`
 * attribute, which is what a style binding writes on first render.
 */
function placeTooltip(el: Element | undefined, left: number, top: number): void {
  if (!(el instanceof HTMLElement)) return;
  el.style.setProperty('left', `${left}%`);
  el.style.setProperty('top', `${top}%`);
}

/** The details of the focused or hovered point, placed beside it. */
export function renderTooltip(
  tooltip: TooltipView,
  placement: TooltipPlacement,
  onLeave: (event: PointerEvent) => void,
): TemplateResult {
  const { left, top, classes } = placement;
  return html`<div
    class=${classes}
    part="tooltip"
    aria-hidden="true"
    ${ref((el?: Element) => placeTooltip(el, left, top))}
    @pointerleave=${onLeave}
  >
    <p class="tooltip-date">${tooltip.date}</p>
    <p class="tooltip-value">${tooltip.value}</p>
    ${tooltip.centre !== undefined ? html`<p>${tooltip.centre}</p>` : nothing}
    ${tooltip.limits !== undefined ? html`<p>${tooltip.limits}</p>` : nothing}
    <p class="tooltip-signal">${tooltip.signal}</p>
  </div>`;
}
