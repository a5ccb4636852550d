import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../heading.js';
import type { EvidenceView } from '../view.js';
import { dateText, textSpan, type PartContext } from './context.js';

/** The evidence strip by CQC's six categories, then the measures, then the items themselves. */
export function evidencePart(
  ctx: PartContext,
  view: EvidenceView,
  level: number,
  measures: TemplateResult | typeof nothing,
): TemplateResult {
  const { i18n } = ctx;
  const sub = Math.min(6, level + 1);
  return html`<div class="evidence" part="evidence">
    ${heading(level, i18n.t('statement.evidence'), undefined, 'label')}
    <ul class="chips" role="list">
      ${view.categories.map(
        (c) =>
          html`<li
            class="chip ${c.count === 0 ? 'chip--empty' : ''}"
            part="chip"
            data-category=${c.category}
          >
            <span class="chip-name">${i18n.t(`statement.category.${c.category}`)}</span>
            <span class="chip-count"
              >${
                c.count === 0
                  ? i18n.t('statementCard.evidence.none')
                  : i18n.plural('statementCard.evidence.count', c.count)
              }</span
            >
            ${
              c.lastUpdated
                ? html`<span class="chip-date"
                    >${i18n.t('statementCard.evidence.lastUpdated', {
                      date: dateText(ctx, c.lastUpdated),
                    })}</span
                  >`
                : nothing
            }
            ${
              c.score
                ? html`<span class="chip-score"
                    >${i18n.t('statementCard.evidence.categoryScore', {
                      value: i18n.number(c.score),
                      label: i18n.t(`statement.score.${c.score}`),
                    })}</span
                  >`
                : nothing
            }
          </li>`,
      )}
    </ul>
    ${measures}
    ${
      view.items.length > 0
        ? html`${heading(sub, i18n.t('statementCard.evidence.items'), undefined, 'label')}
            <ul class="items">
              ${view.items.map((item) => {
                const title = item.title;
                return html`<li>
                  ${
                    item.url
                      ? html`<a href=${item.url} lang=${ifDefined(title?.lang)}
                          >${title?.text ?? ''}</a
                        >`
                      : textSpan(title)
                  }
                  <span class="visually-hidden">, </span>
                  <span class="item-meta"
                    >${i18n.t(`statementCard.category.short.${item.category}`)},
                    ${dateText(ctx, item.date)}</span
                  >
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </div>`;
}

/** Evidence counts by category, for the compact card. */
export function evidenceCountsPart(ctx: PartContext, view: EvidenceView): TemplateResult {
  const { i18n } = ctx;
  return html`<ul class="counts" part="evidence" aria-label=${i18n.t('statement.evidence')}>
    ${view.categories.map(
      (c) =>
        html`<li class="count ${c.count === 0 ? 'count--empty' : ''}" data-category=${c.category}>
          <span class="count-name">${i18n.t(`statementCard.category.short.${c.category}`)}</span
          ><span aria-hidden="true">: </span><span class="visually-hidden"> </span
          ><span class="count-value">${i18n.number(c.count)}</span>
        </li>`,
    )}
  </ul>`;
}
