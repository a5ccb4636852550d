import { html, nothing, type TemplateResult } from 'lit';
import type { TablePage, Words } from '../view.js';

export interface TableView {
  /** The chart's name, for the caption and the region's name. */
  name: string;
  headers: readonly string[];
  /** Cells of the page's rows; the last is the note. */
  rows: readonly string[][];
  hasNotes: boolean;
  open: boolean;
  page: TablePage;
}

/** The data table (always in the accessibility tree; shown when open) and its pager. */
export function renderTable(
  table: TableView,
  words: Words,
  goTo: (page: number) => void,
): TemplateResult {
  const { name, headers, rows, hasNotes, open } = table;
  const { page, pages, from, to, total } = table.page;
  const tabindex = open ? '0' : '-1';
  const rowsText = () =>
    words.t('spcChart.table.rows', {
      from: words.number(from + 1),
      to: words.number(to),
      total: words.number(total),
    });
  return html`<div class="table-area ${open ? 'open' : 'collapsed visually-hidden'}">
    <div
      id="table-region"
      class="table-region"
      part="table-region"
      role="region"
      aria-label=${words.t('spcChart.table.region', { name })}
      tabindex=${open ? '0' : nothing}
    >
      <table part="table">
        <caption>
          ${words.t('spcChart.table.caption', { name })}
          ${pages > 1 ? html`<span class="caption-rows">(${rowsText()})</span>` : nothing}
        </caption>
        <thead>
          <tr>
            ${headers.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r[0]}</th>
                ${(hasNotes ? r.slice(1) : r.slice(1, -1)).map((c) => html`<td>${c}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      pages > 1
        ? html`<div class="pager" role="group" aria-label=${words.t('spcChart.table.pages')}>
            <button
              type="button"
              part="button"
              class="previous"
              tabindex=${tabindex}
              ?disabled=${page === 0}
              @click=${() => goTo(page - 1)}
            >
              ${words.t('spcChart.table.previous')}
            </button>
            <span class="pager-status">${rowsText()}</span>
            <button
              type="button"
              part="button"
              class="next"
              tabindex=${tabindex}
              ?disabled=${page >= pages - 1}
              @click=${() => goTo(page + 1)}
            >
              ${words.t('spcChart.table.next')}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
