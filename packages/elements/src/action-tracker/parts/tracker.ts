import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ActionQueryResult } from '@qms-kit/sdk';
import { renderCommands, renderFilters } from './toolbar.js';
import { renderImportReport } from './import-report.js';
import { renderTable } from './table.js';
import { renderBoard } from './board.js';
import { renderActionForm, renderPdsaForm } from './form.js';
import type { TrackerContext } from './context.js';
import { domainChoices } from '../view.js';

/** The whole tracker: commands, the open form, filters, the count and the table or board. */
export function renderTracker(ctx: TrackerContext, result: ActionQueryResult): TemplateResult {
  const board = ctx.view === 'board';
  return html`<div class="tracker ${board ? 'tracker--board' : ''}">
    ${renderCommands(ctx)} ${renderImportReport(ctx)}
    ${
      ctx.session.draft
        ? keyed(
            ctx.session.serial,
            ctx.session.draft.kind === 'action'
              ? renderActionForm(ctx.formHost, ctx.session.draft, {
                  domains: domainChoices(
                    ctx.i18n,
                    ctx.framework,
                    ctx.working,
                    ctx.session.draft.values.domain,
                  ),
                })
              : renderPdsaForm(ctx.formHost, ctx.session.draft),
          )
        : nothing
    }
    ${renderFilters(ctx)}
    <p class="count" part="count" role="status" tabindex="-1">
      ${ctx.i18n.plural('actionTracker.count', result.total, {
        shown: ctx.i18n.number(result.actions.length),
      })}
    </p>
    ${
      result.actions.length === 0
        ? html`<p class="no-match">
            ${
              ctx.working.length === 0
                ? ctx.i18n.t('actionTracker.empty')
                : ctx.i18n.t('actionTracker.noMatch')
            }
          </p>`
        : board
          ? renderBoard(ctx, result)
          : renderTable(ctx, result)
    }
    <div class="visually-hidden" role="status">${ctx.announcement}</div>
  </div>`;
}
