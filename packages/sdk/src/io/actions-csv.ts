import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import type { LocalisedText } from '../schema/common.js';
import { actionSchema, type Action } from '../schema/action.js';
import { capProblems, cellOf, readCsv, type CsvTable } from './csv-table.js';
import { unescapeFormula } from './csv-formula.js';
import { formatCsv } from './csv-format.js';
import { quoteText } from '../quote-text.js';
import { zodIssuesToProblems } from './zod-problems.js';

/** Text fields that may be bilingual: `title` holds English, `title_cy` Welsh (any `_xx` works). */
const LOCALISED = [
  'title',
  'description',
  'owner',
  'organisation',
  'sponsor',
  'revisedDueReason',
  'notes',
] as const;
type LocalisedColumn = (typeof LOCALISED)[number];

/** Column order of the export; names match the JSON fields (flattened for `revisedDue`). */
const COLUMNS = [
  'id',
  'title',
  'description',
  'owner',
  'organisation',
  'sponsor',
  'source',
  'reference',
  'status',
  'start',
  'due',
  'revisedDue',
  'revisedDueReason',
  'deliveryConfidence',
  'aspect',
  'domain',
  'measureIds',
  'statementIds',
  'lastUpdate',
  'progressScore',
  'notes',
] as const;
type Column = (typeof COLUMNS)[number];

function localisedOf(action: Action, column: LocalisedColumn): LocalisedText | undefined {
  return column === 'revisedDueReason' ? action.revisedDue?.reason : action[column];
}

function plainCell(action: Action, column: Exclude<Column, LocalisedColumn>): string {
  switch (column) {
    case 'revisedDue':
      return action.revisedDue?.date ?? '';
    case 'measureIds':
    case 'statementIds':
      return action[column].join('; ');
    case 'progressScore':
      return action.progressScore === undefined ? '' : String(action.progressScore);
    default:
      return action[column] ?? '';
  }
}

export interface ActionsCsvOptions {
  /** Start with a byte-order mark so Excel reads Welsh letters (ŵ, ŷ) as UTF-8. Default false. */
  bom?: boolean;
}

/**
 * The action tracker's CSV export: one row per action, ids lists joined with "; ", bilingual text
 * as `title` + `title_cy` columns. PDSA cycles and driver diagrams do not fit a table and are
 * left out (keep JSON for those). Cells a spreadsheet would run as formulas are prefixed with `'`.
 */
export function actionsToCsv(actions: readonly Action[], options: ActionsCsvOptions = {}): string {
  const languages = new Map<LocalisedColumn, string[]>();
  for (const column of LOCALISED) {
    const langs = new Set<string>();
    for (const action of actions) {
      const text = localisedOf(action, column);
      if (text !== undefined && typeof text !== 'string') {
        Object.keys(text)
          .filter((l) => l !== 'en')
          .forEach((l) => langs.add(l));
      }
    }
    languages.set(column, [...langs].sort());
  }
  const header = COLUMNS.flatMap((c) =>
    (LOCALISED as readonly string[]).includes(c)
      ? [c, ...(languages.get(c as LocalisedColumn) ?? []).map((l) => `${c}_${l}`)]
      : [c],
  );
  const rows = actions.map((action) =>
    COLUMNS.flatMap((column) => {
      if (!(LOCALISED as readonly string[]).includes(column)) {
        return [plainCell(action, column as Exclude<Column, LocalisedColumn>)];
      }
      const text = localisedOf(action, column as LocalisedColumn);
      const extra = languages.get(column as LocalisedColumn) ?? [];
      if (text === undefined) return ['', ...extra.map(() => '')];
      if (typeof text === 'string') return [text, ...extra.map(() => '')];
      return [text['en'] ?? '', ...extra.map((l) => text[l] ?? '')];
    }),
  );
  return formatCsv([header, ...rows], { bom: options.bom ?? false });
}

/** `title` + `title_cy`… cells back into LocalisedText (a plain string when only one is given). */
function readLocalised(
  table: CsvTable,
  cells: readonly string[],
  column: string,
): LocalisedText | undefined {
  const base = unescapeFormula(cellOf(table, cells, column));
  const prefix = `${column.toLowerCase()}_`;
  const others: Record<string, string> = {};
  for (const [name, index] of table.columns) {
    if (!name.startsWith(prefix)) continue;
    // The language comes from the header as written: `title_en-GB` is `en-GB`, not `en-gb`.
    const lang = (table.header[index] ?? name).slice(prefix.length);
    const value = unescapeFormula(cells[index] ?? '');
    if (value !== '') others[lang] = value;
  }
  if (Object.keys(others).length === 0) return base === '' ? undefined : base;
  return base === '' ? others : { en: base, ...others };
}

function readList(cell: string): string[] {
  return cell
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Builds the JSON shape of an action from one CSV row (validation is left to the schema). */
function rowToInput(table: CsvTable, cells: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const plain = (column: string) => unescapeFormula(cellOf(table, cells, column));
  for (const column of COLUMNS) {
    if (column === 'revisedDue' || column === 'revisedDueReason') continue;
    if ((LOCALISED as readonly string[]).includes(column)) {
      const text = readLocalised(table, cells, column);
      if (text !== undefined) input[column] = text;
      continue;
    }
    const value = plain(column);
    if (value === '') continue;
    if (column === 'measureIds' || column === 'statementIds') input[column] = readList(value);
    else if (column === 'progressScore')
      input[column] = Number.isNaN(Number(value)) ? value : Number(value);
    else input[column] = value;
  }
  const revisedDate = plain('revisedDue');
  const reason = readLocalised(table, cells, 'revisedDueReason');
  if (revisedDate !== '' || reason !== undefined) {
    input['revisedDue'] = {
      ...(revisedDate !== '' && { date: revisedDate }),
      ...(reason !== undefined && { reason }),
    };
  }
  return input;
}

/** The CSV column a JSON path inside one action comes from. */
function columnOf(path: readonly (string | number)[]): string | undefined {
  const [first, second] = path;
  if (first === 'revisedDue') return second === 'reason' ? 'revisedDueReason' : 'revisedDue';
  return typeof first === 'string' && (COLUMNS as readonly string[]).includes(first)
    ? first
    : undefined;
}

/**
 * Actions from the tracker's CSV (as written by `actionsToCsv`; header names case-insensitive,
 * columns in any order, unknown columns ignored). Problems name the row, column and reason.
 */
export function parseActionsCsv(text: string): Result<Action[]> {
  // A tracker with no actions exports as a header alone, which must import as an empty list.
  const table = readCsv(text, ['id', 'title', 'owner'], { allowNoRows: true });
  if (!table.ok) return table;
  const problems: Problem[] = [];
  const actions: Action[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of table.value.rows) {
    // Repeats are checked on the raw id, so a repeat of a row that had other problems still shows.
    const id = unescapeFormula(cellOf(table.value, cells, 'id'));
    const seen = firstRow.get(id);
    if (id !== '' && seen !== undefined) {
      problems.push({
        where: `row ${row}, column id`,
        message: `repeats the action id ${quoteText(id)} from row ${seen}; ids must be unique`,
        row,
        column: 'id',
      });
      continue;
    }
    if (id !== '') firstRow.set(id, row);
    const input = rowToInput(table.value, cells);
    const parsed = actionSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      for (const problem of zodIssuesToProblems(parsed.error.issues, { input })) {
        const column = columnOf(problem.path ?? []);
        problems.push({
          where: column ? `row ${row}, column ${column}` : `row ${row}`,
          message: problem.message,
          row,
          ...(column !== undefined && { column }),
        });
      }
      continue;
    }
    actions.push(parsed.data);
  }
  return problems.length > 0 ? fail(capProblems(problems)) : ok(actions);
}
