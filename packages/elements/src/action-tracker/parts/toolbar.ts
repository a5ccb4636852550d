import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { actionStatusSchema, qmsAspects, type MessageKey } from '@qms-kit/sdk';
import type { TrackerContext } from './context.js';
import {
  DUE_FILTERS,
  GROUPINGS,
  NONE,
  VIEWS,
  isFiltered,
  ownerChoices,
  domainFilterChoices,
  type Choice,
  type FilterState,
} from '../view.js';

export function renderCommands(ctx: TrackerContext): TemplateResult {
  const t = (key: MessageKey) => ctx.i18n.t(key);
  return html`<div class="commands" part="commands">
    ${
      ctx.readonly
        ? nothing
        : html`<button
            class="button button--primary"
            type="button"
            data-command="add"
            @click=${(e: Event) => ctx.session.openAdd(e)}
          >
            ${t('actionTracker.add')}
          </button>`
    }
    <button
      class="button button--secondary"
      type="button"
      data-command="export"
      @click=${() => ctx.download()}
    >
      ${t('actionTracker.export')}
    </button>
    ${
      ctx.readonly
        ? nothing
        : html`<div class="import">
            <label class="label" for="import-file">${t('actionTracker.import')}</label>
            <input
              class="file"
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              @change=${(e: Event) => ctx.csv.onFile(e)}
            />
          </div>`
    }
  </div>`;
}

export function renderFilters(ctx: TrackerContext): TemplateResult {
  const i18n = ctx.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const f = ctx.list.filter;
  const all = t('actionTracker.filter.all');
  const select = (name: keyof FilterState, label: string, choices: Choice[]) =>
    html`<div class="filter">
      <label class="label" for="filter-${name}">${label}</label>
      <select
        class="select"
        id="filter-${name}"
        name=${name}
        .value=${live(f[name])}
        @change=${(e: Event) => ctx.list.onFilterInput(e)}
      >
        <option value="" ?selected=${f[name] === ''}>${all}</option>
        ${choices.map(
          (c) =>
            html`<option value=${c.value} ?selected=${c.value === f[name]}>${c.label}</option>`,
        )}
      </select>
    </div>`;
  const anyFilter = isFiltered(f);
  const board = ctx.view === 'board';
  return html`<section class="filters" part="filters" aria-label=${t('actionTracker.filters')}>
    <div class="filter filter--search">
      <label class="label" for="filter-query">${t('actionTracker.search')}</label>
      <input
        class="input"
        type="search"
        id="filter-query"
        name="query"
        autocomplete="off"
        .value=${live(f.query)}
        @input=${(e: Event) => ctx.list.onFilterInput(e)}
      />
    </div>
    ${select(
      'status',
      t('actionTracker.filter.status'),
      actionStatusSchema.options.map((s) => ({ value: s, label: i18n.t(`action.status.${s}`) })),
    )}
    ${select('owner', t('actionTracker.filter.owner'), ownerChoices(ctx.working, i18n.lang))}
    ${select('aspect', t('actionTracker.filter.aspect'), [
      ...qmsAspects.map((a) => ({ value: a, label: ctx.aspectLabel(a) })),
      { value: NONE, label: ctx.aspectLabel(null) },
    ])}
    ${select(
      'domain',
      t('actionTracker.filter.domain'),
      domainFilterChoices(i18n, ctx.framework, ctx.working),
    )}
    ${select(
      'due',
      t('actionTracker.filter.due'),
      DUE_FILTERS.map((d) => ({
        value: d,
        label:
          d === 'attention' ? t('actionTracker.filter.attention') : i18n.t(`action.dueState.${d}`),
      })),
    )}
    ${
      board
        ? nothing
        : html`<div class="filter">
            <label class="label" for="group-by">${t('actionTracker.groupBy')}</label>
            <select
              class="select"
              id="group-by"
              .value=${live(ctx.grouping)}
              @change=${(e: Event) => ctx.setGroupBy(e)}
            >
              ${GROUPINGS.map(
                (g) =>
                  html`<option value=${g} ?selected=${g === ctx.grouping}>
                    ${
                      g === 'none'
                        ? t('actionTracker.groupBy.none')
                        : g === 'status'
                          ? t('actionTracker.filter.status')
                          : g === 'aspect'
                            ? t('actionTracker.filter.aspect')
                            : t('actionTracker.filter.domain')
                    }
                  </option>`,
              )}
            </select>
          </div>`
    }
    <div class="view-switch" role="group" aria-label=${t('actionTracker.view')}>
      ${VIEWS.map(
        (v) =>
          html`<button
            class="button button--toggle"
            type="button"
            data-view=${v}
            aria-pressed=${ctx.view === v ? 'true' : 'false'}
            @click=${() => ctx.setView(v)}
          >
            ${t(`actionTracker.view.${v}`)}
          </button>`,
      )}
    </div>
    ${
      anyFilter
        ? html`<button
            class="button button--link"
            type="button"
            data-command="clear-filters"
            @click=${() => ctx.list.clearFilters()}
          >
            ${t('actionTracker.filter.clear')}
          </button>`
        : nothing
    }
  </section>`;
}
