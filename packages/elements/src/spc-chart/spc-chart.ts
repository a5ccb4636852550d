import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  spcChartMessages,
  spcMessages,
  spcResultCsv,
  type MeasureInput,
  type Problem,
  type SpcPoint,
  type SpcResult,
} from '@qms-kit/sdk';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { QmsPointSelectEvent } from '../internal/events/qms-point-select.js';
import { Hardened } from '../internal/hardened.js';
import { LocalizeController } from '../internal/localize.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { renderEmpty } from '../internal/states.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { ChartAnalysis } from './controllers/chart-analysis.js';
import { ChartDrawing } from './controllers/chart-drawing.js';
import { ChartExport } from './controllers/chart-export.js';
import { PointWalk } from './controllers/point-walk.js';
import { ChartResize } from './controllers/resize.js';
import { overflowedLines } from './draw.js';
import { serialiseSvg, svgToPng } from './export.js';
import { BulkFormat } from './format.js';
import {
  checkChartAttributes,
  isEmptyInput,
  parseChartCsv,
  parseChartInput,
  noSuchMeasure,
  numberAttribute,
  providerMeasure,
  RowsInput,
  type ChartSettings,
  type LoadedData,
  type ProviderMeasure,
} from './input.js';
import { renderAnnotationList } from './parts/annotations.js';
import { renderFootnote } from './parts/footnote.js';
import { renderHeader } from './parts/header.js';
import { renderLegend } from './parts/legend.js';
import { renderDrawingStatus, renderPlot } from './parts/plot.js';
import { renderTable } from './parts/table.js';
import { renderToolbar } from './parts/toolbar.js';
import { spcChartStyles } from './spc-chart.styles.js';
import {
  annotationMarks,
  displayName,
  footnoteView,
  formatDate,
  headerView,
  legendItems,
  overflowProblems,
  pointNotes,
  pointText,
  type ChartView,
  type ViewContext,
} from './view.js';

export { TABLE_ALL_ROWS, TABLE_PAGE_SIZE } from './view.js';

/**
 * A statistical process control chart in the NHS England Making Data Count style: values over
 * time with the centre line and process limits, special-cause points coloured and shaped by
 * type, the variation and assurance icons, a target line, recalculated limits, excluded
 * ("ghost") points and annotations. Every number comes from the SDK's `spc()` engine; the
 * element only draws it.
 *
 * Data: a `measure` (the SDK's Measure), or `data` points with the `chart`, `improvement`,
 * `target` and `rules` attributes, or a `src` URL (a JSON measure, or a long CSV
 * `measure,date,value[,denominator]`), or a child `<script type="application/json">` measure.
 *
 * Accessible: the plot has the measure's name and a plain-language summary, one tab stop with
 * arrow keys between points (announced politely), a tooltip that can be hovered and dismissed,
 * and a real data table (always available to assistive technology; shown with a button).
 * Needs `<qms-spc-icon>` registered too (the define entry does it).
 *
 * @tagname qms-spc-chart
 * @summary Making Data Count SPC chart: limits, signals, icons, keyboard access and a data table.
 *
 * @fires {QmsPointSelectEvent} qms-point-select - A point was clicked, or Enter or Space was pressed on the focused point. `detail: { point: SpcPoint, measureId?: string, description: string }`. Not cancelable.
 * @fires {QmsErrorEvent} qms-error - The input could not be charted: bad data, a failed `src`, a bad attribute or a problem found by the SPC engine. `detail: { problems, source }`.
 *
 * @slot - A `<script type="application/json">` holding a measure, for pages without a build step.
 *
 * @csspart header - Name, unit and the variation and assurance icons.
 * @csspart title - The measure's name.
 * @csspart icons - The two `<qms-spc-icon>`s.
 * @csspart toolbar - The data-table and download buttons.
 * @csspart button - Each toolbar and pager button.
 * @csspart plot - The `<svg>` chart (the focusable plot).
 * @csspart tooltip - The details of the focused or hovered point.
 * @csspart legend - The key to markers and lines.
 * @csspart annotations - The numbered list of annotations.
 * @csspart footnote - The chart type, the rule preset and notes on the analysis.
 * @csspart table - The data `<table>`.
 * @csspart table-region - The scrollable wrapper of the table.
 * @csspart status - Loading, empty and "drawing" messages.
 * @csspart error - The error panel.
 *
 * @cssprop [--qms-colour-common-cause=#a6a6a6] - Fill of common cause points.
 * @cssprop [--qms-colour-improvement=#00b0f0] - Fill of improvement points.
 * @cssprop [--qms-colour-concern=#e46c0a] - Fill of concern points.
 * @cssprop [--qms-colour-neutral=#490092] - Fill of points that are neither improvement nor concern.
 * @cssprop [--qms-colour-common-cause-text=#666666] - Outline of common cause and ghost points.
 * @cssprop [--qms-colour-improvement-text=#0072c6] - Outline of improvement points.
 * @cssprop [--qms-colour-concern-text=#b35000] - Outline of concern points.
 * @cssprop [--qms-colour-neutral-text=#490092] - Outline of neither points.
 * @cssprop [--qms-colour-mean=#000000] - Centre line.
 * @cssprop [--qms-colour-limit=#767676] - Process limits and sigma lines (darker than the MDC #a6a6a6 for 3:1 contrast).
 * @cssprop [--qms-colour-target=#de1b1b] - Target line.
 * @cssprop [--qms-spc-line-colour=#4c6272] - The line joining the values.
 * @cssprop [--qms-focus-colour=#ffeb3b] - Focus ring (NHS yellow).
 * @cssprop [--qms-font-family=inherit] - Font of every text.
 */
export class QmsSpcChart extends Hardened(LitElement) {
  static numberRules = { timeout: TIMEOUT_RULE };
  static shapes = { data: 'list' } as const;
  static override styles = [baseStyles, stateStyles, spcChartStyles];

  /** The measure to chart (the SDK's `Measure`, or JSON text of one). Takes precedence over everything else. */
  @property({ attribute: false }) measure: MeasureInput | string | undefined;

  /** Points `{ x: '2024-04-01', y: 5.2, n?, ghost?, note? }` charted with the attributes' settings. */
  @property({ attribute: false }) data: MeasureInput['data'] | undefined;

  /** URL of a JSON measure or a long-format CSV (`measure,date,value[,denominator]`). */
  @property() src = '';
  /**
   * Seconds to wait for `src` before giving up with an error and a "Try again" button
   * (decimals allowed, up to 3600).
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /**
   * With a CSV `src`, the measure to chart (default: the first); with `data`, the id in events;
   * inside a `<qms-provider>` with no data of its own, the provider's measure to chart (default:
   * the selected one).
   */
  @property({ attribute: 'measure-id' }) measureId: string | undefined;

  /** Chart type for `data` and CSV: `xmr`, `run`, `mr`, `p`, `pp`, `u`, `up`, `c`, `g`, `t`, `xbar`, `s`. A measure uses its own. */
  // prettier-ignore
  @property({ reflect: true }) chart: 'run' | 'xmr' | 'mr' | 'p' | 'pp' | 'u' | 'up' | 'c' | 'g' | 't' | 'xbar' | 's' = 'xmr';

  /** Which way is better for `data` and CSV: `increase`, `decrease` or `neutral`. A measure uses its own. */
  @property({ reflect: true }) improvement: 'increase' | 'decrease' | 'neutral' = 'neutral';

  /** Rule preset for `data` and CSV: `mdc` (NHS England SPC SQL v2.6), `mdc-2022`, `mdc-excel`, `nhsr`, `qic`, `anhoej`. A measure uses its own. */
  // prettier-ignore
  @property({ reflect: true }) rules: 'mdc' | 'mdc-2022' | 'mdc-excel' | 'nhsr' | 'qic' | 'anhoej' = 'mdc';

  /** Target for `data` and CSV (a number). A measure uses its own. */
  @property({ converter: numberAttribute }) target: number | undefined;

  /** Unit shown for `data` and CSV, e.g. `%`. A measure uses its own. */
  @property() unit: string | undefined;

  /** The chart's name; replaces the measure's name. Without either, "Chart". */
  @property() label: string | undefined;

  /** Draws the 1- and 2-sigma lines inside the process limits. */
  @property({ type: Boolean, reflect: true, attribute: 'show-sigma-lines' }) showSigmaLines = false;

  /** Shows the data table (it is always available to assistive technology). */
  @property({ type: Boolean, reflect: true, attribute: 'table-open' }) tableOpen = false;

  /** Fixes the bottom of the value axis (e.g. 0); by default it fits the data, limits and target. */
  @property({ attribute: 'y-min', converter: numberAttribute }) yMin: number | undefined;

  /** Fixes the top of the value axis (e.g. 100). */
  @property({ attribute: 'y-max', converter: numberAttribute }) yMax: number | undefined;

  /** Width in CSS pixels the chart is drawn at (follows the element's width). */
  @state() private width = 0;
  @state() private tablePage = 0;

  private readonly i18n = new LocalizeController(this, { parts: [spcChartMessages, spcMessages] });
  private readonly format = new BulkFormat(this.i18n);
  private readonly attributeErrors = new ErrorReporter(this);
  private readonly analysisErrors = new ErrorReporter(this);
  private readonly drawErrors = new ErrorReporter(this);
  private readonly downloads = new ChartExport(this, this.i18n, {
    fileName: () => this.readyView()?.measure.id,
    csv: () => this.toCsv(),
    svg: () => this.toSvg(),
    png: () => this.toPng(),
  });
  private readonly shared = new DatasetConsumer(this);
  private readonly source = new DataSourceController<LoadedData>(this, {
    parse: parseChartInput,
    parseCsv: parseChartCsv,
    // Own measure or data win; then src, then a slotted script; only then the provider's.
    data: () => this.measure ?? this.rowsInput() ?? this.fromProvider().measure,
    src: () => this.src,
    timeout: () => this.timeout,
    i18n: this.i18n,
    isEmpty: isEmptyInput,
    dataName: 'measure',
  });
  private readonly analysis = new ChartAnalysis(this, {
    errors: this.analysisErrors,
    noSuchMeasure: (id, ids) => noSuchMeasure(this.i18n, id, ids),
    onNewModel: () => {
      this.walk.reset();
      this.tablePage = 0;
    },
  });
  private readonly walk = new PointWalk(this, {
    model: () => this.analysis.model,
    layout: () => this.drawing.layout,
    ready: () => this.readyView() !== undefined,
    describe: (i) => this.describePoint(i),
    select: (i) => this.select(i),
    root: () => this.renderRoot,
  });
  private readonly resize = new ChartResize(
    this,
    () => this.width,
    (width) => (this.width = width),
  );

  private rows: RowsInput | undefined;
  private attributeProblems: Problem[] = [];
  private readonly drawing = new ChartDrawing();

  /** Resolves once the chart is drawn, including a large series drawn over several frames. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (await this.analysis.settled()) done = await super.getUpdateComplete();
    return done;
  }

  // ——— Public API ———

  /** The SPC result being drawn (from the SDK's `spcForMeasure`), or undefined. */
  get result(): SpcResult | undefined {
    return this.readyView()?.result;
  }

  /**
   * Every point with its limits and signals as CSV (header row, then one row per point), as the
   * SDK's `spcResultCsv` writes it: a byte-order mark first, formulas defused.
   */
  toCsv(): string {
    const view = this.readyView();
    if (!view) return '';
    return spcResultCsv(view.result, { notes: pointNotes(view, this.i18n.tag) });
  }

  /** The chart as a standalone SVG document with its colours inlined, or '' when not drawn. */
  toSvg(): string {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    const view = this.readyView();
    if (!svgEl || !view) return '';
    return serialiseSvg(svgEl, displayName(view, this.context()).text);
  }

  /** The chart as a PNG image (twice its drawn size). */
  async toPng(): Promise<Blob> {
    const text = this.toSvg();
    if (text === '') throw new Error('qms-spc-chart: nothing is drawn yet');
    return svgToPng(text);
  }

  // ——— Data ———

  private rowsInput(): RowsInput | undefined {
    if (this.data === undefined || this.data === null) return undefined;
    if (this.rows?.rows !== this.data) this.rows = new RowsInput(this.data);
    return this.rows;
  }

  /** With no data of its own, the provider's measure (or a `measure-id` it does not hold). */
  private fromProvider(): ProviderMeasure {
    if (hasOwnSource(this, this.src)) return {};
    return providerMeasure(this.shared.dataset, this.shared.selection.measure, this.measureId);
  }

  private readyView(): ChartView | undefined {
    return this.analysis.ready;
  }

  protected override willUpdate(): void {
    if (this.width === 0) this.width = Math.floor(this.clientWidth) || 640;
    const settings = this.checkAttributes();
    this.attributeErrors.report(this.attributeProblems, 'attribute');
    const state = this.source.state;
    const missing = state.status === 'empty' ? this.fromProvider().missing : undefined;
    const problem = missing && noSuchMeasure(this.i18n, missing.id, missing.ids);
    this.analysis.update(state, settings, problem, this.i18n.lang);
  }

  /** Checks the scalar attributes; returns the settings, with the default for a bad one. */
  private checkAttributes(): ChartSettings {
    const { settings, problems } = checkChartAttributes(this.i18n, this, (name) =>
      this.getAttribute(name),
    );
    this.attributeProblems = problems;
    return settings;
  }

  // ——— Render ———

  private context(): ViewContext {
    return { words: this.i18n, format: this.format, label: this.label, unit: this.unit };
  }

  protected override render(): unknown {
    const attributeAlert =
      this.attributeProblems.length > 0
        ? renderErrorPanel(this.i18n, this.attributeProblems, { compact: true })
        : nothing;
    return html`${attributeAlert}${this.source.render({
      ready: () => this.renderReady(),
      // A `measure-id` the provider's dataset does not hold is a problem, not "no data".
      empty: () => {
        const view = this.analysis.state;
        return typeof view === 'object' && !('result' in view)
          ? renderErrorPanel(this.i18n, view.problems)
          : renderEmpty(this.i18n);
      },
    })}`;
  }

  private renderReady(): unknown {
    const view = this.analysis.state;
    if (view === undefined) return nothing;
    if (view === 'analysing') return renderDrawingStatus(this.i18n);
    if (!('result' in view)) return renderErrorPanel(this.i18n, view.problems);
    const ctx = this.context();
    const model = this.analysis.model;
    const header = headerView(view, ctx);
    const overflow = overflowProblems(model ? overflowedLines(model) : [], this.i18n);
    this.drawErrors.report(overflow, 'data');
    const annotations = annotationMarks(view.measure, this.i18n.tag);
    const toolbar = renderToolbar(this.i18n, this.tableOpen, this.downloads.problems, {
      toggleTable: () => (this.tableOpen = !this.tableOpen),
      downloadCsv: this.downloads.downloadCsv,
      downloadSvg: this.downloads.downloadSvg,
      downloadPng: () => void this.downloads.downloadPng(),
    });
    const dateOf = (t: number) => formatDate(this.format, model, t);
    const settings = {
      width: this.width,
      yMin: this.yMin,
      yMax: this.yMax,
      showSigmaLines: this.showSigmaLines,
    };
    const plot = model && this.drawing.plot(view, ctx, model, settings, this.walk.shownPoint);
    const table = this.drawing.table(view, ctx, model, this.tablePage, this.tableOpen);
    return html`
      ${overflow.length ? renderErrorPanel(this.i18n, overflow, { compact: true }) : nothing}
      ${renderHeader(header, this.i18n)} ${toolbar}
      <div class="plot-wrap">
        ${plot ? renderPlot(plot, this.i18n, this.walk) : renderDrawingStatus(this.i18n)}
      </div>
      ${model ? renderLegend(legendItems(view, model, this.i18n, this.showSigmaLines), this.i18n) : nothing}
      ${renderAnnotationList(annotations, this.i18n, dateOf)}
      ${renderFootnote(footnoteView(view.result, this.i18n), this.i18n)}
      ${renderTable(table, this.i18n, (page) => (this.tablePage = page))}
      <div class="visually-hidden" aria-live="polite">${this.walk.announcement}</div>
    `;
  }

  // ——— Interaction ———

  private describePoint(index: number): string {
    const view = this.readyView();
    const model = this.analysis.model;
    return view && model ? pointText(view, this.context(), model, index) : '';
  }

  private select(index: number): void {
    const view = this.readyView();
    const model = this.analysis.model;
    const point: SpcPoint | undefined = view?.result.points[index];
    if (!view || !model || !point) return;
    const detail: ConstructorParameters<typeof QmsPointSelectEvent>[0] = {
      point,
      description: pointText(view, this.context(), model, index),
    };
    if (view.measureId !== undefined) detail.measureId = view.measureId;
    // Built first, then dispatched: the manifest takes its events from @fires above.
    const event = new QmsPointSelectEvent(detail);
    this.dispatchEvent(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-spc-chart': QmsSpcChart;
  }
}
