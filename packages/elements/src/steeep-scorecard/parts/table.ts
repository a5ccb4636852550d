import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DomainSummary, MessageKey } from '@qms-kit/sdk';
import { localisedString } from '../../internal/render-localised.js';
import type { HeaderView, TableView } from '../view.js';
import type { PartContext } from './context.js';
import { renderRow } from './row.js';
import { measureName } from './tile.js';

/** An open tile's IQPR-style summary table, sortable by column, and its tagged measures. */
export function renderTable(
  ctx: PartContext,
  tile: DomainSummary,
  view: TableView,
): TemplateResult {
  const { i18n } = ctx;
  const domainName = tile.domain
    ? localisedString(i18n, tile.domain.label)
    : i18n.t('scorecard.unassigned');
  return html`<div class="table-wrap" role="region" aria-labelledby=${view.captionId} tabindex="0">
      <table part="table">
        <caption id=${view.captionId}>
          ${i18n.t('scorecard.table.caption', { domain: domainName })}
        </caption>
        <thead>
          <tr>
            ${view.headers.map((h) => renderHeader(ctx, tile, h))}
            <th scope="col" class="col-trend">${i18n.t('scorecard.col.trend')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            view.rows,
            (r) => r.row.id,
            (r) => renderRow(ctx, tile, r),
          )}
        </tbody>
      </table>
    </div>
    ${
      tile.tagged.length > 0
        ? html`<p class="tagged-note">${i18n.t('scorecard.tagged')}</p>
            <ul class="tagged-list">
              ${tile.tagged.map((r) => html`<li>${measureName(ctx, r)}</li>`)}
            </ul>`
        : nothing
    }`;
}

/** A column header whose button sorts by it; `aria-sort` says how it is sorted. */
export function renderHeader(ctx: PartContext, tile: DomainSummary, h: HeaderView): TemplateResult {
  return html`<th
    scope="col"
    class="col-${h.key} ${h.numeric ? 'num' : ''}"
    aria-sort=${h.direction ?? 'none'}
  >
    <button
      type="button"
      class="sort"
      part="sort"
      data-key=${h.key}
      @click=${() => ctx.toggleSort(tile.id, h.key)}
    >
      ${ctx.i18n.t(`scorecard.col.${h.key}` as MessageKey)}<span
        class="sort-mark ${h.direction ?? ''}"
        aria-hidden="true"
      ></span>
    </button>
  </th>`;
}
