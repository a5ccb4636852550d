import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Action, ActionQueryResult, MessageKey } from '@qms-kit/sdk';
import { revisedFrom } from './row.js';
import { statusControl } from './details.js';
import { confidenceBadge, dueBadge, localText, none } from './badges.js';
import type { TrackerContext } from './context.js';
import { renderPager } from './pager.js';
import { boardColumns, dueOf } from '../view.js';

export function renderBoard(ctx: TrackerContext, result: ActionQueryResult): TemplateResult {
  const i18n = ctx.i18n;
  const columns = boardColumns(result.actions, (status) =>
    ctx.printing ? Infinity : (ctx.list.boardShown.get(status) ?? ctx.pageStep),
  );
  return html`<div
    class="board"
    part="board"
    role="region"
    aria-label=${ctx.label || i18n.t('actionTracker.label')}
  >
    ${columns.map(({ status, actions: list, limit }) => {
      const headingId = `column-${status}`;
      return html`<section class="column" aria-labelledby=${headingId} data-status=${status}>
        <div class="column-heading" role="heading" aria-level=${ctx.level(0)} id=${headingId}>
          ${i18n.t(`action.status.${status}`)}
          <span class="column-count">(${i18n.number(list.length)})</span>
        </div>
        ${
          list.length === 0
            ? html`<p class="column-empty">${none(i18n)}</p>`
            : html`<ul class="cards" role="list">
                ${repeat(
                  list.slice(0, limit),
                  (a) => a.id,
                  (a) => renderCard(ctx, a),
                )}
              </ul>`
        }
        ${renderPager(
          ctx,
          list.length - limit,
          () => ctx.list.showMoreInColumn(status, limit),
          true,
        )}
      </section>`;
    })}
  </div>`;
}

export function renderCard(ctx: TrackerContext, action: Action): TemplateResult {
  const i18n = ctx.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const { due, state: dueState } = dueOf(action, ctx.today, ctx.dueSoonDays);
  const message = ctx.rows.messages.get(action.id);
  return html`<li class="card" part="card" data-id=${action.id} data-due=${dueState}>
    <div class="card-title" role="heading" aria-level=${ctx.level(1)}>
      ${localText(i18n, action.title)} <span class="id">${action.id}</span>
    </div>
    <dl class="card-facts">
      <div class="fact">
        <dt>${t('action.owner')}</dt>
        <dd>${localText(i18n, action.owner)}</dd>
      </div>
      <div class="fact">
        <dt>${t('action.due')}</dt>
        <dd>
          ${due ? i18n.date(due) : none(i18n)}
          ${
            action.revisedDue
              ? html`<span class="revised" title=${revisedFrom(ctx, action)}
                  >${t('actionTracker.revised')}</span
                >`
              : nothing
          }
          ${dueBadge(i18n, dueState)}
        </dd>
      </div>
      <div class="fact">
        <dt>${t('action.deliveryConfidence')}</dt>
        <dd>${confidenceBadge(i18n, action.deliveryConfidence)}</dd>
      </div>
    </dl>
    ${
      ctx.readonly
        ? nothing
        : html`${statusControl(
              ctx,
              action,
              'move',
              t('actionTracker.board.move'),
              t('actionTracker.board.moveButton'),
            )}
            <button
              class="button button--secondary button--small"
              type="button"
              data-command="edit"
              @click=${(e: Event) => ctx.session.openEdit(e, action)}
            >
              ${t('actionTracker.edit')}<span class="visually-hidden">
                ${i18n.t('actionTracker.details.of', { title: ctx.text(action.title) })}</span
              >
            </button>`
    }
    ${
      message
        ? html`<p class="row-message" part="veto" role="alert" tabindex="-1">${message}</p>`
        : nothing
    }
  </li>`;
}
