import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  actionStatusSchema,
  progressScoreKey,
  type Action,
  type LocalisedText,
  type MessageKey,
} from '@qms-kit/sdk';
import { renderPdsaList } from './pdsa.js';
import { domId, localText, dateOrNone } from './badges.js';
import type { QmsLinkedItem, TrackerContext } from './context.js';
import { linkedItem } from '../view.js';

export function renderDetails(ctx: TrackerContext, action: Action): TemplateResult {
  const i18n = ctx.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const facts: [string, unknown][] = [[t('actionTracker.id'), action.id]];
  /** Adds a fact when `source` holds something (a template alone cannot tell). */
  const add = (label: string, value: unknown, source: unknown) => {
    const empty =
      source === undefined || source === '' || (Array.isArray(source) && source.length === 0);
    if (!empty) facts.push([label, value]);
  };
  const textFact = (label: string, value: LocalisedText | undefined) =>
    add(label, localText(i18n, value), value);
  textFact(t('actionTracker.description'), action.description);
  add(t('actionTracker.reference'), action.reference, action.reference);
  add(t('actionTracker.source'), i18n.t(`action.source.${action.source}`), action.source);
  textFact(t('actionTracker.organisation'), action.organisation);
  textFact(t('actionTracker.sponsor'), action.sponsor);
  add(t('actionTracker.start'), dateOrNone(ctx.i18n, action.start), action.start);
  if (action.revisedDue) {
    add(t('actionTracker.originalDue'), dateOrNone(ctx.i18n, action.due), action.due);
    add(
      t('action.revisedDue'),
      dateOrNone(ctx.i18n, action.revisedDue.date),
      action.revisedDue.date,
    );
    textFact(t('actionTracker.revisedReason'), action.revisedDue.reason);
  }
  if (action.progressScore !== undefined) {
    add(
      t('action.progress'),
      i18n.t('actionTracker.progress.option', {
        score: i18n.number(action.progressScore, { minimumFractionDigits: 1 }),
        label: i18n.t(progressScoreKey(action.progressScore)),
      }),
      action.progressScore,
    );
  }
  add(
    t('actionTracker.measures'),
    html`<ul class="links">
      ${action.measureIds.map((id) => html`<li>${linkedLabel(ctx, ctx.measures, id)}</li>`)}
    </ul>`,
    action.measureIds,
  );
  add(
    t('actionTracker.statements'),
    html`<ul class="links">
      ${action.statementIds.map((id) => html`<li>${linkedLabel(ctx, ctx.statements, id)}</li>`)}
    </ul>`,
    action.statementIds,
  );
  textFact(t('action.driver.aim'), action.driverDiagram?.aim);
  textFact(t('actionTracker.notes'), action.notes);
  return html`<div class="details" part="details">
    <dl class="facts">
      ${facts.map(
        ([label, value]) =>
          html`<div class="fact">
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    ${renderPdsaList(ctx, action)} ${ctx.readonly ? nothing : renderChanges(ctx, action)}
  </div>`;
}

export function linkedLabel(
  ctx: TrackerContext,
  items: readonly QmsLinkedItem[] | undefined,
  id: string,
): TemplateResult {
  const item = linkedItem(items, id);
  const name = item?.name ?? item?.title;
  return name ? html`${localText(ctx.i18n, name)} <span class="id">(${id})</span>` : html`${id}`;
}

export function renderChanges(ctx: TrackerContext, action: Action): TemplateResult {
  const i18n = ctx.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const title = ctx.text(action.title);
  const of = html`<span class="visually-hidden">
    ${i18n.t('actionTracker.details.of', { title })}</span
  >`;
  const message = ctx.rows.messages.get(action.id);
  const confirmId = domId('confirm', action.id);
  return html`<div class="changes">
    ${statusControl(
      ctx,
      action,
      'status',
      t('actionTracker.status.change'),
      t('actionTracker.status.apply'),
    )}
    <div class="change-buttons">
      <button
        class="button button--secondary button--small"
        type="button"
        data-command="edit"
        @click=${(e: Event) => ctx.session.openEdit(e, action)}
      >
        ${t('actionTracker.edit')}${of}
      </button>
      <button
        class="button button--warning button--small"
        type="button"
        data-command="delete"
        @click=${() => ctx.rows.askDelete(action)}
      >
        ${t('actionTracker.delete')}${of}
      </button>
    </div>
    ${
      ctx.rows.confirmingDelete === action.id
        ? html`<div class="confirm" role="group" aria-labelledby=${confirmId}>
            <p id=${confirmId}>${i18n.t('actionTracker.delete.confirm', { title })}</p>
            <button
              class="button button--warning button--small"
              type="button"
              data-command="confirm-delete"
              @click=${() => ctx.rows.deleteAction(action)}
            >
              ${t('actionTracker.delete.yes')}
            </button>
            <button
              class="button button--secondary button--small"
              type="button"
              data-command="cancel-delete"
              @click=${() => ctx.rows.cancelDelete(action)}
            >
              ${t('common.cancel')}
            </button>
          </div>`
        : nothing
    }
    ${
      message
        ? html`<p class="row-message" part="veto" role="alert" tabindex="-1">${message}</p>`
        : nothing
    }
  </div>`;
}

export function statusControl(
  ctx: TrackerContext,
  action: Action,
  prefix: string,
  label: string,
  button: string,
) {
  const i18n = ctx.i18n;
  const id = domId(prefix, action.id);
  const pending = ctx.rows.pendingStatus.get(action.id) ?? action.status;
  const title = ctx.text(action.title);
  return html`<div class="status-change">
    <label class="label" for=${id}>${label}</label>
    <select
      class="select"
      id=${id}
      .value=${live(pending)}
      @change=${(e: Event) => ctx.rows.onPendingStatus(action, e)}
    >
      ${actionStatusSchema.options.map(
        (s) =>
          html`<option value=${s} ?selected=${s === pending}>
            ${i18n.t(`action.status.${s}`)}
          </option>`,
      )}
    </select>
    <button
      class="button button--secondary button--small"
      type="button"
      data-command="apply-status"
      @click=${() => ctx.rows.applyStatus(action)}
    >
      ${button}<span class="visually-hidden">
        ${i18n.t('actionTracker.details.of', { title })}</span
      >
    </button>
  </div>`;
}
