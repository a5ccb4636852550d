import {
  parseMeasureJson,
  parseMeasuresCsv,
  type Measure,
  type Problem,
  type Result,
} from '@qms-kit/sdk';

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
