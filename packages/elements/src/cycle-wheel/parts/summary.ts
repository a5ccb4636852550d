import { html, type TemplateResult } from 'lit';
import { overallText, summaryRows } from '../view.js';
import type { WheelContext } from './context.js';

/** The table listing every aspect with its stage (visually hidden beside the ring). */
export function summaryPart(ctx: WheelContext): TemplateResult {
  const { i18n } = ctx;
  return html`<div class="summary" part="summary">
    <table>
      <caption>
        ${i18n.t('wheel.summary.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${i18n.t('wheel.col.segment')}</th>
          <th scope="col">${i18n.t('wheel.col.stage')}</th>
          <th scope="col">${i18n.t('wheel.col.questions')}</th>
          <th scope="col">${i18n.t('wheel.col.tools')}</th>
          <th scope="col">${i18n.t('wheel.col.measures')}</th>
          <th scope="col">${i18n.t('wheel.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        ${summaryRows(i18n, ctx.rollup, ctx.links).map(
          (row) =>
            html`<tr data-aspect=${row.aspect}>
              <th scope="row">${row.name}</th>
              <td>${row.stage}</td>
              <td>${row.answered}</td>
              <td>${row.tools}</td>
              <td>${row.flagged}</td>
              <td>${row.actions}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="overall">${overallText(i18n, ctx.rollup)}</p>
  </div>`;
}
