import { csvParseRows } from 'd3-dsv';
import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';

/** A CSV file read into rows, with header names looked up case-insensitively. */
export interface CsvTable {
  /** Lower-cased, trimmed header name → column index. */
  columns: Map<string, number>;
  /** Header names as written. */
  header: string[];
  /** Non-blank data rows; `row` is the 1-based row number in the file (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

/**
 * Reads CSV text (d3-dsv): ignores a byte-order mark, accepts \n and \r\n, skips blank lines
 * (they still count for row numbers). Fails on an empty file, a missing or repeated header name,
 * or (unless `allowNoRows`) a header with no data rows.
 */
export function readCsv(
  text: unknown,
  required: readonly string[],
  { allowNoRows = false }: { allowNoRows?: boolean } = {},
): Result<CsvTable> {
  if (typeof text !== 'string') {
    return fail([{ where: 'the file', message: `must be CSV text, got ${typeof text}` }]);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = csvParseRows(source);
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  const headerCells = records[headerIndex];
  if (headerIndex < 0 || headerCells === undefined) {
    return fail([
      {
        where: 'the file',
        message: `is empty; expected a header row (${required.join(',')}) and data rows`,
      },
    ]);
  }
  const header = headerCells.map((h) => h.trim());
  const headerRow = headerIndex + 1;
  const problems: Problem[] = [];
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.toLowerCase();
    if (key === '') return;
    if (columns.has(key)) {
      problems.push({
        where: `row ${headerRow}`,
        message: `the column "${name}" appears twice in the header`,
        row: headerRow,
        column: name,
      });
    }
    columns.set(key, index);
  });
  for (const name of required) {
    if (!columns.has(name.toLowerCase())) {
      problems.push({
        where: `row ${headerRow}`,
        message: `the header has no "${name}" column; it needs ${required.join(', ')} (found: ${header.filter((h) => h !== '').join(', ') || 'nothing'})`,
        row: headerRow,
        column: name,
      });
    }
  }
  const rows = records
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ row, cells }) => row > headerRow && !isBlank(cells));
  if (problems.length === 0 && rows.length === 0 && !allowNoRows) {
    problems.push({ where: 'the file', message: 'has a header but no data rows' });
  }
  return problems.length > 0 ? fail(problems) : ok({ columns, header, rows });
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The trimmed cell of a column in a row ('' when the column or the cell is missing). */
export function cellOf(table: CsvTable, cells: readonly string[], column: string): string {
  const index = table.columns.get(column.toLowerCase());
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** A problem at a CSV cell: `row 7, column value: must be a number, got "n/a"`. */
export function cellProblem(row: number, column: string, message: string): Problem {
  return { where: `row ${row}, column ${column}`, message, row, column };
}

/** At most `limit` problems, then one saying how many more there were, so huge files stay readable. */
export function capProblems(problems: Problem[], limit = 100): Problem[] {
  if (problems.length <= limit) return problems;
  return [
    ...problems.slice(0, limit),
    { where: 'the file', message: `and ${problems.length - limit} more problems not listed` },
  ];
}
