/** UTC calendar-day arithmetic: dates are days, never instants, so time zones cannot shift them. */

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Days since 1970-01-01 for an ISO date (`2024-04-01`, or a date-time whose date part is used)
 * or a `Date` (its UTC calendar day); `undefined` if it is not a real calendar date.
 */
export function calendarDay(value: string | Date): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS);
  }
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2024-02-30 over to March, so a round trip exposes impossible dates.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return Math.floor(time / DAY_MS);
}

/** True for a real calendar date such as `2024-02-29` (and false for `2023-02-29`). */
export function isCalendarDate(value: string): boolean {
  return calendarDay(value) !== undefined;
}

/** The ISO date (`YYYY-MM-DD`) of a day number from `calendarDay`. */
export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
