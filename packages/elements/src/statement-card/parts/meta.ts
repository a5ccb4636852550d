import { html, nothing, type TemplateResult } from 'lit';
import type { MetaView } from '../view.js';
import { dateText, textSpan, type PartContext } from './context.js';

/** Owner and review date, flagged when the review is overdue. */
export function metaPart(ctx: PartContext, view: MetaView): TemplateResult {
  const { i18n } = ctx;
  return html`<dl class="meta" part="meta">
    <div>
      <dt>${i18n.t('statement.owner')}</dt>
      <dd>${view.owner ? textSpan(view.owner) : i18n.t('common.none')}</dd>
    </div>
    <div>
      <dt>${i18n.t('statement.reviewDate')}</dt>
      <dd>
        ${view.reviewDate ? dateText(ctx, view.reviewDate) : i18n.t('common.none')}
        ${
          view.overdue
            ? html`<strong class="overdue">${i18n.t('statementCard.review.overdue')}</strong>`
            : nothing
        }
      </dd>
    </div>
  </dl>`;
}
