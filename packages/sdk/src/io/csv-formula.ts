// Spreadsheets run cells starting with these as formulas ("CSV injection").
const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * Prefixes a cell that a spreadsheet would run as a formula with `'`. Cells that already start
 * with quotes before a trigger get one more, so `unescapeFormula` restores every cell exactly.
 */
export function escapeFormula(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** Undoes `escapeFormula`. */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
