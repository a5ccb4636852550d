import { isCalendarDate } from '../schema/calendar.js';
import { quoteText } from '../quote-text.js';

// Hand-written scanners, not regular expressions: each looks at every character once, so a cell
// of a million digits and a letter is refused as fast as a short one (a pattern such as
// `\d+\.?\d*` backtracks quadratically on it).

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Index after a run of ASCII digits starting at `i`. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * True for a plain decimal: optional sign, digits with an optional point (`12`, `12.`, `.5`,
 * `-3.25`) and an optional exponent (`1e-3`). No thousands separators, units or percent signs,
 * which would be guesses.
 */
export function isPlainDecimal(s: string): boolean {
  let i = 0;
  const sign = s.charCodeAt(0);
  if (sign === 43 || sign === 45) i = 1;
  const whole = digitsEnd(s, i);
  let end = whole;
  let fraction = whole;
  if (s.charCodeAt(end) === 46) {
    fraction = digitsEnd(s, end + 1);
    end = fraction;
  }
  // At least one digit before or after the point.
  if (whole === i && fraction <= whole + 1) return false;
  const e = s.charCodeAt(end);
  if (e === 101 || e === 69) {
    let j = end + 1;
    const expSign = s.charCodeAt(j);
    if (expSign === 43 || expSign === 45) j++;
    const exp = digitsEnd(s, j);
    if (exp === j) return false;
    end = exp;
  }
  return end === s.length;
}

/** Digits and commas, as a spreadsheet writes thousands: `1,234` or `-1,234.5`. */
function looksLikeThousands(s: string): boolean {
  const start = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? 1 : 0;
  let i = start;
  while (i < s.length && (s.charCodeAt(i) === 44 || isDigit(s.charCodeAt(i)))) i++;
  if (i === start) return false;
  if (i === s.length) return true;
  return s.charCodeAt(i) === 46 && digitsEnd(s, i + 1) === s.length && i + 1 < s.length;
}

/** A number from a CSV cell, or the reason it is not one (in plain words). */
export function readNumber(cell: string): { value: number } | { error: string } {
  if (!isPlainDecimal(cell)) {
    const hint = looksLikeThousands(cell)
      ? ' (write numbers without thousands separators)'
      : cell.endsWith('%')
        ? ' (leave out the % sign)'
        : '';
    return { error: `must be a number, got ${quoteText(cell)}${hint}` };
  }
  const value = Number(cell);
  if (!Number.isFinite(value)) return { error: `must be a finite number, got ${quoteText(cell)}` };
  return { value };
}

/** True for exactly `YYYY-MM-DD` in ASCII digits (the calendar is checked separately). */
function isDateShape(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** A `YYYY-MM-DD` calendar date from a CSV cell, or the reason it is not one. */
export function readDate(cell: string): { value: string } | { error: string } {
  if (!isDateShape(cell)) {
    return {
      error: `must be a date written as YYYY-MM-DD, e.g. 2024-04-01, got ${quoteText(cell)}`,
    };
  }
  if (!isCalendarDate(cell)) return { error: `is not a real calendar date: ${quoteText(cell)}` };
  return { value: cell };
}
