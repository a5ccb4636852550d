import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { inProperty, notOneOf } from '../internal/attribute-check.js';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  scorecardMessages,
  domainMessages,
  concernFirst,
  findDomain,
  frameworkPresets,
  getFramework,
  parseFrameworkJson,
  parseScorecardJson,
  rulePresetSchema,
  sortSummaryRows,
  summariseByDomain,
  type AssuranceGroup,
  type DomainScorecard,
  type DomainSummary,
  type Framework,
  type FrameworkPresetId,
  type Measure,
  type MeasureInput,
  type MeasureSummaryRow,
  type MessageKey,
  type Problem,
  type RulePreset,
  type ScorecardInput,
  type SummarySortDirection,
  type SummarySortKey,
  type VariationGroup,
} from '@qms-kit/sdk';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { QmsDomainSelectEvent } from '../internal/events/qms-domain-select.js';
import { QmsMeasureSelectEvent } from '../internal/events/qms-measure-select.js';
import { LocalizeController } from '../internal/localize.js';
import { localisedString, renderLocalised } from '../internal/render-localised.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { renderSparkline } from './sparkline.js';
import { steeepScorecardStyles } from './steeep-scorecard.styles.js';

/** How the tiles are ordered within each band. */
export type ScorecardOrder = 'concern-first' | 'framework';
/** Where a chosen measure's SPC chart opens: left to the host, or inline below its row. */
export type ScorecardDetailMode = 'host' | 'inline';

interface SortState {
  key: SummarySortKey;
  direction: SummarySortDirection;
}

interface Settings {
  framework: Framework;
  rules: RulePreset | undefined;
  order: ScorecardOrder;
  detail: ScorecardDetailMode;
}

/** The settings to draw with (defaults in place of bad attributes) and the problems found. */
type Resolved = { settings: Settings | undefined; problems: Problem[] };

const COLUMNS: readonly SummarySortKey[] = [
  'name',
  'period',
  'latest',
  'target',
  'variation',
  'assurance',
  'mean',
  'lower',
  'upper',
];

/** Icons shown beside each count: the group's own icon where the group has one. */
const ASSURANCE_ICON: Record<AssuranceGroup, string> = {
  fail: 'fail',
  'hit-or-miss': 'hit-or-miss',
  pass: 'pass',
  'no-target': 'none',
  'not-assessed': 'none',
};

const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: readonly string[]): string | null =>
    value.length > 0 ? value.join(' ') : null,
};

const slug = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * A quality-domain scorecard: one tile per domain of a framework (STEEEP by default; Wales's
 * Health and Care Quality Standards 2023 add their six enablers as a second band; NHS England's
 * three-part definition, CQC's five key questions or a custom framework), each counting its
 * measures by Making Data Count variation and assurance icon, concern-first. There is no averaged
 * RAG score. Opening a tile shows the IQPR-style summary table of its measures (sortable), and
 * choosing a measure asks the host to open its SPC chart, or opens it inline.
 *
 * All numbers come from the SDK (`summariseByDomain`); a measure whose domain is not in the
 * framework is mapped through the framework crosswalk where it can be, else shown under
 * "Not in this framework", never dropped.
 *
 * @tagname qms-steeep-scorecard
 * @summary Domain tiles counting measures by MDC icon, with sortable IQPR summary tables.
 *
 * @fires {QmsDomainSelectEvent} qms-domain-select - A tile was opened or closed. `detail`: `{ domainId, frameworkId, kind, expanded }`.
 * @fires {QmsMeasureSelectEvent} qms-measure-select - A measure was chosen in a summary table. `detail`: `{ measureId, measure, domainId }`. Cancelable: prevents the inline chart (`detail="inline"`).
 * @fires {QmsErrorEvent} qms-error - The data or an attribute could not be used; the element shows the problems too.
 *
 * @slot - An optional `<script type="application/json">` holding a dataset, `{ measures, framework }` or a list of measures.
 *
 * @csspart scorecard - The outer wrapper.
 * @csspart band - One band of tiles (domains, enablers, not in this framework).
 * @csspart tile - One domain tile (`<li>`).
 * @csspart disclosure - The button in a tile's heading that opens its table.
 * @csspart counts - The lists of counts by icon.
 * @csspart flag - A headline flag ("Concern present", "Failing target").
 * @csspart panel - The opened part of a tile.
 * @csspart table - The summary table.
 * @csspart sort - A column's sort button.
 * @csspart measure - The button naming a measure in the table.
 * @csspart sparkline - The trend line in a row.
 * @csspart error - The error panel.
 * @csspart status - The loading or empty message.
 *
 * @cssprop [--qms-scorecard-tile-min-width=15rem] - Narrowest tile before tiles wrap (they stack at 320px).
 * @cssprop [--qms-scorecard-gap=1rem] - Space between tiles.
 * @cssprop [--qms-colour-border=var(--nhsuk-border-colour, #d8dde0)] - Tile and table borders.
 * @cssprop [--qms-colour-concern=#e46c0a] - Edge of tiles with a concern or a failing target (always with a text flag).
 * @cssprop [--qms-focus-colour=var(--nhsuk-focus-colour, #ffeb3b)] - Focus ring.
 */
export class QmsSteeepScorecard extends Hardened(LitElement) {
  static shapes = { expanded: 'list' } as const;
  static numberRules = {
    timeout: TIMEOUT_RULE,
    headingLevel: HEADING_LEVEL,
  };
  static objectProperties = ['framework'];
  static override styles = [baseStyles, stateStyles, steeepScorecardStyles];

  /** The measures (rich data). Takes precedence over `src` and the slotted JSON. */
  @property({ attribute: false }) measures: (Measure | MeasureInput)[] | undefined;

  /**
   * A preset id (`steeep`, `wales-hcqs-2023`, `nhse-3part`, `cqc-5kq`) or, as a property, a
   * custom Framework object. When absent: the dataset's framework, else `steeep`.
   */
  @property() framework: string | Framework | undefined;

  /** SPC rules preset for measures that set none: `mdc` (default), `mdc-2022`, `mdc-excel`, `nhsr`, `qic`, `anhoej`. */
  @property() rules: string | undefined;

  /** URL of JSON: a dataset, `{ measures, framework }` or a list of measures. */
  @property() src = '';
  /**
   * Seconds to wait for `src` before giving up with an error and a "Try again" button
   * (decimals allowed, up to 3600).
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** `concern-first` (default): tiles with a concern or a failing target first; `framework`: framework order. */
  @property() order: string = 'concern-first';

  /** `host` (default): choosing a measure only fires `qms-measure-select`; `inline`: its chart also opens below the row. */
  @property() detail: string = 'host';

  /** Ids of the open tiles (space-separated as an attribute); updated as the user opens tiles. */
  @property({ converter: listConverter }) expanded: string[] = [];

  /** Heading level of the band headings (tile headings are one deeper); 1–5, default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private sorts = new Map<string, SortState>();
  @state() private openCharts = new Set<string>();

  private readonly i18n = new LocalizeController(this, {
    parts: [scorecardMessages, domainMessages],
  });
  private readonly shared = new DatasetConsumer(this);
  private readonly source = new DataSourceController<ScorecardInput>(this, {
    parse: parseScorecardJson,
    // Own measures win; then src, then a slotted script; only then the provider's dataset.
    data: () => this.measures ?? (hasOwnSource(this, this.src) ? undefined : this.shared.dataset),
    src: () => this.src,
    timeout: () => this.timeout,
    i18n: this.i18n,
    isEmpty: (v) => v.measures.length === 0,
    dataName: 'measures',
  });
  private readonly attributeErrors = new ErrorReporter(this);
  private resolved: Resolved | undefined;
  private summary: { input: ScorecardInput; settings: Settings; card: DomainScorecard } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolved = this.resolve(this.source.value);
    this.attributeErrors.report(this.resolved.problems, 'attribute');
  }

  protected override render() {
    const resolved = this.resolved;
    const problems = resolved?.problems ?? [];
    const settings = resolved?.settings;
    // A bad attribute is shown above the card, which is drawn with that attribute's default.
    if (!settings) return renderErrorPanel(this.i18n, problems);
    return html`${problems.length > 0 ? renderErrorPanel(this.i18n, problems, { compact: true }) : nothing}
    ${this.source.render({ ready: (input) => this.renderCard(input, settings) })}`;
  }

  /** Checks the attributes and picks the framework (attribute/property, else the data's). */
  private resolve(input: ScorecardInput | undefined): Resolved {
    const problems: Problem[] = [];
    let framework: Framework | undefined;
    // An empty attribute means "not set", like an absent one.
    const own =
      typeof this.framework === 'string' && this.framework.trim() === ''
        ? undefined
        : this.framework;
    const fallback = input?.framework ?? this.shared.dataset?.framework ?? 'steeep';
    const given = own ?? fallback;
    if (typeof given === 'string') {
      framework = getFramework(given.trim());
      if (!framework) {
        problems.push(notOneOf(this.i18n, 'framework', given, Object.keys(frameworkPresets)));
      }
    } else {
      const parsed = parseFrameworkJson(given);
      if (parsed.ok) framework = parsed.value;
      else problems.push(...inProperty(this.i18n, 'framework', parsed.problems));
    }
    // A bad `framework` of the element's own falls back to the data's (or STEEEP).
    if (!framework && own !== undefined && own !== null) {
      const parsed = typeof fallback === 'string' ? undefined : parseFrameworkJson(fallback);
      framework =
        typeof fallback === 'string'
          ? getFramework(fallback)
          : parsed?.ok
            ? parsed.value
            : undefined;
    }
    let rules: RulePreset | undefined;
    if (this.rules !== undefined && this.rules !== null && this.rules.trim() !== '') {
      const parsed = rulePresetSchema.safeParse(this.rules.trim());
      if (parsed.success) rules = parsed.data;
      else problems.push(notOneOf(this.i18n, 'rules', this.rules, rulePresetSchema.options));
    }
    const order =
      this.choice('order', this.order, ['concern-first', 'framework'], problems) ?? 'concern-first';
    const detail = this.choice('detail', this.detail, ['host', 'inline'], problems) ?? 'host';
    return { settings: framework ? { framework, rules, order, detail } : undefined, problems };
  }

  private choice<T extends string>(
    name: string,
    value: string | undefined,
    allowed: readonly T[],
    problems: Problem[],
  ): T | undefined {
    const v = (value ?? '').trim() || allowed[0];
    const found = allowed.find((a) => a === v);
    if (!found) problems.push(notOneOf(this.i18n, name, value, allowed));
    return found;
  }

  private scorecard(input: ScorecardInput, settings: Settings): DomainScorecard {
    const last = this.summary;
    if (
      last &&
      last.input === input &&
      last.settings.framework === settings.framework &&
      last.settings.rules === settings.rules
    ) {
      return last.card;
    }
    const card = summariseByDomain(input.measures, settings.framework, settings.rules);
    this.summary = { input, settings, card };
    return card;
  }

  private renderCard(input: ScorecardInput, settings: Settings): TemplateResult {
    const card = this.scorecard(input, settings);
    const order = (tiles: DomainSummary[]) =>
      settings.order === 'concern-first' ? concernFirst(tiles) : tiles;
    const frameworkName = localisedString(this.i18n, card.framework.name);
    const bands: [string, DomainSummary[]][] = [
      [this.i18n.t('framework.kind.domain'), order(card.domains)],
      [this.i18n.t('framework.kind.enabler'), order(card.enablers)],
      [
        this.i18n.t('scorecard.band.unassigned'),
        card.unassigned.rows.length > 0 ? [card.unassigned] : [],
      ],
    ];
    return html`<section
      class="scorecard"
      part="scorecard"
      aria-label=${this.i18n.t('scorecard.label', { framework: frameworkName })}
      data-framework=${card.framework.id}
    >
      <p class="framework-name">${renderLocalised(this.i18n, card.framework.name)}</p>
      ${
        input.synthetic
          ? html`<p class="synthetic">${this.i18n.t('common.synthetic')}</p>`
          : nothing
      }
      ${bands
        .filter(([, tiles]) => tiles.length > 0)
        .map(([title, tiles], index) => this.renderBand(title, tiles, index, card, settings))}
    </section>`;
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 2;
  }

  private renderBand(
    title: string,
    tiles: DomainSummary[],
    index: number,
    card: DomainScorecard,
    settings: Settings,
  ): TemplateResult {
    const id = `band-${index}`;
    return html`<section
      class="band"
      part="band"
      aria-labelledby=${id}
      data-kind=${tiles[0]?.kind ?? ''}
    >
      <div class="band-heading" role="heading" aria-level=${this.level} id=${id}>${title}</div>
      <ul class="tiles" role="list">
        ${repeat(
          tiles,
          (t) => t.id,
          (t) => this.renderTile(t, card, settings),
        )}
      </ul>
    </section>`;
  }

  private tileName(tile: DomainSummary): TemplateResult | string {
    return tile.domain
      ? renderLocalised(this.i18n, tile.domain.label)
      : this.i18n.t('scorecard.unassigned');
  }

  private renderTile(tile: DomainSummary, card: DomainScorecard, settings: Settings) {
    const open = tile.rows.length > 0 && this.expanded.includes(tile.id);
    const panelId = `panel-${slug(tile.id)}`;
    const flagged = tile.concern || tile.failing;
    const heading = html`<span class="tile-name">${this.tileName(tile)}</span>
      <span class="tile-count"
        >${
          tile.rows.length === 0
            ? this.i18n.t('scorecard.measures.none')
            : this.i18n.plural('scorecard.measures', tile.rows.length)
        }</span
      >`;
    return html`<li
      class="tile ${flagged ? 'tile--flagged' : ''} ${open ? 'tile--open' : ''}"
      part="tile"
      data-domain=${tile.id}
      ?data-expanded=${open}
    >
      <div class="tile-heading" role="heading" aria-level=${this.level + 1}>
        ${
          tile.rows.length > 0
            ? html`<button
                type="button"
                class="disclosure"
                part="disclosure"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${panelId}
                @click=${() => this.toggleTile(tile, card)}
              >
                <span class="chevron" aria-hidden="true"></span>${heading}
              </button>`
            : html`<span class="disclosure disclosure--static">${heading}</span>`
        }
      </div>
      ${flagged ? this.renderFlags(tile) : nothing}
      ${tile.rows.length > 0 ? this.renderCounts(tile) : nothing}
      ${
        tile.tagged.length > 0 && !open
          ? html`<p class="tagged-note">
              ${this.i18n.t('scorecard.tagged')}
              ${tile.tagged.map((r, i) => html`${i > 0 ? ', ' : ''}${this.measureName(r)}`)}
            </p>`
          : nothing
      }
      <div class="panel" part="panel" id=${panelId} ?hidden=${!open}>
        ${open ? this.renderTable(tile, card, settings) : nothing}
      </div>
    </li>`;
  }

  private renderFlags(tile: DomainSummary): TemplateResult {
    return html`<p class="flags">
      ${
        tile.concern
          ? html`<span class="flag flag--concern" part="flag"
              ><span class="flag-mark" aria-hidden="true">!</span>${this.i18n.t(
                'scorecard.flag.concern',
              )}</span
            >`
          : nothing
      }
      ${
        tile.failing
          ? html`<span class="flag flag--failing" part="flag"
              ><span class="flag-mark" aria-hidden="true">F</span>${this.i18n.t(
                'scorecard.flag.failing',
              )}</span
            >`
          : nothing
      }
    </p>`;
  }

  private renderCounts(tile: DomainSummary): TemplateResult {
    const variation = (Object.entries(tile.variation) as [VariationGroup, number][]).filter(
      ([, n]) => n > 0,
    );
    const assurance = (Object.entries(tile.assurance) as [AssuranceGroup, number][]).filter(
      ([, n]) => n > 0,
    );
    const vId = `v-${slug(tile.id)}`;
    const aId = `a-${slug(tile.id)}`;
    return html`<div class="counts" part="counts">
      <div class="count-group">
        <p class="count-title" id=${vId}>${this.i18n.t('scorecard.variation')}</p>
        <ul class="count-list" role="list" aria-labelledby=${vId}>
          ${variation.map(([group, n]) => {
            const icon = tile.rows.find((r) => r.variationGroup === group)?.variation ?? 'none';
            return this.renderCount('variation', icon, group, n);
          })}
        </ul>
      </div>
      <div class="count-group">
        <p class="count-title" id=${aId}>${this.i18n.t('scorecard.assurance')}</p>
        <ul class="count-list" role="list" aria-labelledby=${aId}>
          ${assurance.map(([group, n]) =>
            this.renderCount('assurance', ASSURANCE_ICON[group], group, n),
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderCount(
    kind: 'variation' | 'assurance',
    icon: string,
    group: VariationGroup | AssuranceGroup,
    count: number,
  ): TemplateResult {
    const short = this.i18n.t(`scorecard.${kind}.${group}` as MessageKey, {
      count: this.i18n.number(count),
    });
    return html`<li class="count" data-group=${group}>
      <qms-spc-icon kind=${kind} value=${icon} aria-hidden="true"></qms-spc-icon>
      <span aria-hidden="true">${short}</span>
      <span class="visually-hidden"
        >${this.i18n.plural(`scorecard.${kind}.${group}.sr`, count)}</span
      >
    </li>`;
  }

  private measureName(row: MeasureSummaryRow): TemplateResult | string {
    return renderLocalised(this.i18n, row.measure.name);
  }

  private renderTable(
    tile: DomainSummary,
    card: DomainScorecard,
    settings: Settings,
  ): TemplateResult {
    const sort = this.sorts.get(tile.id);
    const rows = sort
      ? sortSummaryRows(tile.rows, sort.key, sort.direction, {
          name: (r) => localisedString(this.i18n, r.measure.name),
          locale: this.i18n.intlLocale,
        })
      : tile.rows;
    const captionId = `caption-${slug(tile.id)}`;
    const domainName = tile.domain
      ? localisedString(this.i18n, tile.domain.label)
      : this.i18n.t('scorecard.unassigned');
    return html`<div class="table-wrap" role="region" aria-labelledby=${captionId} tabindex="0">
        <table part="table">
          <caption id=${captionId}>
            ${this.i18n.t('scorecard.table.caption', { domain: domainName })}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map((key) => this.renderHeader(tile, key, sort))}
              <th scope="col" class="col-trend">${this.i18n.t('scorecard.col.trend')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              rows,
              (r) => r.id,
              (r) => this.renderRow(r, tile, card, settings),
            )}
          </tbody>
        </table>
      </div>
      ${
        tile.tagged.length > 0
          ? html`<p class="tagged-note">${this.i18n.t('scorecard.tagged')}</p>
              <ul class="tagged-list">
                ${tile.tagged.map((r) => html`<li>${this.measureName(r)}</li>`)}
              </ul>`
          : nothing
      }`;
  }

  private renderHeader(
    tile: DomainSummary,
    key: SummarySortKey,
    sort: SortState | undefined,
  ): TemplateResult {
    const active = sort?.key === key;
    const numeric = key !== 'name' && key !== 'variation' && key !== 'assurance';
    return html`<th
      scope="col"
      class="col-${key} ${numeric ? 'num' : ''}"
      aria-sort=${active ? sort.direction : 'none'}
    >
      <button
        type="button"
        class="sort"
        part="sort"
        data-key=${key}
        @click=${() => this.toggleSort(tile.id, key)}
      >
        ${this.i18n.t(`scorecard.col.${key}` as MessageKey)}<span
          class="sort-mark ${active ? sort.direction : ''}"
          aria-hidden="true"
        ></span>
      </button>
    </th>`;
  }

  private renderRow(
    row: MeasureSummaryRow,
    tile: DomainSummary,
    card: DomainScorecard,
    settings: Settings,
  ): TemplateResult {
    const inline = settings.detail === 'inline';
    const chartKey = `${tile.id}/${row.id}`;
    const chartOpen = inline && this.openCharts.has(chartKey);
    const chartId = `chart-${slug(tile.id)}-${slug(row.id)}`;
    const d = row.measure.decimals;
    const num = (v: number | null) => this.formatNumber(v, d);
    return html`<tr data-measure=${row.id}>
        <th scope="row" class="col-name">
          <button
            type="button"
            class="measure-link"
            part="measure"
            aria-expanded=${inline ? (chartOpen ? 'true' : 'false') : nothing}
            aria-controls=${chartOpen ? chartId : nothing}
            @click=${() => this.selectMeasure(row, tile, settings)}
          >
            ${this.measureName(row)}
          </button>
          ${this.renderRowNote(row, card)}
        </th>
        <td class="col-period">
          ${row.period === null ? this.none() : this.formatPeriod(row.period)}
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
          <span class="visually-hidden">${this.trendText(row)}</span>
        </td>
      </tr>
      ${chartOpen ? this.renderChartRow(row, chartId, settings) : nothing}`;
  }

  private renderRowNote(row: MeasureSummaryRow, card: DomainScorecard) {
    const notes: (TemplateResult | string)[] = [];
    if (row.measure.unit) notes.push(renderLocalised(this.i18n, row.measure.unit));
    if (row.mapping === 'crosswalk' && row.givenDomainId) {
      notes.push(
        this.i18n.t('scorecard.mapped', { domain: this.domainLabel(row.givenDomainId, card) }),
      );
    } else if (row.mapping === 'none') {
      notes.push(
        row.givenDomainId
          ? this.i18n.t('scorecard.givenDomain', {
              domain: this.domainLabel(row.givenDomainId, card),
            })
          : this.i18n.t('scorecard.noDomain'),
      );
    }
    if (row.problems.length > 0) {
      notes.push(
        this.i18n.t('scorecard.notAnalysed', {
          reason: row.problems.map((p) => p.message).join('; '),
        }),
      );
    }
    return notes.map((n) => html`<span class="row-note">${n}</span>`);
  }

  /** A domain id's label: in this framework, else in any preset, else the id itself. */
  private domainLabel(id: string, card: DomainScorecard): string {
    const frameworks = [card.framework, ...Object.values(frameworkPresets)];
    for (const f of frameworks) {
      const domain = findDomain(f, id);
      if (domain) return localisedString(this.i18n, domain.label);
    }
    return id;
  }

  private renderChartRow(row: MeasureSummaryRow, id: string, settings: Settings) {
    const defined = customElements.get('qms-spc-chart') !== undefined;
    return html`<tr class="chart-row" id=${id}>
      <td colspan=${COLUMNS.length + 1}>
        ${
          defined
            ? html`<qms-spc-chart
                .measure=${row.measure}
                rules=${settings.rules && !row.measure.rules ? settings.rules : nothing}
              ></qms-spc-chart>`
            : html`<p class="qms-status">${this.i18n.t('scorecard.chart.unavailable')}</p>`
        }
      </td>
    </tr>`;
  }

  private none(): TemplateResult {
    return html`<span aria-hidden="true">–</span
      ><span class="visually-hidden">${this.i18n.t('scorecard.noValue')}</span>`;
  }

  private formatNumber(value: number | null, decimals: number | undefined) {
    if (value === null) return this.none();
    const options: Intl.NumberFormatOptions =
      decimals === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    return this.i18n.number(value, options);
  }

  /** Month and year for monthly data (dates on the 1st), else the full date. */
  private formatPeriod(x: string): string {
    return /^\d{4}-\d{2}-01$/.test(x)
      ? this.i18n.date(x, { month: 'short', year: 'numeric' })
      : this.i18n.date(x);
  }

  private trendText(row: MeasureSummaryRow): string {
    const s = row.sparkline;
    if (s.min === null || s.max === null || s.first === null || s.last === null) {
      return this.i18n.t('scorecard.trend.empty');
    }
    const d = row.measure.decimals;
    const plain = (v: number | null) => {
      const f = this.formatNumber(v, d);
      return typeof f === 'string' ? f : this.i18n.t('scorecard.noValue');
    };
    return this.i18n.t('scorecard.trend', {
      count: this.i18n.number(s.values.length),
      first: this.formatPeriod(s.first),
      last: this.formatPeriod(s.last),
      min: plain(s.min),
      max: plain(s.max),
      latest: plain(row.latest),
    });
  }

  private toggleTile(tile: DomainSummary, card: DomainScorecard): void {
    const open = !this.expanded.includes(tile.id);
    this.expanded = open
      ? [...this.expanded, tile.id]
      : this.expanded.filter((id) => id !== tile.id);
    const event = new QmsDomainSelectEvent({
      domainId: tile.id,
      frameworkId: card.framework.id,
      kind: tile.kind,
      expanded: open,
    });
    this.dispatchEvent(event);
  }

  private toggleSort(tileId: string, key: SummarySortKey): void {
    const current = this.sorts.get(tileId);
    const direction: SummarySortDirection =
      current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
    const next = new Map(this.sorts);
    next.set(tileId, { key, direction });
    this.sorts = next;
  }

  private selectMeasure(row: MeasureSummaryRow, tile: DomainSummary, settings: Settings): void {
    const event = new QmsMeasureSelectEvent({
      measureId: row.id,
      measure: row.measure,
      domainId: tile.id,
    });
    const proceed = this.dispatchEvent(event);
    if (settings.detail !== 'inline') return;
    const key = `${tile.id}/${row.id}`;
    const next = new Set(this.openCharts);
    if (next.has(key)) next.delete(key);
    else if (proceed) next.add(key);
    else return;
    this.openCharts = next;
  }
}

/** Preset ids, for hosts building a framework picker. */
export const scorecardFrameworkPresets = Object.keys(frameworkPresets) as FrameworkPresetId[];

declare global {
  interface HTMLElementTagNameMap {
    'qms-steeep-scorecard': QmsSteeepScorecard;
  }
}
