import { html, nothing, type TemplateResult } from 'lit';
import type { QmsWheelSegment } from '../../internal/events/qms-segment-select.js';
import { renderLocalised } from '../../internal/render-localised.js';
import { aspectName, centreName, feedbackView } from '../view.js';
import { assessmentPart } from './assessment.js';
import { panelHeadingLevel, type WheelContext } from './context.js';

/** The panel of the selected segment: an aspect's self-assessment, or the centre's feedback. */
export function panelPart(ctx: WheelContext, segment: QmsWheelSegment): TemplateResult {
  const level = panelHeadingLevel(ctx.level);
  const title =
    segment === 'centre' ? centreName(ctx.i18n, ctx.settings) : aspectName(ctx.i18n, segment);
  return html`<section
    class="panel"
    part="panel"
    aria-labelledby="panel-title"
    data-segment=${segment}
    @keydown=${ctx.on.panelKeydown}
  >
    <div class="panel-title" id="panel-title" role="heading" aria-level=${level}>${title}</div>
    ${segment === 'centre' ? feedbackPart(ctx, level) : assessmentPart(ctx, segment, level)}
  </section>`;
}

function feedbackPart(ctx: WheelContext, level: number): TemplateResult {
  const { i18n } = ctx;
  const heading = (text: string) =>
    html`<div class="panel-heading" role="heading" aria-level=${panelHeadingLevel(level)}>
      ${text}
    </div>`;
  const { sources, items } = feedbackView(ctx.draft);
  return html`${
      ctx.settings.centre === 'continuous-learning'
        ? html`<p class="definition">${i18n.t('wheel.learning.text')}</p>`
        : nothing
    }
    ${heading(i18n.t('wheel.feedback.sources'))}
    <ul class="sources">
      ${sources.map(
        (s) => html`<li>${i18n.t(`qms.feedbackSource.${s.source}`)} (${i18n.number(s.count)})</li>`,
      )}
    </ul>
    ${heading(i18n.t('wheel.feedback.items'))}
    ${
      items.length === 0
        ? html`<p>${i18n.t('wheel.feedback.none')}</p>`
        : html`<ul class="feedback">
            ${items.map(
              (item) =>
                html`<li>
                  ${
                    item.url
                      ? html`<a href=${item.url}>${renderLocalised(i18n, item.title)}</a>`
                      : renderLocalised(i18n, item.title)
                  }
                  <span class="item-meta"
                    >${i18n.t(`qms.feedbackSource.${item.source}`)} · ${i18n.date(item.date)}</span
                  >
                </li>`,
            )}
          </ul>`
    }`;
}
