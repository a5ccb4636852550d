import { html, nothing, type TemplateResult } from 'lit';
import type { DomainSummary, MeasureSummaryRow } from '@qms-kit/sdk';
import { renderLocalised } from '../../internal/render-localised.js';
import type { TileView } from '../view.js';
import type { PartContext } from './context.js';
import { renderCounts, renderFlags } from './summary.js';
import { renderTable } from './table.js';

export function tileName(ctx: PartContext, tile: DomainSummary): TemplateResult | string {
  return tile.domain
    ? renderLocalised(ctx.i18n, tile.domain.label)
    : ctx.i18n.t('scorecard.unassigned');
}

export function measureName(ctx: PartContext, row: MeasureSummaryRow): TemplateResult | string {
  return renderLocalised(ctx.i18n, row.measure.name);
}

/** One domain tile: its heading (a disclosure when it has measures), flags, counts and panel. */
export function renderTile(ctx: PartContext, view: TileView): TemplateResult {
  const { i18n } = ctx;
  const { tile, open, flagged, panelId } = view;
  const heading = html`<span class="tile-name">${tileName(ctx, tile)}</span>
    <span class="tile-count"
      >${
        tile.rows.length === 0
          ? i18n.t('scorecard.measures.none')
          : i18n.plural('scorecard.measures', tile.rows.length)
      }</span
    >`;
  return html`<li
    class="tile ${flagged ? 'tile--flagged' : ''} ${open ? 'tile--open' : ''}"
    part="tile"
    data-domain=${tile.id}
    ?data-expanded=${open}
  >
    <div class="tile-heading" role="heading" aria-level=${ctx.level + 1}>
      ${
        tile.rows.length > 0
          ? html`<button
              type="button"
              class="disclosure"
              part="disclosure"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${panelId}
              @click=${() => ctx.toggleTile(tile)}
            >
              <span class="chevron" aria-hidden="true"></span>${heading}
            </button>`
          : html`<span class="disclosure disclosure--static">${heading}</span>`
      }
    </div>
    ${flagged ? renderFlags(ctx, tile) : nothing}
    ${tile.rows.length > 0 ? renderCounts(ctx, view) : nothing}
    ${
      tile.tagged.length > 0 && !open
        ? html`<p class="tagged-note">
            ${i18n.t('scorecard.tagged')}
            ${tile.tagged.map((r, i) => html`${i > 0 ? ', ' : ''}${measureName(ctx, r)}`)}
          </p>`
        : nothing
    }
    <div class="panel" part="panel" id=${panelId} ?hidden=${!open}>
      ${view.table ? renderTable(ctx, tile, view.table) : nothing}
    </div>
  </li>`;
}
