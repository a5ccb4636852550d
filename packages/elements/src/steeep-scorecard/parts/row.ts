import { html, nothing, type TemplateResult } from 'lit';
import type { DomainSummary } from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import { localisedString, renderLocalised } from '../../internal/render-localised.js';
import { renderSparkline } from '../sparkline.js';
import { domainOf, type RowNote, type RowView } from '../view.js';
import type { PartContext } from './context.js';
import { renderDetail } from './detail.js';
import { formatNumber, formatPeriod, renderNone, trendText } from './format.js';
import { measureName } from './tile.js';

/** One measure's row: its name (a button that chooses it), latest values, icons and trend. */
export function renderRow(ctx: PartContext, tile: DomainSummary, view: RowView): TemplateResult {
  const { i18n } = ctx;
  const { row, inline, chartOpen, chartId } = view;
  const d = row.measure.decimals;
  const num = (v: number | null) => formatNumber(i18n, v, d);
  return html`<tr data-measure=${row.id}>
      <th scope="row" class="col-name">
        <button
          type="button"
          class="measure-link"
          part="measure"
          aria-expanded=${inline ? (chartOpen ? 'true' : 'false') : nothing}
          aria-controls=${chartOpen ? chartId : nothing}
          @click=${() => ctx.selectMeasure(row, tile)}
        >
          ${measureName(ctx, row)}
        </button>
        ${view.notes.map((n) => html`<span class="row-note">${noteText(ctx, view, n)}</span>`)}
      </th>
      <td class="col-period">
        ${row.period === null ? renderNone(i18n) : formatPeriod(i18n, row.period)}
      </td>
      <td class="num">${num(row.latest)}</td>
      <td class="num">${num(row.target)}</td>
      <td class="icon-cell">
        <qms-spc-icon kind="variation" value=${row.variation}></qms-spc-icon>
      </td>
      <td class="icon-cell">
        <qms-spc-icon kind="assurance" value=${row.assurance ?? 'none'}></qms-spc-icon>
      </td>
      <td class="num">${num(row.mean)}</td>
      <td class="num">${num(row.lower)}</td>
      <td class="num">${num(row.upper)}</td>
      <td class="col-trend">
        ${renderSparkline(row.sparkline)}
        <span class="visually-hidden">${trendText(i18n, row)}</span>
      </td>
    </tr>
    ${chartOpen ? renderDetail(ctx, view) : nothing}`;
}

function noteText(ctx: PartContext, view: RowView, note: RowNote): TemplateResult | string {
  const { i18n } = ctx;
  switch (note.kind) {
    case 'unit':
      return renderLocalised(i18n, view.row.measure.unit);
    case 'mapped':
      return i18n.t('scorecard.mapped', { domain: domainLabel(ctx, note.domainId) });
    case 'given-domain':
      return i18n.t('scorecard.givenDomain', { domain: domainLabel(ctx, note.domainId) });
    case 'no-domain':
      return i18n.t('scorecard.noDomain');
    case 'not-analysed':
      return i18n.t('scorecard.notAnalysed', { reason: note.reason });
  }
}

/** A domain id's label: in this framework, else in any preset, else the id itself. */
function domainLabel(ctx: { i18n: LocalizeController } & Pick<PartContext, 'card'>, id: string) {
  const domain = domainOf(id, ctx.card);
  return domain ? localisedString(ctx.i18n, domain.label) : id;
}
