import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ActionQueryResult, ActionSortKey } from '@qms-kit/sdk';
import { renderRow } from './row.js';
import { sortIcon } from './badges.js';
import type { TrackerContext } from './context.js';
import { renderPager } from './pager.js';
import { COLUMNS, COLUMN_COUNT, NONE, tablePage } from '../view.js';

export function renderTable(ctx: TrackerContext, result: ActionQueryResult): TemplateResult {
  const i18n = ctx.i18n;
  const grouped = ctx.grouping !== 'none';
  const { groups, rendered, remaining } = tablePage(result, ctx.printing ? Infinity : ctx.limit);
  return html`<div class="table-wrap">
      <table class="table" part="table">
        <caption class="caption">
          ${ctx.label || i18n.t('actionTracker.label')}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map((column) => renderHeader(ctx, column.key, i18n.t(column.label)))}
            <th scope="col" class="col-details">
              <span class="visually-hidden">${i18n.t('actionTracker.column.details')}</span>
            </th>
          </tr>
        </thead>
        ${repeat(
          groups,
          (g) => `${g.group.by}:${g.group.key ?? ''}`,
          ({ group, rows }) =>
            html`<tbody class="group" data-group=${group.key ?? NONE}>
              ${
                grouped
                  ? html`<tr class="group-row">
                      <th scope="rowgroup" colspan=${COLUMN_COUNT} class="group-heading">
                        ${ctx.groupLabel(group)}
                        <span class="group-count"
                          >(${i18n.plural('actionTracker.group.count', group.actions.length)})</span
                        >
                      </th>
                    </tr>`
                  : nothing
              }
              ${repeat(
                rows,
                (a) => a.id,
                (a) => renderRow(ctx, a),
              )}
            </tbody>`,
        )}
      </table>
    </div>
    ${renderPager(ctx, remaining, () => ctx.list.showMore(rendered))}`;
}

export function renderHeader(
  ctx: TrackerContext,
  key: ActionSortKey,
  label: string,
): TemplateResult {
  const direction = ctx.list.sort?.key === key ? ctx.list.sort.direction : undefined;
  return html`<th scope="col" class="col-${key}" aria-sort=${direction ?? nothing}>
    <button class="sort" type="button" data-sort=${key} @click=${() => ctx.list.toggleSort(key)}>
      ${label}${sortIcon(direction)}
    </button>
  </th>`;
}
