import {
  centreIsMedian,
  describePoint,
  describeSpc,
  describeSpcWarning,
  isProportionChart,
  pointsAreRows,
  showsSpcIcons,
  type Annotation,
  type Measure,
  type MessageKey,
  type Params,
  type Problem,
  type SpcResult,
} from '@qms-kit/sdk';
import { pickText } from '../internal/localised-text.js';
import { tickDigits } from './layout.js';
import {
  MARKER_KINDS,
  navigablePosition,
  timeOf,
  type ChartModel,
  type MarkerKind,
} from './model.js';

/**
 * What the chart shows, as plain data: the SDK's result and the element's settings in, words
 * and numbers out. No Lit and no DOM, so every rule here is tested without drawing.
 */

/** Up to this many points the table lists them all; longer series page through it. */
export const TABLE_ALL_ROWS = 500;
export const TABLE_PAGE_SIZE = 100;

export type Origin = 'data' | 'src' | 'slot';

/** A measure with its SPC result, ready to draw. */
export interface ChartView {
  measure: Measure;
  result: SpcResult;
  /** Origin of the data, for the `qms-error` source of engine problems. */
  origin: Origin;
  /** The measure id for events: a measure's own, or `measure-id` for rows. */
  measureId: string | undefined;
}

export interface AnnotationMark {
  number: number;
  time: number;
  label: string;
  /** Set when the label is not in the element's language. */
  lang: string | undefined;
}

/** Text to show, with its language when that is not the element's. */
export interface Text {
  text: string;
  lang: string | undefined;
}

/** The element's words: what its LocalizeController gives. */
export interface Words {
  readonly tag: string;
  readonly lang: string;
  readonly intlLocale: string;
  t(key: MessageKey, params?: Params): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** Fast number and date formatting in the element's language (the chart's BulkFormat). */
export interface Formats {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: number, options: Intl.DateTimeFormatOptions): string;
}

/** Everything the view-model reads besides the result: words, formats and the attributes. */
export interface ViewContext {
  words: Words;
  format: Formats;
  /** The `label` attribute. */
  label: string | undefined;
  /** The `unit` attribute. */
  unit: string | undefined;
}

// ——— Names and units ———

export function displayName(view: ChartView, ctx: ViewContext): Text {
  const label = ctx.label?.trim();
  if (label) return { text: label, lang: undefined };
  const untitled = { text: ctx.words.t('spcChart.untitled'), lang: undefined };
  if (view.measure.id === 'data' && view.measureId === undefined) return untitled;
  return pickText(view.measure.name, ctx.words.tag) ?? untitled;
}

export function unitOf(view: ChartView, ctx: ViewContext): Text | undefined {
  const unit = ctx.unit?.trim();
  if (unit && view.measure.unit === undefined) return { text: unit, lang: undefined };
  return pickText(view.measure.unit, ctx.words.tag);
}

export function isProportion(view: ChartView): boolean {
  return isProportionChart(view.result.chart);
}

// ——— Numbers and dates ———

/** A value as shown in the table and tooltip: percentages for p charts, the measure's decimals. */
export function formatValue(
  view: ChartView,
  ctx: ViewContext,
  value: number | null | undefined,
  extra = 0,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const decimals = view.measure.decimals;
  if (isProportion(view)) {
    const digits = Math.min(6, (decimals ?? 1) + extra);
    return ctx.format.number(value, { style: 'percent', maximumFractionDigits: digits });
  }
  const digits = Math.min(6, (decimals ?? 2) + extra);
  return ctx.format.number(value, {
    maximumFractionDigits: digits,
    ...(decimals !== undefined ? { minimumFractionDigits: Math.min(digits, decimals) } : {}),
  });
}

export function withUnit(view: ChartView, ctx: ViewContext, text: string): string {
  return unitOf(view, ctx)?.text === '%' && !isProportion(view) && text !== '' ? `${text}%` : text;
}

/** A value with its unit, as in the header, tooltip and announcements. */
export function valueText(
  view: ChartView,
  ctx: ViewContext,
  value: number | null | undefined,
  extra = 0,
): string {
  return withUnit(view, ctx, formatValue(view, ctx, value, extra));
}

export function formatDate(
  format: Formats,
  model: ChartModel | undefined,
  t: number,
  long = false,
): string {
  if (!Number.isFinite(t)) return '';
  const monthly = model?.monthly ?? false;
  const options: Intl.DateTimeFormatOptions = monthly
    ? { month: long ? 'long' : 'short', year: 'numeric' }
    : { day: 'numeric', month: long ? 'long' : 'short', year: 'numeric' };
  return format.date(t, options);
}

export function formatTick(format: Formats, ticks: readonly Date[], d: Date): string {
  const t = d.getTime();
  const firsts = ticks.every((x) => x.getUTCDate() === 1 && x.getUTCHours() === 0);
  const januaries = firsts && ticks.every((x) => x.getUTCMonth() === 0);
  if (januaries) return format.date(t, { year: 'numeric' });
  if (firsts) return format.date(t, { month: 'short', year: 'numeric' });
  return format.date(t, { day: 'numeric', month: 'short' });
}

export function formatYTick(
  view: ChartView,
  format: Formats,
  v: number,
  ticks: readonly number[],
): string {
  const digits = tickDigits(ticks);
  if (isProportion(view)) {
    const d = Math.max(0, digits - 2);
    return format.number(v, {
      style: 'percent',
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    });
  }
  return format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

// ——— Annotations and notes ———

/** The measure's annotations with a readable date, in date order and numbered from 1. */
export function annotationMarks(measure: Measure, tag: string): AnnotationMark[] {
  const list: Annotation[] = measure.annotations ?? [];
  return list
    .map((a) => ({ a, time: Date.parse(a.x) }))
    .filter(({ time }) => Number.isFinite(time))
    .sort((p, q) => p.time - q.time)
    .map(({ a, time }, i) => {
      const label = pickText(a.label, tag) ?? { text: '', lang: undefined };
      return { number: i + 1, time, label: label.text, lang: label.lang };
    });
}

/** Notes for each point: the data row's note and any annotation on its date. */
export function pointNotes(view: ChartView, tag: string): (string | undefined)[] {
  const { measure, result } = view;
  const notes: (string | undefined)[] = [];
  const rowsArePoints = pointsAreRows(result.chart);
  // Points are in date order whatever the rows' order: each takes the note of its own row.
  if (rowsArePoints && measure.data.some((row) => row.note !== undefined))
    result.points.forEach((p, i) => (notes[i] = measure.data[p.row]?.note));
  const annotations = annotationMarks(measure, tag);
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

// ——— Points ———

/** The focused point in words: position, date, value and its signals. */
export function pointText(
  view: ChartView,
  ctx: ViewContext,
  model: ChartModel,
  index: number,
): string {
  const point = view.result.points[index];
  if (!point) return '';
  const { words } = ctx;
  const position = navigablePosition(model, index) + 1;
  const parts = [
    words.t('spcChart.point.position', {
      position: words.number(position),
      total: words.number(model.navigable.length),
    }),
    formatDate(ctx.format, model, model.time[index] ?? NaN, true),
    words.t('spcChart.point.value', { value: valueText(view, ctx, point.y) }),
  ];
  return `${parts.join('. ')}. ${describePoint(point, view.result, words.lang)}`;
}

/** The lines of the tooltip of point `index`, or undefined when it has no value. */
export interface TooltipView {
  date: string;
  value: string;
  centre: string | undefined;
  limits: string | undefined;
  signal: string;
}

export function tooltipView(
  view: ChartView,
  ctx: ViewContext,
  model: ChartModel,
  index: number,
): TooltipView | undefined {
  const point = index >= 0 ? view.result.points[index] : undefined;
  if (!point || point.y === null) return undefined;
  const { words } = ctx;
  const centreKey = centreIsMedian(view.result)
    ? 'spcChart.point.centre.median'
    : 'spcChart.point.centre.mean';
  return {
    date: formatDate(ctx.format, model, model.time[index] ?? NaN, true),
    value: words.t('spcChart.point.value', { value: valueText(view, ctx, point.y) }),
    centre:
      point.centre !== null
        ? words.t(centreKey, { value: valueText(view, ctx, point.centre, 1) })
        : undefined,
    limits:
      point.lower !== null && point.upper !== null
        ? words.t('spcChart.point.limits', {
            lower: formatValue(view, ctx, point.lower, 1),
            upper: valueText(view, ctx, point.upper, 1),
          })
        : undefined,
    signal: describePoint(point, view.result, words.lang),
  };
}

/** Where the tooltip sits, in % of the plot, and which way it opens so it stays inside. */
export interface TooltipPlacement {
  left: number;
  top: number;
  classes: string;
}

export function tooltipPlacement(
  px: number,
  py: number,
  width: number,
  height: number,
): TooltipPlacement {
  const left = (px / width) * 100;
  const top = (py / height) * 100;
  const classes = [
    'tooltip',
    left < 25 ? 'start' : left > 75 ? 'end' : '',
    top < 40 ? 'below' : '',
  ].join(' ');
  return { left, top, classes };
}

// ——— Header, plot and footnote ———

export interface HeaderView {
  name: Text;
  unit: Text | undefined;
  /** "Target: …", or undefined without a target. */
  target: string | undefined;
  /** The variation icon's value, or undefined when icons do not apply. */
  variation: SpcResult['variation'] | undefined;
  /** The assurance icon's value, or undefined when it is not shown. */
  assurance: NonNullable<SpcResult['assurance']> | 'none' | undefined;
}

export function headerView(view: ChartView, ctx: ViewContext): HeaderView {
  const { result } = view;
  const showIcons = showsSpcIcons(result);
  const target = result.target;
  return {
    name: displayName(view, ctx),
    unit: unitOf(view, ctx),
    target:
      target !== null
        ? ctx.words.t('spcChart.target', { value: valueText(view, ctx, target) })
        : undefined,
    variation: showIcons ? result.variation : undefined,
    assurance: showIcons && target !== null ? (result.assurance ?? 'none') : undefined,
  };
}

/** The plot's plain-language summary (its `<desc>`). */
export function plotDescription(view: ChartView, ctx: ViewContext): string {
  return describeSpc(view.result, ctx.words.lang, {
    unit: unitOf(view, ctx)?.text === '%' ? '%' : undefined,
    ...(view.measure.decimals !== undefined ? { decimals: view.measure.decimals } : {}),
  });
}

/** The class of the centre line: a median or a mean. */
export function centreClass(result: SpcResult): 'median' | 'mean' {
  return centreIsMedian(result) ? 'median' : 'mean';
}

export interface FootnoteView {
  sentence: string;
  warnings: { code: string; text: string }[];
}

export function footnoteView(result: SpcResult, words: Words): FootnoteView {
  const rules = result.rules;
  const presetKey = `spcChart.rules.${rules.preset}` as MessageKey;
  let preset = words.t(presetKey);
  if (rules.analysis === 'control-chart' && rules.shift > 0) {
    preset += ` (${words.t('spcChart.rules.detail', {
      shift: words.number(rules.shift),
      trend: words.number(rules.trend),
      centre: words.t(centreIsMedian(result) ? 'spc.centre.median' : 'spc.centre.mean'),
    })})`;
  }
  const chartName = words.t(`spc.chart.${result.chart}` as MessageKey);
  const sentence = words.t('spcChart.rules', {
    chart: chartName.charAt(0).toLocaleUpperCase(words.intlLocale) + chartName.slice(1),
    preset,
  });
  return {
    sentence,
    warnings: result.warnings.map((w) => ({
      code: w.code,
      text: describeSpcWarning(w, words.lang),
    })),
  };
}

/** A problem with lines the value axis cannot show, or none. */
export function overflowProblems(lines: readonly string[], words: Words): Problem[] {
  return lines.length
    ? [
        {
          where: words.t('element.where.property', { name: 'data' }),
          message: words.t('spcChart.problem.overflow', { lines: lines.join(', ') }),
          lang: words.lang,
        },
      ]
    : [];
}

// ——— Legend ———

/** One key of the legend; `glyph` names what its small drawing shows. */
export interface LegendItem {
  key: string;
  glyph:
    | { kind: 'values' | 'rebase' | 'annotation' }
    | { kind: 'line'; class: string }
    | { kind: 'marker'; marker: MarkerKind };
  text: string;
}

export function legendItems(
  view: ChartView,
  model: ChartModel,
  words: Words,
  showSigmaLines: boolean,
): LegendItem[] {
  const { result } = view;
  const items: LegendItem[] = [];
  const line = (cls: string) => ({ kind: 'line', class: cls }) as const;
  items.push({ key: 'values', glyph: { kind: 'values' }, text: words.t('spcChart.legend.values') });
  const seen = new Set<string>();
  for (const kind of MARKER_KINDS) {
    // Concern and neither share one shape for both sides: one entry each.
    const key = kind.replace(/-(high|low)$/, (m) => (kind.startsWith('improvement') ? m : ''));
    if (!model.kinds.has(kind) || seen.has(key)) continue;
    seen.add(key);
    items.push({
      key,
      glyph: { kind: 'marker', marker: kind },
      text: words.t(`spcChart.legend.${key}` as MessageKey),
    });
  }
  const median = centreIsMedian(result);
  items.push({
    key: 'centre',
    glyph: line(`centre ${median ? 'median' : 'mean'}`),
    text: words.t(median ? 'spcChart.legend.median' : 'spcChart.legend.mean'),
  });
  if (model.hasLimits) {
    items.push({ key: 'limits', glyph: line('limit'), text: words.t('spcChart.legend.limits') });
  }
  if (showSigmaLines && model.hasNearLines) {
    items.push({ key: 'sigma', glyph: line('sigma near'), text: words.t('spcChart.legend.sigma') });
  }
  if (result.target !== null) {
    items.push({ key: 'target', glyph: line('target'), text: words.t('spcChart.legend.target') });
  }
  if (result.partitions.length > 1) {
    items.push({
      key: 'rebase',
      glyph: { kind: 'rebase' },
      text: words.t('spcChart.legend.rebase'),
    });
  }
  if (annotationMarks(view.measure, words.tag).length > 0) {
    items.push({
      key: 'annotation',
      glyph: { kind: 'annotation' },
      text: words.t('spcChart.legend.annotation'),
    });
  }
  return items;
}

// ——— Table ———

export interface TablePage {
  page: number;
  pages: number;
  /** First and one past the last point on the page. */
  from: number;
  to: number;
  total: number;
}

/** Which rows of a `total`-point table page `requested` shows (clamped to the last page). */
export function tablePage(total: number, requested: number): TablePage {
  const size = total <= TABLE_ALL_ROWS ? Math.max(1, total) : TABLE_PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, pages - 1);
  const from = page * size;
  const to = Math.min(total, from + size);
  return { page, pages, from, to, total };
}

/** The table's cells for points `from` to `to`: date, value, [n], centre, [limits], signal, note. */
export function tableRows(
  view: ChartView,
  ctx: ViewContext,
  model: ChartModel | undefined,
  from: number,
  to: number,
): string[][] {
  const notes = pointNotes(view, ctx.words.tag);
  const rows: string[][] = [];
  const points = view.result.points;
  const limits = model?.hasLimits ?? true;
  const denominators = model?.hasDenominator ?? false;
  for (let i = from; i < to; i++) {
    const p = points[i];
    if (!p) continue;
    const row = [
      formatDate(ctx.format, model, timeOf(p.x)),
      formatValue(view, ctx, p.y),
      ...(denominators ? [p.n === undefined ? '' : ctx.format.number(p.n)] : []),
      formatValue(view, ctx, p.centre, 1),
      ...(limits ? [formatValue(view, ctx, p.lower, 1), formatValue(view, ctx, p.upper, 1)] : []),
      describePoint(p, view.result, ctx.words.lang),
      notes[i] ?? '',
    ];
    rows.push(row);
  }
  return rows;
}

/** The table's column headers; the note column only when a row has a note. */
export function tableHeaders(
  view: ChartView,
  ctx: ViewContext,
  model: ChartModel | undefined,
  hasNotes: boolean,
): string[] {
  const { words } = ctx;
  const limits = model?.hasLimits ?? true;
  const denominators = model?.hasDenominator ?? false;
  const unit = unitOf(view, ctx);
  return [
    words.t('spcChart.col.date'),
    unit && !isProportion(view)
      ? `${words.t('spcChart.col.value')} (${unit.text})`
      : words.t('spcChart.col.value'),
    ...(denominators ? [words.t('spcChart.col.denominator')] : []),
    words.t(centreIsMedian(view.result) ? 'spcChart.col.median' : 'spcChart.col.mean'),
    ...(limits ? [words.t('spcChart.col.lower'), words.t('spcChart.col.upper')] : []),
    words.t('spcChart.col.signal'),
    ...(hasNotes ? [words.t('spcChart.col.note')] : []),
  ];
}
