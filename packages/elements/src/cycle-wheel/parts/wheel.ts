import { html, nothing, type TemplateResult } from 'lit';
import { renderLocalised } from '../../internal/render-localised.js';
import type { WheelContext } from './context.js';
import { legendPart } from './legend.js';
import { listPart } from './list.js';
import { panelPart } from './panel.js';
import { ringPart } from './ring.js';
import { summaryPart } from './summary.js';

/** The whole wheel: title, ring and legend, narrow list, summary table and the open panel. */
export function wheelPart(ctx: WheelContext): TemplateResult {
  const { i18n, draft } = ctx;
  const scopeName = draft.scopeName ? renderLocalised(i18n, draft.scopeName) : nothing;
  return html`<section class="wheel-root" aria-labelledby="title">
    <div class="title" id="title" role="heading" aria-level=${ctx.level}>
      ${i18n.t(`wheel.title.${ctx.settings.scope}`)}
    </div>
    ${
      draft.scopeName || draft.assessedOn
        ? html`<p class="meta">
            ${scopeName}${draft.scopeName && draft.assessedOn ? ' · ' : ''}${
              draft.assessedOn
                ? i18n.t('wheel.assessedOn', { date: i18n.date(draft.assessedOn) })
                : nothing
            }
          </p>`
        : nothing
    }
    <div class="ring-view">${ringPart(ctx)} ${legendPart(ctx)}</div>
    ${listPart(ctx)} ${summaryPart(ctx)} ${ctx.selected ? panelPart(ctx, ctx.selected) : nothing}
  </section>`;
}
