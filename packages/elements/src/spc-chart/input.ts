import {
  chartTypeSchema,
  improvementSchema,
  rulePresetSchema,
  parseMeasureJson,
  parseMeasuresCsv,
  type ChartType,
  type Dataset,
  type Improvement,
  type Measure,
  type Problem,
  type RulePreset,
  type Result,
} from '@qms-kit/sdk';
import { notOneOf } from '../internal/attribute-check.js';
import type { LocalizeController } from '../internal/localize.js';

/**
 * What the data source parsed: a measure (from the `measure` property, a JSON `src` or a script)
 * that carries its own settings, or bare points (the `data` property, a CSV `src`) that take
 * theirs from the element's attributes.
 */
export type LoadedData =
  | { from: 'measure'; measures: [Measure] }
  | { from: 'rows'; measures: [Measure] }
  | { from: 'csv'; measures: Measure[] };

/** The `data` property, wrapped so the parser can tell it from a measure. */
export class RowsInput {
  constructor(readonly rows: unknown) {}
}

/** Parses whatever the data source hands over (a measure, rows or JSON text) with the SDK. */
export function parseChartInput(input: unknown): Result<LoadedData> {
  if (input instanceof RowsInput) {
    // Rows are checked as a measure's data, so problems read `data[3].y`. Their chart comes from
    // the attributes later, so rows sharing a date pass here (Xbar and S subgroups); spc() then
    // refuses them on other charts, in the same words.
    const parsed = parseMeasureJson({ id: 'data', name: 'data', chart: 'xbar', data: input.rows });
    return parsed.ok ? { ok: true, value: { from: 'rows', measures: [parsed.value] } } : parsed;
  }
  const parsed = parseMeasureJson(input);
  return parsed.ok ? { ok: true, value: { from: 'measure', measures: [parsed.value] } } : parsed;
}

/** Parses a long-format CSV (`measure,date,value[,denominator][,note]`). */
export function parseChartCsv(text: string): Result<LoadedData> {
  const parsed = parseMeasuresCsv(text);
  return parsed.ok ? { ok: true, value: { from: 'csv', measures: parsed.value } } : parsed;
}

export function isEmptyInput(value: LoadedData): boolean {
  return value.measures.length === 0 || value.measures.every((m) => m.data.length === 0);
}

/** Settings from the element's attributes, already checked. */
export interface ChartSettings {
  chart: Measure['chart'];
  improvement: Measure['improvement'];
  rules: NonNullable<Measure['rules']>;
  target: number | undefined;
  measureId: string | undefined;
}

export type PickedMeasure = { ok: true; measure: Measure } | { ok: false; problems: Problem[] };

/**
 * The measure to chart: a measure as given, or the rows / CSV measure (the one named by
 * `measure-id`, else the first) with the element's settings.
 */
export function pickMeasure(
  loaded: LoadedData,
  settings: ChartSettings,
  noSuchMeasure: (id: string, ids: string[]) => Problem,
): PickedMeasure {
  if (loaded.from === 'measure') return { ok: true, measure: loaded.measures[0] };
  const id = settings.measureId;
  const base =
    loaded.from === 'csv' && id !== undefined
      ? loaded.measures.find((m) => m.id === id)
      : loaded.measures[0];
  if (base === undefined) {
    return {
      ok: false,
      problems: [
        noSuchMeasure(
          id ?? '',
          loaded.measures.map((m) => m.id),
        ),
      ],
    };
  }
  const measure: Measure = {
    ...base,
    id: loaded.from === 'rows' ? (id ?? base.id) : base.id,
    chart: settings.chart,
    improvement: settings.improvement,
    rules: settings.rules,
  };
  if (settings.target !== undefined) measure.target = settings.target;
  else delete measure.target;
  return { ok: true, measure };
}

/** The chart's scalar attributes as the element holds them. */
export interface ChartAttributes {
  chart: unknown;
  improvement: unknown;
  rules: unknown;
  target: number | undefined;
  yMin: number | undefined;
  yMax: number | undefined;
  measureId: string | undefined;
}

const normalise = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');

/**
 * Checks the scalar attributes: the settings, with the default for a bad one, and a problem for
 * each bad one. `attribute` gives an attribute's text as written, for the message.
 */
export function checkChartAttributes(
  i18n: LocalizeController,
  values: ChartAttributes,
  attribute: (name: string) => string | null,
): { settings: ChartSettings; problems: Problem[] } {
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
    problems.push(notOneOf(i18n, name, value, schema.options));
    return fallback;
  };
  const chart = pick<ChartType>('chart', values.chart, chartTypeSchema, 'xmr');
  const improvement = pick<Improvement>(
    'improvement',
    values.improvement,
    improvementSchema,
    'neutral',
  );
  const rules = pick<RulePreset>('rules', values.rules, rulePresetSchema, 'mdc');
  for (const [name, value] of [
    ['target', values.target],
    ['y-min', values.yMin],
    ['y-max', values.yMax],
  ] as const) {
    if (value !== undefined && !Number.isFinite(value)) {
      problems.push({
        where: i18n.t('element.where.attribute', { name }),
        message: i18n.t('spcChart.problem.notNumber', {
          value: attribute(name) ?? String(value),
        }),
        path: [name],
        lang: i18n.lang,
      });
    }
  }
  // A bad attribute is shown, and its default used, so the chart stays visible.
  const measureId = values.measureId?.trim() || undefined;
  const target = Number.isFinite(values.target) ? values.target : undefined;
  return { settings: { chart, improvement, rules, target, measureId }, problems };
}

/** A number attribute: empty is unset; anything else is read as a number (NaN is reported). */
export const numberAttribute = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null || value.trim() === '' ? undefined : Number(value),
  toAttribute: (value: number | undefined): string | null =>
    value === undefined || Number.isNaN(value) ? null : String(value),
};

/** The provider's measure to chart, or the `measure-id` its dataset does not hold. */
export interface ProviderMeasure {
  measure?: Measure;
  missing?: { id: string; ids: string[] };
}

/** The measure named by `measure-id`, else the selected one; nothing without a dataset. */
export function providerMeasure(
  dataset: Dataset | undefined,
  selected: string | undefined,
  measureId: string | undefined,
): ProviderMeasure {
  if (!dataset) return {};
  const own = measureId?.trim() || undefined;
  const id = own ?? selected;
  if (id === undefined) return {};
  const measure = dataset.measures.find((m) => m.id === id);
  if (measure) return { measure };
  return own === undefined ? {} : { missing: { id, ids: dataset.measures.map((m) => m.id) } };
}

/** A `measure-id` that names no measure of the data. */
export function noSuchMeasure(
  i18n: LocalizeController,
  id: string,
  ids: readonly string[],
): Problem {
  return {
    where: i18n.t('element.where.attribute', { name: 'measure-id' }),
    message: i18n.t('spcChart.problem.noSuchMeasure', { id, ids: ids.join(', ') }),
    path: ['measure-id'],
    lang: i18n.lang,
  };
}
