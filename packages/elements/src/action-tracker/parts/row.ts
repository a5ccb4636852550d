import { html, nothing, type TemplateResult } from 'lit';
import type { Action, MessageKey } from '@qms-kit/sdk';
import { renderDetails } from './details.js';
import { confidenceBadge, domId, dueBadge, localText, none, dateOrNone } from './badges.js';
import type { TrackerContext } from './context.js';
import { COLUMN_COUNT, dueOf } from '../view.js';

export function renderRow(ctx: TrackerContext, action: Action): TemplateResult {
  const i18n = ctx.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const open = ctx.list.expanded.has(action.id);
  const detailsId = domId('details', action.id);
  const title = ctx.text(action.title);
  const { due, state: dueState } = dueOf(action, ctx.today, ctx.dueSoonDays);
  return html`<tr
      class="row ${dueState === 'overdue' ? 'row--overdue' : ''}"
      data-id=${action.id}
      data-due=${dueState}
    >
      <th scope="row" class="cell-title" tabindex="-1">
        ${localText(i18n, action.title)} <span class="id">${action.id}</span>
      </th>
      <td data-label=${t('action.owner')}>${localText(i18n, action.owner)}</td>
      <td data-label=${t('action.due')} class="cell-due">
        ${due ? html`<span class="date">${i18n.date(due)}</span>` : none(i18n)}
        ${
          action.revisedDue
            ? html`<span class="revised" title=${revisedFrom(ctx, action)}
                >${t('actionTracker.revised')}</span
              >`
            : nothing
        }
        ${dueBadge(i18n, dueState)}
      </td>
      <td data-label=${t('actionTracker.column.status')} data-status=${action.status}>
        ${i18n.t(`action.status.${action.status}`)}
      </td>
      <td data-label=${t('action.deliveryConfidence')}>
        ${confidenceBadge(i18n, action.deliveryConfidence)}
      </td>
      <td data-label=${t('actionTracker.filter.aspect')}>${ctx.aspectLabel(action.aspect)}</td>
      <td data-label=${t('actionTracker.filter.domain')}>
        ${action.domain ? ctx.domainLabel(action.domain) : none(i18n)}
      </td>
      <td data-label=${t('action.lastUpdate')}>${dateOrNone(ctx.i18n, action.lastUpdate)}</td>
      <td class="cell-details">
        <button
          class="button button--link details-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? detailsId : nothing}
          @click=${() => ctx.list.toggleDetails(action.id)}
        >
          ${t('actionTracker.details')}<span class="visually-hidden">
            ${i18n.t('actionTracker.details.of', { title })}</span
          >
        </button>
      </td>
    </tr>
    ${
      open
        ? html`<tr class="details-row" id=${detailsId} data-details=${action.id}>
            <td colspan=${COLUMN_COUNT}>${renderDetails(ctx, action)}</td>
          </tr>`
        : nothing
    }`;
}

export function revisedFrom(ctx: TrackerContext, action: Action): string {
  return ctx.i18n.t('actionTracker.revisedFrom', {
    date: action.due ? ctx.i18n.date(action.due) : '–',
    reason: ctx.text(action.revisedDue?.reason),
  });
}
