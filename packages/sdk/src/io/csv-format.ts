import { escapeFormula } from './csv-formula.js';

export interface CsvFormatOptions {
  /** Start with a byte-order mark so Excel reads Welsh letters (ŵ, ŷ) as UTF-8. Default false. */
  bom?: boolean;
  /** Between records (and after the last when `finalNewline`). Default `\n`. */
  newline?: '\n' | '\r\n';
  /** End the text with a newline. Default false. */
  finalNewline?: boolean;
}

/**
 * One CSV cell: defused against formulas (`escapeFormula`), then quoted (RFC 4180) when it holds
 * a comma, quote or line break, or starts or ends with white space, which readers would trim.
 */
export function formatCsvCell(value: string): string {
  const cell = escapeFormula(value);
  if (cell === '') return cell;
  const needsQuotes =
    /[",\r\n]/.test(cell) || /\s/.test(cell.charAt(0)) || /\s/.test(cell.charAt(cell.length - 1));
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of text as CSV, every cell through `formatCsvCell`: the one CSV writer of the kit. */
export function formatCsv(
  rows: readonly (readonly string[])[],
  { bom = false, newline = '\n', finalNewline = false }: CsvFormatOptions = {},
): string {
  const lines = rows.map((row) => row.map(formatCsvCell).join(','));
  return `${bom ? '\ufeff' : ''}${lines.join(newline)}${finalNewline && lines.length > 0 ? newline : ''}`;
}
