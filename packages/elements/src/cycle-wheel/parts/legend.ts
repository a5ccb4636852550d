import { html, nothing, type TemplateResult } from 'lit';
import { renderLocalised } from '../../internal/render-localised.js';
import { enablerLegend } from '../view.js';
import type { WheelContext } from './context.js';

/** The enablers' legend beside the ring, with their flagged measures and actions. */
export function legendPart(ctx: WheelContext): TemplateResult | typeof nothing {
  if (!ctx.showEnablers) return nothing;
  const { i18n } = ctx;
  return html`<div class="enabler-legend" part="enablers">
    <p class="legend-title" id="enablers-title">${i18n.t('wheel.enablers.legend')}</p>
    <ol aria-labelledby="enablers-title">
      ${enablerLegend(i18n, ctx.draft, ctx.links).map(
        (item) =>
          html`<li data-enabler=${item.id}>
            ${renderLocalised(i18n, item.label)}${
              item.extra !== ''
                ? html`<span class="enabler-extra"> – ${item.extra}</span>`
                : nothing
            }
          </li>`,
      )}
    </ol>
  </div>`;
}
