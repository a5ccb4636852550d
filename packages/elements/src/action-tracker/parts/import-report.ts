import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { TrackerContext } from './context.js';

export function renderImportReport(ctx: TrackerContext): TemplateResult | typeof nothing {
  const report = ctx.csv.report;
  if (!report) return nothing;
  const i18n = ctx.i18n;
  const close = html`<button
    class="button button--secondary button--small"
    type="button"
    @click=${() => ctx.csv.closeReport()}
  >
    ${i18n.t('common.close')}
  </button>`;
  if (report.kind === 'unreadable') {
    return html`<div class="import-report import-report--error" part="import-report" role="alert">
      <p>${i18n.t('actionTracker.import.unreadable', { reason: report.reason })}</p>
      ${close}
    </div>`;
  }
  if (report.kind === 'problems') {
    return html`<div class="import-report import-report--error" part="import-report" role="alert">
      <p class="import-report__title">
        ${i18n.plural('actionTracker.import.failed', report.problems.length)}
      </p>
      <ul class="import-report__list">
        ${report.problems.map(
          (p) =>
            html`<li data-row=${p.row ?? ''}>
              <span class="where">${importWhere(ctx.i18n, p)}</span>:
              <span lang=${p.lang ?? 'en'}>${p.message}</span>
            </li>`,
        )}
      </ul>
      ${close}
    </div>`;
  }
  return html`<div class="import-report" part="import-report">
    <p>${i18n.plural('actionTracker.import.done', report.added)}</p>
    ${
      report.refused.length > 0
        ? html`<ul class="import-report__list">
            ${report.refused.map(
              (r) =>
                html`<li>
                  ${i18n.t('actionTracker.import.refused', {
                    title: r.title,
                    reason: r.reason || i18n.t('actionTracker.vetoed'),
                  })}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${close}
  </div>`;
}

export function importWhere(i18n: LocalizeController, problem: Problem): string {
  if (problem.row === undefined) return i18n.t('actionTracker.import.whereFile');
  return problem.column
    ? i18n.t('actionTracker.import.where', { row: problem.row, column: problem.column })
    : i18n.t('actionTracker.import.whereRow', { row: problem.row });
}
