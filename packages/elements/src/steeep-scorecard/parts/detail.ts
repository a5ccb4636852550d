import { html, nothing, type TemplateResult } from 'lit';
import { COLUMNS, type RowView } from '../view.js';
import type { PartContext } from './context.js';

/** A measure's SPC chart, opened inline below its row (when `qms-spc-chart` is defined). */
export function renderDetail(ctx: PartContext, view: RowView): TemplateResult {
  const defined = customElements.get('qms-spc-chart') !== undefined;
  return html`<tr class="chart-row" id=${view.chartId}>
    <td colspan=${COLUMNS.length + 1}>
      ${
        defined
          ? html`<qms-spc-chart
              .measure=${view.row.measure}
              rules=${view.chartRules ?? nothing}
            ></qms-spc-chart>`
          : html`<p class="qms-status">${ctx.i18n.t('scorecard.chart.unavailable')}</p>`
      }
    </td>
  </tr>`;
}
