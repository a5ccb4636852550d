import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { idSchema } from '../schema/common.js';
import {
  measureSchema,
  type DataPoint,
  type Measure,
  type MeasureInput,
} from '../schema/measure.js';
import { capProblems, cellOf, cellProblem, readCsv } from './csv-table.js';
import { readDate, readNumber } from './csv-values.js';
import { zodIssuesToProblems } from './zod-problems.js';
import { duplicateXMessage, isoDateKey, orderByX } from '../schema/x-order.js';

/** Problems in file order (repeated dates are found per measure, after the cell checks). */
function byRow(a: Problem, b: Problem): number {
  return (a.row ?? 0) - (b.row ?? 0);
}
import { quoteText } from '../quote-text.js';

/** Everything about a measure except its data, to merge with data read from CSV. */
export type MeasureMeta = Omit<MeasureInput, 'data'>;

export interface MeasuresCsvOptions {
  /** Names, directions, targets… by measure id; a measure without meta is named by its id. */
  measures?: readonly MeasureMeta[];
}

const REQUIRED = ['measure', 'date', 'value'] as const;
// Subgroup charts take several values per date; everywhere else a repeated date is a mistake.
const SUBGROUP_CHARTS = new Set(['xbar', 's']);

/**
 * Data points from a long-format CSV (`measure,date,value[,denominator][,note]`), grouped by
 * measure id in order of first appearance and sorted by date (row order carries no meaning in a
 * long file). A date may appear once per measure, except for Xbar and S charts, where rows sharing
 * a date form one subgroup in file order. Problems name the row (header = row 1), the column and
 * the reason, in the same words as `spc()` and the measure schema.
 */
export function parseDataPointsCsv(
  text: string,
  options: MeasuresCsvOptions = {},
): Result<Map<string, DataPoint[]>> {
  const table = readCsv(text, REQUIRED);
  if (!table.ok) return table;
  const problems: Problem[] = [];
  const groups = new Map<string, { point: DataPoint; row: number }[]>();
  const subgroupIds = new Set(
    (options.measures ?? []).filter((m) => SUBGROUP_CHARTS.has(m.chart ?? '')).map((m) => m.id),
  );

  for (const { row, cells } of table.value.rows) {
    const before = problems.length;
    // Spaces around an id, a date or a number carry no meaning, even inside quotes.
    const id = cellOf(table.value, cells, 'measure').trim();
    if (id === '') {
      problems.push(cellProblem(row, 'measure', 'is empty; every row needs a measure id'));
    } else {
      const checked = idSchema.safeParse(id);
      if (!checked.success) {
        const reason = checked.error.issues[0]?.message ?? 'is not a valid id';
        problems.push(cellProblem(row, 'measure', `${reason}, got ${quoteText(id)}`));
      }
    }
    const date = readDate(cellOf(table.value, cells, 'date').trim());
    if ('error' in date) problems.push(cellProblem(row, 'date', date.error));

    const valueCell = cellOf(table.value, cells, 'value').trim();
    let y: number | null = null;
    if (valueCell !== '') {
      const value = readNumber(valueCell);
      if ('error' in value) problems.push(cellProblem(row, 'value', value.error));
      else y = value.value;
    }

    const denominatorCell = cellOf(table.value, cells, 'denominator').trim();
    let n: number | undefined;
    if (denominatorCell !== '') {
      const denominator = readNumber(denominatorCell);
      if ('error' in denominator) problems.push(cellProblem(row, 'denominator', denominator.error));
      else if (denominator.value <= 0) {
        problems.push(
          cellProblem(row, 'denominator', `must be greater than 0, got ${denominator.value}`),
        );
      } else n = denominator.value;
    }
    if (problems.length > before || 'error' in date) continue;

    const note = cellOf(table.value, cells, 'note');
    const point: DataPoint = { x: date.value, y };
    if (n !== undefined) point.n = n;
    if (note !== '') point.note = note;
    const group = groups.get(id) ?? [];
    group.push({ point, row });
    groups.set(id, group);
  }

  // Date order and repeated dates by the rule every path into spc() follows (see x-order.ts).
  const sorted = new Map<string, DataPoint[]>();
  for (const [id, group] of groups) {
    const keys = Float64Array.from(group, (g) => isoDateKey(g.point.x));
    const { order, duplicates } = orderByX(keys, subgroupIds.has(id));
    for (const [at, earlier] of duplicates) {
      const repeat = group[at];
      if (repeat === undefined) continue;
      const other = `row ${group[earlier]?.row ?? '?'} (measure ${quoteText(id)})`;
      problems.push(
        cellProblem(repeat.row, 'date', duplicateXMessage(repeat.point.x, 'date', other)),
      );
    }
    // The sort is stable, so subgroup values keep their file order within a date.
    const points = group.map((g) => g.point);
    sorted.set(id, order === null ? points : Array.from(order, (k) => points[k] as DataPoint));
  }
  if (problems.length > 0) return fail(capProblems(problems.sort(byRow)));
  return ok(sorted);
}

/**
 * Measures from a long-format CSV, merged with optional meta (name, direction, target…) by id.
 * Meta for ids not in the file is ignored; meta problems are named `measures[i].field`.
 */
export function parseMeasuresCsv(
  text: string,
  options: MeasuresCsvOptions = {},
): Result<Measure[]> {
  const points = parseDataPointsCsv(text, options);
  if (!points.ok) return points;
  const meta = options.measures ?? [];
  const measures: Measure[] = [];
  const problems: Problem[] = [];
  for (const [id, data] of points.value) {
    const index = meta.findIndex((m) => m.id === id);
    const input = { name: id, ...meta[index], id, data };
    const parsed = measureSchema.safeParse(input, { reportInput: true });
    if (parsed.success) measures.push(parsed.data);
    else {
      problems.push(
        ...zodIssuesToProblems(parsed.error.issues, {
          input,
          prefix: index >= 0 ? ['measures', index] : [`measure ${id}`],
        }),
      );
    }
  }
  return problems.length > 0 ? fail(capProblems(problems)) : ok(measures);
}
