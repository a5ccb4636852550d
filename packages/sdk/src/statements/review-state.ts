import { calendarDay } from '../schema/calendar.js';
import type { Statement } from '../schema/statement.js';

/** Where a statement card stands against its review date. */
export type StatementReviewState = 'overdue' | 'not-due' | 'no-date';

/**
 * `overdue` once the review date has passed (in UTC calendar days from `today`: the review day
 * itself is not yet overdue, as with actions), `not-due` before then, `no-date` without a
 * (readable) review date. A `Date` for `today` is read as its UTC calendar day.
 */
export function statementReviewState(
  statement: Pick<Statement, 'reviewDate'>,
  today: string | Date,
): StatementReviewState {
  const review = statement.reviewDate === undefined ? undefined : calendarDay(statement.reviewDate);
  const now = calendarDay(today);
  if (review === undefined || now === undefined) return 'no-date';
  return now > review ? 'overdue' : 'not-due';
}
