import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../heading.js';
import type { ActionRow } from '../view.js';
import { dateText, textSpan, type PartContext } from './context.js';

function actionItem(ctx: PartContext, row: ActionRow): TemplateResult {
  const { i18n } = ctx;
  const action = row.resolved;
  if (!action) {
    if (row.note === undefined) {
      return html`<li class="action" data-action=${row.id}><span>${row.id}</span></li>`;
    }
    const note = i18n.t(
      row.note === 'unreadable'
        ? 'statementCard.action.unreadable'
        : 'statementCard.action.notFound',
    );
    return html`<li class="action action--unresolved" data-action=${row.id}>
      <span>${row.id}</span> <span class="note">(${note})</span>
    </li>`;
  }
  const { due, dueState: state } = action;
  return html`<li class="action" data-action=${action.id}>
    <span class="action-title">${textSpan(action.title, action.id)}</span>
    <span class="action-meta">
      <span class="due-state due-state--${state}">${i18n.t(`action.dueState.${state}`)}</span>${
        due
          ? html`<span aria-hidden="true"> · </span><span class="visually-hidden">, </span>${i18n.t(
                'statementCard.action.due',
                {
                  date: dateText(ctx, due),
                },
              )}`
          : nothing
      }
    </span>
  </li>`;
}

/** The linked actions with their due state. */
export function actionsPart(
  ctx: PartContext,
  rows: readonly ActionRow[],
  level: number,
): TemplateResult {
  const { i18n } = ctx;
  return html`<div class="actions" part="actions">
    ${heading(level, i18n.t('statementCard.actions'), undefined, 'label')}
    ${
      rows.length > 0
        ? html`<ul class="action-list" role="list">
            ${rows.map((row) => actionItem(ctx, row))}
          </ul>`
        : html`<p class="missing">${i18n.t('common.none')}</p>`
    }
  </div>`;
}
