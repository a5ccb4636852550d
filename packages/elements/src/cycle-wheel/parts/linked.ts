import { html, nothing, type TemplateResult } from 'lit';
import type { SegmentLinks } from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import { renderLocalised } from '../../internal/render-localised.js';

/** The measures an aspect links to, with their variation and assurance icons. */
export function linkedMeasuresPart(i18n: LocalizeController, links: SegmentLinks): TemplateResult {
  if (links.measures.length === 0) return html`<p>${i18n.t('wheel.measures.none')}</p>`;
  return html`<ul class="linked">
    ${links.measures.map((m) =>
      m.measure
        ? html`<li data-measure=${m.id}>
            <qms-spc-icon kind="variation" value=${m.variation}></qms-spc-icon>
            <qms-spc-icon kind="assurance" value=${m.assurance ?? 'none'}></qms-spc-icon>
            <span>${renderLocalised(i18n, m.measure.name)}</span>
          </li>`
        : html`<li data-measure=${m.id}>${i18n.t('wheel.measure.unknown', { id: m.id })}</li>`,
    )}
  </ul>`;
}

/** The actions an aspect links to, with their status and due state. */
export function linkedActionsPart(i18n: LocalizeController, links: SegmentLinks): TemplateResult {
  if (links.actions.length === 0) return html`<p>${i18n.t('wheel.actions.none')}</p>`;
  return html`<ul class="linked">
    ${links.actions.map((a) =>
      a.action
        ? html`<li data-action=${a.id}>
            <span class="action-id">${a.id}</span>
            ${renderLocalised(i18n, a.action.title)}
            <span class="item-meta">
              ${i18n.t(`action.status.${a.action.status}`)}${
                a.dueState ? html` · ${i18n.t(`action.dueState.${a.dueState}`)}` : nothing
              }
            </span>
          </li>`
        : html`<li data-action=${a.id}>${i18n.t('wheel.action.unknown', { id: a.id })}</li>`,
    )}
  </ul>`;
}
