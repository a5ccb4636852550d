import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { QUOTE_LIMIT, quoteText } from '../quote-text.js';
import { readCsvRecords } from './csv-rows.js';

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
 * Reads CSV text in one pass: ignores a byte-order mark, accepts \n and \r\n, skips blank lines
 * (they still count for row numbers), keeps quoted cells exactly and trims unquoted ones. Fails
 * on an empty file, a quote never closed, a missing or repeated header name, or (unless
 * `allowNoRows`) a header with no data rows.
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
  const { records, unclosed } = readCsvRecords(source);
  if (unclosed !== undefined) {
    // The rest of the file would be read as one cell: refuse it rather than lose those rows.
    return fail([
      {
        where: `row ${unclosed + 1}`,
        message:
          'has a quoted cell that is never closed with a "; every row after it would be read as part of that cell',
        row: unclosed + 1,
      },
    ]);
  }
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
        message: `the column ${quoteText(name)} appears twice in the header`,
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
        message: `the header has no "${name}" column; it needs ${required.join(', ')} (found: ${namesFound(header)})`,
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
  return problems.length > 0 ? fail(capProblems(problems)) : ok({ columns, header, rows });
}

/** The header names found, for a message: at most a dozen, each quoted at most ~200 characters. */
function namesFound(header: readonly string[]): string {
  const names = header.filter((h) => h !== '');
  if (names.length === 0) return 'nothing';
  const shown = names
    .slice(0, 12)
    .map((h) => (h.length > QUOTE_LIMIT || /[",]/.test(h) ? quoteText(h) : h));
  return `${shown.join(', ')}${names.length > 12 ? `, and ${names.length - 12} more` : ''}`;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * The cell of a column in a row ('' when the column or the cell is missing): unquoted cells come
 * trimmed from the reader, quoted ones exactly as written.
 */
export function cellOf(table: CsvTable, cells: readonly string[], column: string): string {
  const index = table.columns.get(column.toLowerCase());
  return index === undefined ? '' : (cells[index] ?? '');
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
