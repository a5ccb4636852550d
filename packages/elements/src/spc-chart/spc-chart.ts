import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { notOneOf } from '../internal/attribute-check.js';
import { Hardened } from '../internal/hardened.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import {
  spcChartMessages,
  spcMessages,
  centreIsMedian,
  chartTypeSchema,
  describePoint,
  describeSpc,
  describeSpcWarning,
  improvementSchema,
  isProportionChart,
  pointsAreRows,
  rulePresetSchema,
  showsSpcIcons,
  spcForMeasure,
  spcResultCsv,
  type Annotation,
  type ChartType,
  type Improvement,
  type Measure,
  type MeasureInput,
  type MessageKey,
  type Problem,
  type RulePreset,
  type SpcPoint,
  type SpcResult,
} from '@qms-kit/sdk';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { renderEmpty } from '../internal/states.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { QmsPointSelectEvent } from '../internal/events/qms-point-select.js';
import { pickText } from '../internal/localised-text.js';
import { LocalizeController } from '../internal/localize.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { drawSet, type DrawSet } from './decimate.js';
import {
  markerRadius,
  overflowedLines,
  partitionLines,
  renderAxes,
  renderMarkers,
  renderRebase,
  valuePath,
  xOfPoint,
} from './draw.js';
import { PngExportError, downloadBlob, serialiseSvg, svgToPng } from './export.js';
import { BulkFormat } from './format.js';
import {
  isEmptyInput,
  parseChartCsv,
  parseChartInput,
  pickMeasure,
  RowsInput,
  type ChartSettings,
  type LoadedData,
  type PickedMeasure,
} from './input.js';
import { computeLayout, tickDigits, type Layout } from './layout.js';
import { markerPath, SHAPES, TONES } from './markers.js';
import {
  buildModel,
  MARKER_KINDS,
  ModelBuilder,
  navigablePosition,
  nearestNavigable,
  timeOf,
  type ChartModel,
  type MarkerKind,
} from './model.js';
import { spcChartStyles } from './spc-chart.styles.js';

/** Up to this many points the drawing model is built at once; beyond, in chunks between frames. */
const SYNC_POINTS = 20_000;
const CHUNK_POINTS = 25_000;
/** Rows of the data table shown at once; longer series page through it. */
/** Up to this many points the table lists them all; longer series page through it. */
export const TABLE_ALL_ROWS = 500;
export const TABLE_PAGE_SIZE = 100;
const PAGE_JUMP = 10;

type Origin = 'data' | 'src' | 'slot';

interface View {
  measure: Measure;
  result: SpcResult;
  /** Origin of the data, for the `qms-error` source of engine problems. */
  origin: Origin;
  /** The measure id for events: a measure's own, or `measure-id` for rows. */
  measureId: string | undefined;
}

interface AnnotationMark {
  number: number;
  time: number;
  label: string;
  /** Set when the label is not in the element's language. */
  lang: string | undefined;
}

/** Text to show, with its language when that is not the element's. */
interface Text {
  text: string;
  lang: string | undefined;
}

const normalise = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');

const numberConverter = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null || value.trim() === '' ? undefined : Number(value),
  toAttribute: (value: number | undefined): string | null =>
    value === undefined || Number.isNaN(value) ? null : String(value),
};

/** Yields to the browser (input, painting) between chunks of work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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
  @property({ converter: numberConverter }) target: number | undefined;

  /** Unit shown for `data` and CSV, e.g. `%`. A measure uses its own. */
  @property() unit: string | undefined;

  /** The chart's name; replaces the measure's name. Without either, "Chart". */
  @property() label: string | undefined;

  /** Draws the 1- and 2-sigma lines inside the process limits. */
  @property({ type: Boolean, reflect: true, attribute: 'show-sigma-lines' }) showSigmaLines = false;

  /** Shows the data table (it is always available to assistive technology). */
  @property({ type: Boolean, reflect: true, attribute: 'table-open' }) tableOpen = false;

  /** Fixes the bottom of the value axis (e.g. 0); by default it fits the data, limits and target. */
  @property({ attribute: 'y-min', converter: numberConverter }) yMin: number | undefined;

  /** Fixes the top of the value axis (e.g. 100). */
  @property({ attribute: 'y-max', converter: numberConverter }) yMax: number | undefined;

  /** Width in CSS pixels the chart is drawn at (follows the element's width). */
  @state() private width = 0;
  /** The point whose details are shown (-1: none). */
  @state() private active = -1;
  @state() private tooltipShown = false;
  @state() private focused = false;
  @state() private announcement = '';
  @state() private tablePage = 0;
  @state() private model: ChartModel | undefined;

  private readonly i18n = new LocalizeController(this, { parts: [spcChartMessages, spcMessages] });
  private readonly format = new BulkFormat(this.i18n);
  private readonly attributeErrors = new ErrorReporter(this);
  private readonly analysisErrors = new ErrorReporter(this);
  private readonly drawErrors = new ErrorReporter(this);
  private readonly exportErrors = new ErrorReporter(this);
  @state() private exportProblems: Problem[] = [];
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

  private rows: RowsInput | undefined;
  private attributeProblems: Problem[] = [];
  private view: View | { problems: Problem[]; origin: Origin } | 'analysing' | undefined;
  private picked: { key: readonly unknown[]; measure: PickedMeasure } | undefined;
  private analysed: { measure: Measure; result: SpcResult } | undefined;
  private analysing: Measure | undefined;
  private readonly pending = new Set<Promise<void>>();
  private building: SpcResult | undefined;
  private keyboardIndex = -1;
  private hovering = false;
  private resizeObserver: ResizeObserver | undefined;
  private resizeFrame = 0;
  private layoutMemo: { key: readonly unknown[]; layout: Layout } | undefined;
  private drawMemo: { model: ChartModel; layout: Layout; set: DrawSet } | undefined;
  private tableMemo: { key: readonly unknown[]; rows: string[][] } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width <= 0 || width === this.width) return;
      // Redraw in the next frame: changing size inside the observer's callback loops.
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  /** Resolves once the chart is drawn, including a large series drawn over several frames. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      await Promise.all(this.pending);
      done = await super.getUpdateComplete();
    }
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
    return spcResultCsv(view.result, { notes: this.notes(view) });
  }

  /** The chart as a standalone SVG document with its colours inlined, or '' when not drawn. */
  toSvg(): string {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    const view = this.readyView();
    if (!svgEl || !view) return '';
    return serialiseSvg(svgEl, this.displayName(view).text);
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

  /**
   * With no data of its own, the provider's measure named by `measure-id`, else its selected
   * measure; `missing` is a `measure-id` the provider's dataset does not hold.
   */
  private fromProvider(): { measure?: Measure; missing?: { id: string; ids: string[] } } {
    const dataset = this.shared.dataset;
    if (!dataset || hasOwnSource(this, this.src)) return {};
    const own = this.measureId?.trim() || undefined;
    const id = own ?? this.shared.selection.measure;
    if (id === undefined) return {};
    const measure = dataset.measures.find((m) => m.id === id);
    if (measure) return { measure };
    return own === undefined ? {} : { missing: { id, ids: dataset.measures.map((m) => m.id) } };
  }

  private readyView(): View | undefined {
    const view = this.view;
    return typeof view === 'object' && 'result' in view ? view : undefined;
  }

  protected override willUpdate(): void {
    if (this.width === 0) this.width = Math.floor(this.clientWidth) || 640;
    const settings = this.checkAttributes();
    this.attributeErrors.report(this.attributeProblems, 'attribute');
    const state = this.source.state;
    if (state.status !== 'ready' || settings === undefined) {
      const missing =
        state.status === 'empty' && settings ? this.fromProvider().missing : undefined;
      if (missing) {
        this.fail([this.noSuchMeasure(missing.id, missing.ids)], 'data');
        return;
      }
      this.view = undefined;
      this.analysisErrors.clear();
      return;
    }
    const key = [
      state.value,
      settings.chart,
      settings.improvement,
      settings.rules,
      settings.target,
      settings.measureId,
      this.i18n.lang,
    ] as const;
    if (!this.picked || this.picked.key.some((v, i) => v !== key[i])) {
      this.picked = { key, measure: this.pick(state.value, settings) };
    }
    const picked = this.picked.measure;
    if (!picked.ok) {
      this.fail(picked.problems, state.origin);
      return;
    }
    const measure = picked.measure;
    if (this.analysed?.measure !== measure) {
      if (measure.data.length > SYNC_POINTS) {
        // A big series is analysed in a task of its own, after the parse, so neither blocks long.
        if (this.analysing !== measure) this.analyseLater(measure);
        this.view = 'analysing';
        this.analysisErrors.clear();
        return;
      }
      this.analysed = { measure, result: spcForMeasure(measure) };
    }
    const result = this.analysed.result;
    if (result.problems.length > 0) {
      this.fail(result.problems, state.origin);
      return;
    }
    const measureId = state.value.from === 'rows' ? settings.measureId : measure.id;
    this.view = { measure, result, origin: state.origin, measureId };
    this.analysisErrors.clear();
    if (this.model?.result !== result && this.building !== result) this.prepareModel(result);
  }

  private fail(problems: Problem[], origin: Origin): void {
    this.view = { problems, origin };
    this.analysisErrors.report(problems, origin);
    this.model = undefined;
    this.building = undefined;
  }

  /** The measure to chart, with the attributes' settings where the data has none. */
  private pick(loaded: LoadedData, settings: ChartSettings): PickedMeasure {
    return pickMeasure(loaded, settings, (id, ids) => this.noSuchMeasure(id, ids));
  }

  private noSuchMeasure(id: string, ids: readonly string[]): Problem {
    return {
      where: this.i18n.t('element.where.attribute', { name: 'measure-id' }),
      message: this.i18n.t('spcChart.problem.noSuchMeasure', { id, ids: ids.join(', ') }),
      path: ['measure-id'],
      lang: this.i18n.lang,
    };
  }

  private analyseLater(measure: Measure): void {
    this.analysing = measure;
    this.track(
      (async () => {
        await nextTask();
        if (this.analysing !== measure) return;
        this.analysed = { measure, result: spcForMeasure(measure) };
        this.analysing = undefined;
        this.requestUpdate();
      })(),
    );
  }

  /** Work that `updateComplete` waits for (a big series drawn over several tasks). */
  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Builds the drawing model now, or for a large series in chunks so no task runs long. */
  private prepareModel(result: SpcResult): void {
    this.active = -1;
    this.keyboardIndex = -1;
    this.tooltipShown = false;
    this.tablePage = 0;
    if (result.points.length <= SYNC_POINTS) {
      this.model = buildModel(result);
      this.building = undefined;
      return;
    }
    this.model = undefined;
    this.building = result;
    const builder = new ModelBuilder(result);
    this.track(
      (async () => {
        while (!builder.done) {
          await nextTask();
          if (this.building !== result) return;
          builder.step(CHUNK_POINTS);
        }
        await nextTask();
        if (this.building !== result) return;
        this.model = builder.finish();
        this.building = undefined;
      })(),
    );
  }

  /** Checks the scalar attributes; returns the settings, with the default for a bad one. */
  private checkAttributes(): ChartSettings {
    const problems: Problem[] = [];
    const pick = <T extends string>(
      name: string,
      value: unknown,
      schema: { safeParse(v: unknown): { success: boolean }; options: readonly T[] },
      fallback: T,
    ): T => {
      const text = normalise(value);
      if (text === '') return fallback;
      if (schema.safeParse(text).success) return text as T;
      problems.push(notOneOf(this.i18n, name, value, schema.options));
      return fallback;
    };
    const chart = pick<ChartType>('chart', this.chart, chartTypeSchema, 'xmr');
    const improvement = pick<Improvement>(
      'improvement',
      this.improvement,
      improvementSchema,
      'neutral',
    );
    const rules = pick<RulePreset>('rules', this.rules, rulePresetSchema, 'mdc');
    for (const [name, value] of [
      ['target', this.target],
      ['y-min', this.yMin],
      ['y-max', this.yMax],
    ] as const) {
      if (value !== undefined && !Number.isFinite(value)) {
        problems.push({
          where: this.i18n.t('element.where.attribute', { name }),
          message: this.i18n.t('spcChart.problem.notNumber', {
            value: this.getAttribute(name) ?? String(value),
          }),
          path: [name],
          lang: this.i18n.lang,
        });
      }
    }
    this.attributeProblems = problems;
    // A bad attribute is shown, and its default used, so the chart stays visible.
    const measureId = this.measureId?.trim() || undefined;
    const target = Number.isFinite(this.target) ? this.target : undefined;
    return { chart, improvement, rules, target, measureId };
  }

  // ——— Words and numbers ———

  private displayName(view: View): Text {
    const label = this.label?.trim();
    if (label) return { text: label, lang: undefined };
    const untitled = { text: this.i18n.t('spcChart.untitled'), lang: undefined };
    if (view.measure.id === 'data' && view.measureId === undefined) return untitled;
    return pickText(view.measure.name, this.i18n.tag) ?? untitled;
  }

  private unitOf(view: View): Text | undefined {
    const unit = this.unit?.trim();
    if (unit && view.measure.unit === undefined) return { text: unit, lang: undefined };
    return pickText(view.measure.unit, this.i18n.tag);
  }

  private isProportion(view: View): boolean {
    return isProportionChart(view.result.chart);
  }

  private usesMedian(result: SpcResult): boolean {
    return centreIsMedian(result);
  }

  /** A value as shown in the table and tooltip: percentages for p charts, the measure's decimals. */
  private formatValue(view: View, value: number | null | undefined, extra = 0): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '';
    const decimals = view.measure.decimals;
    if (this.isProportion(view)) {
      const digits = Math.min(6, (decimals ?? 1) + extra);
      return this.format.number(value, { style: 'percent', maximumFractionDigits: digits });
    }
    const digits = Math.min(6, (decimals ?? 2) + extra);
    return this.format.number(value, {
      maximumFractionDigits: digits,
      ...(decimals !== undefined ? { minimumFractionDigits: Math.min(digits, decimals) } : {}),
    });
  }

  private withUnit(view: View, text: string): string {
    return this.unitOf(view)?.text === '%' && !this.isProportion(view) && text !== ''
      ? `${text}%`
      : text;
  }

  private formatDate(model: ChartModel | undefined, t: number, long = false): string {
    if (!Number.isFinite(t)) return '';
    const monthly = model?.monthly ?? false;
    const options: Intl.DateTimeFormatOptions = monthly
      ? { month: long ? 'long' : 'short', year: 'numeric' }
      : { day: 'numeric', month: long ? 'long' : 'short', year: 'numeric' };
    return this.format.date(t, options);
  }

  private formatTick(ticks: readonly Date[], d: Date): string {
    const t = d.getTime();
    const firsts = ticks.every((x) => x.getUTCDate() === 1 && x.getUTCHours() === 0);
    const januaries = firsts && ticks.every((x) => x.getUTCMonth() === 0);
    if (januaries) return this.format.date(t, { year: 'numeric' });
    if (firsts) return this.format.date(t, { month: 'short', year: 'numeric' });
    return this.format.date(t, { day: 'numeric', month: 'short' });
  }

  private formatYTick(view: View, v: number, ticks: readonly number[]): string {
    const digits = tickDigits(ticks);
    if (this.isProportion(view)) {
      const d = Math.max(0, digits - 2);
      return this.format.number(v, {
        style: 'percent',
        minimumFractionDigits: d,
        maximumFractionDigits: d,
      });
    }
    return this.format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  /** Notes for each point: the data row's note and any annotation on its date. */
  private notes(view: View): (string | undefined)[] {
    const { measure, result } = view;
    const notes: (string | undefined)[] = [];
    const rowsArePoints = pointsAreRows(result.chart);
    // Points are in date order whatever the rows' order: each takes the note of its own row.
    if (rowsArePoints && measure.data.some((row) => row.note !== undefined))
      result.points.forEach((p, i) => (notes[i] = measure.data[p.row]?.note));
    const annotations = this.annotations(view);
    if (annotations.length > 0) {
      const byTime = new Map<number, number>();
      result.points.forEach((p, i) => {
        const t = timeOf(p.x);
        if (!byTime.has(t)) byTime.set(t, i);
      });
      for (const a of annotations) {
        const i = byTime.get(a.time);
        if (i !== undefined) notes[i] = notes[i] ? `${notes[i]}; ${a.label}` : a.label;
      }
    }
    return notes;
  }

  private annotations(view: View): AnnotationMark[] {
    const list: Annotation[] = view.measure.annotations ?? [];
    return list
      .map((a) => ({ a, time: Date.parse(a.x) }))
      .filter(({ time }) => Number.isFinite(time))
      .sort((p, q) => p.time - q.time)
      .map(({ a, time }, i) => {
        const label = pickText(a.label, this.i18n.tag) ?? { text: '', lang: undefined };
        return { number: i + 1, time, label: label.text, lang: label.lang };
      });
  }

  /** The focused point in words: position, date, value and its signals. */
  private pointText(view: View, model: ChartModel, index: number): string {
    const point = view.result.points[index];
    if (!point) return '';
    const position = navigablePosition(model, index) + 1;
    const parts = [
      this.i18n.t('spcChart.point.position', {
        position: this.i18n.number(position),
        total: this.i18n.number(model.navigable.length),
      }),
      this.formatDate(model, model.time[index] ?? NaN, true),
      this.i18n.t('spcChart.point.value', {
        value: this.withUnit(view, this.formatValue(view, point.y)),
      }),
    ];
    return `${parts.join('. ')}. ${describePoint(point, view.result, this.i18n.lang)}`;
  }

  // ——— Render ———

  protected override render(): unknown {
    const attributeAlert =
      this.attributeProblems.length > 0
        ? renderErrorPanel(this.i18n, this.attributeProblems, { compact: true })
        : nothing;
    return html`${attributeAlert}${this.source.render({
      ready: () => this.renderReady(),
      // A `measure-id` the provider's dataset does not hold is a problem, not "no data".
      empty: () => {
        const view = this.view;
        return typeof view === 'object' && !('result' in view)
          ? renderErrorPanel(this.i18n, view.problems)
          : renderEmpty(this.i18n);
      },
    })}`;
  }

  private renderReady(): unknown {
    const view = this.view;
    if (view === undefined) return nothing;
    if (view === 'analysing') return this.renderDrawingStatus();
    if (!('result' in view)) return renderErrorPanel(this.i18n, view.problems);
    const model = this.model;
    const name = this.displayName(view);
    const overflowed = model ? overflowedLines(model) : [];
    const overflow = overflowed.length
      ? [
          {
            where: this.i18n.t('element.where.property', { name: 'data' }),
            message: this.i18n.t('spcChart.problem.overflow', { lines: overflowed.join(', ') }),
            lang: this.i18n.lang,
          },
        ]
      : [];
    this.drawErrors.report(overflow, 'data');
    return html`
      ${overflow.length ? renderErrorPanel(this.i18n, overflow, { compact: true }) : nothing}
      ${this.renderHeader(view, name)} ${this.renderToolbar()}
      <div class="plot-wrap">
        ${model ? this.renderPlot(view, model, name) : this.renderDrawingStatus()}
      </div>
      ${model ? this.renderLegend(view, model) : nothing} ${this.renderAnnotationList(view, model)}
      ${this.renderFootnote(view)} ${this.renderTable(view, model, name)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderDrawingStatus(): TemplateResult {
    return html`<p class="qms-status drawing" part="status" role="status">
      ${this.i18n.t('spcChart.drawing')}
    </p>`;
  }

  private renderHeader(view: View, name: Text): TemplateResult {
    const { result } = view;
    const unit = this.unitOf(view);
    const showIcons = showsSpcIcons(result);
    const target = result.target;
    return html`<div class="header" part="header">
      <div class="titles">
        <p class="title" part="title" lang=${ifDefined(name.lang)}>${name.text}</p>
        <p class="subtitle">
          ${
            unit
              ? html`<span lang=${ifDefined(unit.lang)}
                  >${this.i18n.t('spcChart.unit', { unit: unit.text })}</span
                >`
              : nothing
          }
          ${
            target !== null
              ? html`<span
                  >${this.i18n.t('spcChart.target', {
                    value: this.withUnit(view, this.formatValue(view, target)),
                  })}</span
                >`
              : nothing
          }
        </p>
      </div>
      ${
        showIcons
          ? html`<div class="icons" part="icons">
              <qms-spc-icon kind="variation" value=${result.variation} show-label></qms-spc-icon>
              ${
                target !== null
                  ? html`<qms-spc-icon
                      kind="assurance"
                      value=${result.assurance ?? 'none'}
                      show-label
                    ></qms-spc-icon>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    // Short visible labels (the format) inside fuller accessible names (WCAG 2.5.3).
    const download = (kind: 'csv' | 'svg' | 'png', handler: () => void) =>
      html`<button
        type="button"
        part="button"
        class="download-${kind}"
        aria-label=${this.i18n.t(`spcChart.download.${kind}`)}
        @click=${handler}
      >
        ${kind.toUpperCase()}
      </button>`;
    return html`<div
      class="toolbar"
      part="toolbar"
      role="group"
      aria-label=${this.i18n.t('spcChart.tools')}
    >
      <button
        type="button"
        part="button"
        class="table-toggle"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        aria-controls="table-region"
        @click=${() => (this.tableOpen = !this.tableOpen)}
      >
        ${this.i18n.t(this.tableOpen ? 'spcChart.table.hide' : 'spcChart.table.show')}
      </button>
      <span class="downloads">
        <span aria-hidden="true">${this.i18n.t('spcChart.download')}</span>
        ${download('csv', this.downloadCsv)} ${download('svg', this.downloadSvg)}
        ${download('png', () => void this.downloadPng())}
      </span>
      ${
        this.exportProblems.length > 0
          ? renderErrorPanel(this.i18n, this.exportProblems, { compact: true })
          : nothing
      }
    </div>`;
  }

  private layoutFor(view: View, model: ChartModel): Layout {
    const annotations = (view.measure.annotations?.length ?? 0) > 0;
    const key = [model, this.width, this.yMin, this.yMax, this.i18n.tag, annotations] as const;
    if (this.layoutMemo && this.layoutMemo.key.every((v, i) => v === key[i])) {
      return this.layoutMemo.layout;
    }
    const layout = computeLayout(model, this.width, {
      yMin: this.yMin,
      yMax: this.yMax,
      annotations,
      formatY: (v, ticks) => this.formatYTick(view, v, ticks),
      formatX: (ticks) => ticks.map((d) => this.formatTick(ticks, d)),
      bounds: this.isProportion(view) ? [0, 1] : undefined,
    });
    this.layoutMemo = { key, layout };
    return layout;
  }

  private drawSetFor(model: ChartModel, layout: Layout): DrawSet {
    if (this.drawMemo?.model === model && this.drawMemo.layout === layout) return this.drawMemo.set;
    const set = drawSet(model, layout.px, layout.py, Math.max(1, Math.floor(layout.plot.width)));
    this.drawMemo = { model, layout, set };
    return set;
  }

  private renderPlot(view: View, model: ChartModel, name: Text) {
    const layout = this.layoutFor(view, model);
    const description = describeSpc(view.result, this.i18n.lang, {
      unit: this.unitOf(view)?.text === '%' ? '%' : undefined,
      ...(view.measure.decimals !== undefined ? { decimals: view.measure.decimals } : {}),
    });
    const { width, height } = layout;
    return html`<div class="plot">
      <svg
        class="chart"
        part="plot"
        viewBox="0 0 ${width} ${height}"
        tabindex="0"
        role="application"
        aria-labelledby="plot-title"
        aria-describedby="plot-desc plot-help"
        @keydown=${this.onKeydown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        <title id="plot-title" lang=${ifDefined(name.lang)}>${name.text}</title>
        <desc id="plot-desc">${description}</desc>
        ${guard([model, layout, this.showSigmaLines, this.i18n.tag], () =>
          this.renderDrawing(view, model, layout),
        )}
        ${this.renderFocus(model, layout)}
      </svg>
      ${this.renderTooltip(view, model, layout)}
      <p id="plot-help" class="visually-hidden">${this.i18n.t('spcChart.plot.help')}</p>
    </div>`;
  }

  /** Everything that does not change when a point is focused or hovered. */
  private renderDrawing(view: View, model: ChartModel, layout: Layout) {
    const { plot } = layout;
    const set = this.drawSetFor(model, layout);
    const radius = markerRadius(model, layout);
    const target = view.result.target;
    const [lo, hi] = layout.y.domain() as [number, number];
    const annotations = this.annotations(view);
    const [t0, t1] = layout.x.domain().map((d) => d.getTime()) as [number, number];
    const partitions = view.result.partitions;
    return svg`
      <g aria-hidden="true">
        <rect class="plot-area" x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height}></rect>
        ${renderAxes(
          layout,
          (d) => this.formatTick(layout.xTicks, d),
          (v) => this.formatYTick(view, v, layout.yTicks),
        )}
        <!-- The values first: with thousands of points the reference lines must stay visible. -->
        <path class="values" d=${valuePath(model, layout, set)}></path>
        <g class="lines">
          ${partitions.map((p, k) => {
            const lines = partitionLines(model, layout, p.start, p.end, this.showSigmaLines);
            return svg`<g class="partition" data-partition=${k}>
              ${lines.one ? svg`<path class="sigma one" d=${lines.one}></path>` : nothing}
              ${lines.near ? svg`<path class="sigma near" d=${lines.near}></path>` : nothing}
              ${lines.limits ? svg`<path class="limit" d=${lines.limits}></path>` : nothing}
              ${lines.centre ? svg`<path class="centre ${this.usesMedian(view.result) ? 'median' : 'mean'}" d=${lines.centre}></path>` : nothing}
            </g>`;
          })}
          ${
            target !== null && target >= lo && target <= hi
              ? svg`<g class="target-group">
                  <line class="target" x1=${plot.x} x2=${plot.x + plot.width} y1=${layout.y(target)} y2=${layout.y(target)}></line>
                  ${
                    layout.compact
                      ? nothing
                      : svg`<text class="target-label" x=${plot.x + plot.width - 4} y=${layout.y(target) - 4} text-anchor="end">${this.i18n.t('spcChart.targetLine')}</text>`
                  }
                </g>`
              : nothing
          }
          ${renderRebase(model, layout, this.i18n.t('spcChart.rebase'))}
        </g>
        <g class="points ${set.decimated ? 'decimated' : ''}">${renderMarkers(model, layout, set.markers, radius)}</g>
        <g class="annotation-marks">
          ${annotations
            .filter((a) => a.time >= t0 && a.time <= t1)
            .map((a) => {
              const px = Math.round(layout.x(a.time) * 10) / 10;
              const y0 = plot.y + plot.height + 24;
              return svg`<g class="annotation" data-number=${a.number}>
                <line x1=${px} x2=${px} y1=${plot.y} y2=${plot.y + plot.height}></line>
                <path d="M${px} ${y0 - 6}l5 8h-10z"></path>
                <text x=${px} y=${y0 + 12} text-anchor="middle">${this.i18n.number(a.number)}</text>
              </g>`;
            })}
        </g>
      </g>
    `;
  }

  private renderFocus(model: ChartModel, layout: Layout) {
    const i = this.active;
    if (i < 0 || !this.tooltipShown) return nothing;
    const y = model.y[i] ?? NaN;
    if (y !== y) return nothing;
    const px = xOfPoint(model, layout, i);
    const py = layout.y(y);
    return svg`<g class="focus" aria-hidden="true" data-export="omit">
      <line class="guide" x1=${px} x2=${px} y1=${layout.plot.y} y2=${layout.plot.y + layout.plot.height}></line>
      <circle class="ring-outer" cx=${px} cy=${py} r="9"></circle>
      <circle class="ring" cx=${px} cy=${py} r="7"></circle>
    </g>`;
  }

  private renderTooltip(view: View, model: ChartModel, layout: Layout) {
    const i = this.active;
    const point = i >= 0 ? view.result.points[i] : undefined;
    if (!point || !this.tooltipShown || point.y === null) return nothing;
    const px = xOfPoint(model, layout, i);
    const py = layout.y(point.y);
    const left = (px / layout.width) * 100;
    const top = (py / layout.height) * 100;
    const classes = [
      'tooltip',
      left < 25 ? 'start' : left > 75 ? 'end' : '',
      top < 40 ? 'below' : '',
    ].join(' ');
    const centreKey = this.usesMedian(view.result)
      ? 'spcChart.point.centre.median'
      : 'spcChart.point.centre.mean';
    return html`<div
      class=${classes}
      part="tooltip"
      aria-hidden="true"
      ${ref((el?: Element) => placeTooltip(el, left, top))}
      @pointerleave=${this.onTooltipLeave}
    >
      <p class="tooltip-date">${this.formatDate(model, model.time[i] ?? NaN, true)}</p>
      <p class="tooltip-value">
        ${this.i18n.t('spcChart.point.value', {
          value: this.withUnit(view, this.formatValue(view, point.y)),
        })}
      </p>
      ${
        point.centre !== null
          ? html`<p>
              ${this.i18n.t(centreKey, {
                value: this.withUnit(view, this.formatValue(view, point.centre, 1)),
              })}
            </p>`
          : nothing
      }
      ${
        point.lower !== null && point.upper !== null
          ? html`<p>
              ${this.i18n.t('spcChart.point.limits', {
                lower: this.formatValue(view, point.lower, 1),
                upper: this.withUnit(view, this.formatValue(view, point.upper, 1)),
              })}
            </p>`
          : nothing
      }
      <p class="tooltip-signal">${describePoint(point, view.result, this.i18n.lang)}</p>
    </div>`;
  }

  private renderLegend(view: View, model: ChartModel): TemplateResult {
    const { result } = view;
    const items: { key: string; glyph: TemplateResult; text: string }[] = [];
    const lineGlyph = (cls: string) => svg`<line class=${cls} x1="1" x2="23" y1="8" y2="8"></line>`;
    items.push({
      key: 'values',
      glyph: svg`<path class="values" d="M1 12L8 5L15 10L23 4"></path>`,
      text: this.i18n.t('spcChart.legend.values'),
    });
    const seen = new Set<string>();
    for (const kind of MARKER_KINDS) {
      // Concern and neither share one shape for both sides: one entry each.
      const key = kind.replace(/-(high|low)$/, (m) => (kind.startsWith('improvement') ? m : ''));
      if (!model.kinds.has(kind) || seen.has(key)) continue;
      seen.add(key);
      items.push({
        key,
        glyph: this.legendMarker(kind),
        text: this.i18n.t(`spcChart.legend.${key}` as MessageKey),
      });
    }
    items.push({
      key: 'centre',
      glyph: lineGlyph(`centre ${this.usesMedian(result) ? 'median' : 'mean'}`),
      text: this.i18n.t(
        this.usesMedian(result) ? 'spcChart.legend.median' : 'spcChart.legend.mean',
      ),
    });
    if (model.hasLimits) {
      items.push({
        key: 'limits',
        glyph: lineGlyph('limit'),
        text: this.i18n.t('spcChart.legend.limits'),
      });
    }
    if (this.showSigmaLines && model.hasNearLines) {
      items.push({
        key: 'sigma',
        glyph: lineGlyph('sigma near'),
        text: this.i18n.t('spcChart.legend.sigma'),
      });
    }
    if (result.target !== null) {
      items.push({
        key: 'target',
        glyph: lineGlyph('target'),
        text: this.i18n.t('spcChart.legend.target'),
      });
    }
    if (result.partitions.length > 1) {
      items.push({
        key: 'rebase',
        glyph: svg`<g class="rebase"><line x1="12" x2="12" y1="1" y2="15"></line></g>`,
        text: this.i18n.t('spcChart.legend.rebase'),
      });
    }
    if (this.annotations(view).length > 0) {
      items.push({
        key: 'annotation',
        glyph: svg`<g class="annotation"><path d="M12 4l5 8h-10z"></path></g>`,
        text: this.i18n.t('spcChart.legend.annotation'),
      });
    }
    return html`<div class="legend" part="legend">
      <p class="legend-title">${this.i18n.t('spcChart.legend')}</p>
      <ul>
        ${items.map(
          (item) =>
            html`<li data-key=${item.key}>
              <svg class="key" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
                ${item.glyph}
              </svg>
              <span>${item.text}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private legendMarker(kind: MarkerKind) {
    const special = kind !== 'common-cause' && kind !== 'ghost';
    return svg`<path class="point ${TONES[kind]} ${SHAPES[kind]}" d=${markerPath(SHAPES[kind], 12, 8, special ? 4.6 : 4)}></path>`;
  }

  private renderAnnotationList(view: View, model: ChartModel | undefined) {
    const annotations = this.annotations(view);
    if (annotations.length === 0) return nothing;
    return html`<div class="annotations" part="annotations">
      <p class="legend-title">${this.i18n.t('spcChart.annotations')}</p>
      <ol>
        ${annotations.map(
          (a) =>
            html`<li value=${a.number}>
              <span class="annotation-date">${this.formatDate(model, a.time)}</span>:
              <span lang=${ifDefined(a.lang)}>${a.label}</span>
            </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderFootnote(view: View): TemplateResult {
    const { result } = view;
    const rules = result.rules;
    const presetKey = `spcChart.rules.${rules.preset}` as MessageKey;
    let preset = this.i18n.t(presetKey);
    if (rules.analysis === 'control-chart' && rules.shift > 0) {
      preset += ` (${this.i18n.t('spcChart.rules.detail', {
        shift: this.i18n.number(rules.shift),
        trend: this.i18n.number(rules.trend),
        centre: this.i18n.t(this.usesMedian(result) ? 'spc.centre.median' : 'spc.centre.mean'),
      })})`;
    }
    const chartName = this.i18n.t(`spc.chart.${result.chart}` as MessageKey);
    const sentence = this.i18n.t('spcChart.rules', {
      chart: chartName.charAt(0).toLocaleUpperCase(this.i18n.intlLocale) + chartName.slice(1),
      preset,
    });
    const warnings = result.warnings;
    return html`<div class="footnote" part="footnote">
      <p>${sentence}</p>
      ${
        warnings.length > 0
          ? html`<p class="notes-title">${this.i18n.t('spcChart.notes')}</p>
              <ul class="notes">
                ${warnings.map(
                  (w) =>
                    html`<li data-code=${w.code}>${describeSpcWarning(w, this.i18n.lang)}</li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private pageSize(): number {
    const n = this.result?.points.length ?? 0;
    return n <= TABLE_ALL_ROWS ? Math.max(1, n) : TABLE_PAGE_SIZE;
  }

  private pageCount(): number {
    const n = this.result?.points.length ?? 0;
    return Math.max(1, Math.ceil(n / this.pageSize()));
  }

  private tableRows(view: View, model: ChartModel | undefined, from: number, to: number) {
    const key = [view.result, model, from, to, this.i18n.tag] as const;
    if (this.tableMemo && this.tableMemo.key.every((v, i) => v === key[i])) {
      return this.tableMemo.rows;
    }
    const notes = this.notes(view);
    const rows: string[][] = [];
    const points = view.result.points;
    const limits = model?.hasLimits ?? true;
    const denominators = model?.hasDenominator ?? false;
    for (let i = from; i < to; i++) {
      const p = points[i];
      if (!p) continue;
      const row = [
        this.formatDate(model, timeOf(p.x)),
        this.formatValue(view, p.y),
        ...(denominators ? [p.n === undefined ? '' : this.format.number(p.n)] : []),
        this.formatValue(view, p.centre, 1),
        ...(limits ? [this.formatValue(view, p.lower, 1), this.formatValue(view, p.upper, 1)] : []),
        describePoint(p, view.result, this.i18n.lang),
        notes[i] ?? '',
      ];
      rows.push(row);
    }
    this.tableMemo = { key, rows };
    return rows;
  }

  private renderTable(view: View, model: ChartModel | undefined, name: { text: string }) {
    const total = view.result.points.length;
    const pages = this.pageCount();
    const page = Math.min(this.tablePage, pages - 1);
    const from = page * this.pageSize();
    const to = Math.min(total, from + this.pageSize());
    const rows = this.tableRows(view, model, from, to);
    const hasNotes = rows.some((r) => r[r.length - 1] !== '');
    const limits = model?.hasLimits ?? true;
    const denominators = model?.hasDenominator ?? false;
    const unit = this.unitOf(view);
    const open = this.tableOpen;
    const headers = [
      this.i18n.t('spcChart.col.date'),
      unit && !this.isProportion(view)
        ? `${this.i18n.t('spcChart.col.value')} (${unit.text})`
        : this.i18n.t('spcChart.col.value'),
      ...(denominators ? [this.i18n.t('spcChart.col.denominator')] : []),
      this.i18n.t(this.usesMedian(view.result) ? 'spcChart.col.median' : 'spcChart.col.mean'),
      ...(limits ? [this.i18n.t('spcChart.col.lower'), this.i18n.t('spcChart.col.upper')] : []),
      this.i18n.t('spcChart.col.signal'),
      ...(hasNotes ? [this.i18n.t('spcChart.col.note')] : []),
    ];
    const tabindex = open ? '0' : '-1';
    return html`<div class="table-area ${open ? 'open' : 'collapsed visually-hidden'}">
      <div
        id="table-region"
        class="table-region"
        part="table-region"
        role="region"
        aria-label=${this.i18n.t('spcChart.table.region', { name: name.text })}
        tabindex=${open ? '0' : nothing}
      >
        <table part="table">
          <caption>
            ${this.i18n.t('spcChart.table.caption', { name: name.text })}
            ${
              pages > 1
                ? html`<span class="caption-rows"
                    >(${this.i18n.t('spcChart.table.rows', {
                      from: this.i18n.number(from + 1),
                      to: this.i18n.number(to),
                      total: this.i18n.number(total),
                    })})</span
                  >`
                : nothing
            }
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
          ? html`<div class="pager" role="group" aria-label=${this.i18n.t('spcChart.table.pages')}>
              <button
                type="button"
                part="button"
                class="previous"
                tabindex=${tabindex}
                ?disabled=${page === 0}
                @click=${() => (this.tablePage = page - 1)}
              >
                ${this.i18n.t('spcChart.table.previous')}
              </button>
              <span class="pager-status"
                >${this.i18n.t('spcChart.table.rows', {
                  from: this.i18n.number(from + 1),
                  to: this.i18n.number(to),
                  total: this.i18n.number(total),
                })}</span
              >
              <button
                type="button"
                part="button"
                class="next"
                tabindex=${tabindex}
                ?disabled=${page >= pages - 1}
                @click=${() => (this.tablePage = page + 1)}
              >
                ${this.i18n.t('spcChart.table.next')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  // ——— Interaction ———

  private show(index: number, announce: boolean): void {
    const view = this.readyView();
    const model = this.model;
    if (!view || !model || index < 0) return;
    this.active = index;
    this.tooltipShown = true;
    if (announce) this.announcement = this.pointText(view, model, index);
  }

  private hide(): void {
    this.tooltipShown = false;
  }

  private select(index: number): void {
    const view = this.readyView();
    const model = this.model;
    const point: SpcPoint | undefined = view?.result.points[index];
    if (!view || !model || !point) return;
    const detail: ConstructorParameters<typeof QmsPointSelectEvent>[0] = {
      point,
      description: this.pointText(view, model, index),
    };
    if (view.measureId !== undefined) detail.measureId = view.measureId;
    // Built first, then dispatched: the manifest takes its events from @fires above.
    const event = new QmsPointSelectEvent(detail);
    this.dispatchEvent(event);
  }

  private readonly onFocus = (): void => {
    const model = this.model;
    this.focused = true;
    if (!model || model.navigable.length === 0) return;
    if (this.keyboardIndex < 0) {
      this.keyboardIndex = model.navigable[model.navigable.length - 1] ?? -1;
    }
    this.show(this.keyboardIndex, true);
  };

  private readonly onBlur = (): void => {
    this.focused = false;
    if (!this.hovering) this.hide();
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const model = this.model;
    if (!model || model.navigable.length === 0) return;
    const nav = model.navigable;
    const current = this.keyboardIndex < 0 ? (nav[nav.length - 1] ?? 0) : this.keyboardIndex;
    const position = Math.max(0, navigablePosition(model, current));
    let next = -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(nav.length - 1, position + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, position - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = nav.length - 1;
        break;
      case 'PageDown':
        next = Math.min(nav.length - 1, position + PAGE_JUMP);
        break;
      case 'PageUp':
        next = Math.max(0, position - PAGE_JUMP);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.show(current, false);
        this.select(current);
        return;
      case 'Escape':
        if (this.tooltipShown) {
          event.preventDefault();
          this.hide();
        } else {
          (event.currentTarget as SVGElement).blur();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.keyboardIndex = nav[next] ?? current;
    this.show(this.keyboardIndex, true);
  };

  /** Escape hides a tooltip opened by hovering while focus is elsewhere (WCAG 1.4.13). */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tooltipShown) return;
    if (event.composedPath().includes(this)) return;
    this.hide();
  };

  /** The point nearest the pointer along the time axis, or -1 outside the plot area. */
  private pointAt(event: MouseEvent): number {
    const model = this.model;
    const layout = this.layoutMemo?.layout;
    const svgEl = event.currentTarget as SVGSVGElement | null;
    if (!model || !layout || !svgEl) return -1;
    const box = svgEl.getBoundingClientRect();
    if (box.width === 0) return -1;
    const x = ((event.clientX - box.left) * layout.width) / box.width;
    const y = ((event.clientY - box.top) * layout.height) / box.height;
    const { plot } = layout;
    if (x < plot.x - 8 || x > plot.x + plot.width + 8 || y < plot.y - 8) return -1;
    if (y > plot.y + plot.height + 8) return -1;
    return nearestNavigable(model, layout.x.invert(x).getTime());
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const index = this.pointAt(event);
    if (index < 0) return;
    this.hovering = true;
    if (index !== this.active || !this.tooltipShown) this.show(index, false);
  };

  private readonly onPointerLeave = (event: PointerEvent): void => {
    const into = event.relatedTarget as Node | null;
    if (into && this.renderRoot.querySelector('.tooltip')?.contains(into)) return;
    this.hovering = false;
    if (this.focused) this.show(this.keyboardIndex, false);
    else this.hide();
  };

  private readonly onTooltipLeave = (event: PointerEvent): void => {
    const into = event.relatedTarget as Node | null;
    if (into && this.renderRoot.querySelector('svg.chart')?.contains(into)) return;
    this.hovering = false;
    if (!this.focused) this.hide();
  };

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    const marked = target?.closest?.('[data-index]')?.getAttribute('data-index');
    const index = marked !== null && marked !== undefined ? Number(marked) : this.pointAt(event);
    if (!(index >= 0)) return;
    this.keyboardIndex = index;
    this.show(index, true);
    this.select(index);
  };

  private readonly downloadCsv = (): void => {
    const view = this.readyView();
    if (!view) return;
    downloadBlob(
      new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' }),
      `${view.measure.id}.csv`,
    );
  };

  private readonly downloadSvg = (): void => {
    const view = this.readyView();
    const text = this.toSvg();
    if (!view || text === '') return;
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${view.measure.id}.svg`);
  };

  private readonly downloadPng = async (): Promise<void> => {
    const view = this.readyView();
    if (!view || this.toSvg() === '') return;
    let png: Blob;
    try {
      png = await this.toPng();
    } catch (e) {
      // Never an unhandled rejection: the user is told why, and the SVG download still works.
      const blocked = e instanceof PngExportError && e.blocked;
      const reason = e instanceof Error ? e.message : String(e);
      this.exportProblems = [
        {
          where: this.i18n.t('spcChart.download.png'),
          message: blocked
            ? this.i18n.t('spcChart.problem.pngBlocked')
            : this.i18n.t('spcChart.problem.pngFailed', { reason }),
          lang: this.i18n.lang,
        },
      ];
      this.exportErrors.report(this.exportProblems, 'data');
      return;
    }
    this.exportProblems = [];
    this.exportErrors.clear();
    downloadBlob(png, `${view.measure.id}.png`);
  };
}

/**
 * Positions the tooltip through the CSSOM: a strict CSP (`style-src 'self'`) blocks a `style`
 * attribute, which is what a style binding writes on first render.
 */
function placeTooltip(el: Element | undefined, left: number, top: number): void {
  if (!(el instanceof HTMLElement)) return;
  el.style.setProperty('left', `${left}%`);
  el.style.setProperty('top', `${top}%`);
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-spc-chart': QmsSpcChart;
  }
}
