import { isPlainDecimal } from './csv-values.js';

/**
 * Characters that make a spreadsheet read a cell as a formula ("CSV injection", OWASP:
 * https://owasp.org/www-community/attacks/CSV_Injection): `=`, `+`, `-`, `@`, tab, CR, LF and
 * NUL, and the full-width `＝ ＋ － ＠` that some spreadsheets fold to them.
 */
function isTrigger(code: number): boolean {
  switch (code) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x0a: // LF
    case 0x00: // NUL
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return true;
    default:
      return false;
  }
}

// Spreadsheets skip white space before they look for a formula: any of JavaScript's (the set
// String.prototype.trim removes), so an em space or a no-break space hides nothing.
const WHITE_SPACE = /\s/;

/**
 * True when a spreadsheet could run `cell` as a formula: after any apostrophes and white space
 * it starts with a trigger. A plain number (`-3.5`, `+2`, `1e-3`) is data, not a formula, and
 * stays a number so sums still work: escaping every leading `-` would turn negative values into
 * text. This follows the OWASP CSV Injection page cited above: escape the trigger characters in
 * cells that are not plain numbers.
 */
export function isFormulaLike(cell: string): boolean {
  let i = 0;
  while (cell.charCodeAt(i) === 0x27) i++;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (isTrigger(code)) return !isPlainDecimal(cell);
    if (!WHITE_SPACE.test(cell.charAt(i))) return false;
  }
  return false;
}

/**
 * Prefixes a cell a spreadsheet would run as a formula with `'`, which spreadsheets read as
 * "this is text". Cells that already start with apostrophes before a trigger get one more, so
 * `unescapeFormula` restores every cell exactly. Every CSV the kit writes goes through this.
 */
export function escapeFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

/** Undoes `escapeFormula`: removes the `'` it added, and nothing else. */
export function unescapeFormula(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && isFormulaLike(cell.slice(1)) ? cell.slice(1) : cell;
}
