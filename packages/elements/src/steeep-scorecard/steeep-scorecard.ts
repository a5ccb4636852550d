import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  scorecardMessages,
  domainMessages,
  frameworkPresets,
  parseScorecardJson,
  summariseByDomain,
  type DomainScorecard,
  type Framework,
  type FrameworkPresetId,
  type Measure,
  type MeasureInput,
  type ScorecardInput,
} from '@qms-kit/sdk';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { LocalizeController } from '../internal/localize.js';
import { localisedString } from '../internal/render-localised.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { SummaryTables } from './controllers/summary-tables.js';
import { TileDisclosure } from './controllers/tile-disclosure.js';
import { renderCard } from './parts/card.js';
import type { PartContext } from './parts/context.js';
import { steeepScorecardStyles } from './steeep-scorecard.styles.js';
import { resolveSettings, type Resolved } from './settings.js';
import { scorecardBands, type Settings } from './view.js';

export type { ScorecardDetailMode, ScorecardOrder } from './view.js';

const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: readonly string[]): string | null =>
    value.length > 0 ? value.join(' ') : null,
};

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
  private readonly disclosure = new TileDisclosure(this);
  private readonly tables = new SummaryTables(this);
  private resolved: Resolved | undefined;
  private summary: { input: ScorecardInput; settings: Settings; card: DomainScorecard } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const input = this.source.value;
    this.resolved = resolveSettings(
      this,
      input?.framework ?? this.shared.dataset?.framework ?? 'steeep',
      this.i18n,
    );
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
    const ctx: PartContext = {
      i18n: this.i18n,
      level: this.level,
      card,
      settings,
      toggleTile: (tile) => this.disclosure.toggle(tile, card.framework.id),
      toggleSort: (tileId, key) => this.tables.toggleSort(tileId, key),
      selectMeasure: (row, tile) => this.tables.selectMeasure(row, tile, settings.detail),
    };
    const bands = scorecardBands(card, {
      settings,
      expanded: this.expanded,
      sorts: this.tables.sorts,
      openCharts: this.tables.openCharts,
      name: (r) => localisedString(this.i18n, r.measure.name),
      locale: this.i18n.intlLocale,
    });
    return renderCard(ctx, input, bands);
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 2;
  }
}

/** Preset ids, for hosts building a framework picker. */
export const scorecardFrameworkPresets = Object.keys(frameworkPresets) as FrameworkPresetId[];

declare global {
  interface HTMLElementTagNameMap {
    'qms-steeep-scorecard': QmsSteeepScorecard;
  }
}
