import { isCalendarDate } from '../schema/calendar.js';

// A plain decimal: no thousands separators, units or percent signs, which would be guesses.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number from a CSV cell, or the reason it is not one (in plain words). */
export function readNumber(cell: string): { value: number } | { error: string } {
  if (!DECIMAL.test(cell)) {
    const hint = /^[+-]?[\d,]+(\.\d+)?$/.test(cell)
      ? ' (write numbers without thousands separators)'
      : /%$/.test(cell)
        ? ' (leave out the % sign)'
        : '';
    return { error: `must be a number, got ${JSON.stringify(cell)}${hint}` };
  }
  const value = Number(cell);
  if (!Number.isFinite(value))
    return { error: `must be a finite number, got ${JSON.stringify(cell)}` };
  return { value };
}

/** A `YYYY-MM-DD` calendar date from a CSV cell, or the reason it is not one. */
export function readDate(cell: string): { value: string } | { error: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    return {
      error: `must be a date written as YYYY-MM-DD, e.g. 2024-04-01, got ${JSON.stringify(cell)}`,
    };
  }
  if (!isCalendarDate(cell))
    return { error: `is not a real calendar date: ${JSON.stringify(cell)}` };
  return { value: cell };
}
