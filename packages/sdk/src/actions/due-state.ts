import type { Action } from '../schema/action.js';
import { calendarDay } from '../schema/calendar.js';

/** Where an action stands against its (revised) due date. */
export type ActionDueState = 'overdue' | 'due-soon' | 'on-track' | 'done' | 'no-date';

/** The due states that need attention: overdue, or due soon ("Overdue or due soon"). */
export const attentionDueStates: readonly ActionDueState[] = Object.freeze([
  'overdue',
  'due-soon',
] as const);

export interface DueStateOptions {
  /** Days ahead (inclusive) that count as "due soon". Default 14. */
  dueSoonDays?: number;
}

/** The date the action is now due: the revised due date if there is one, else the original. */
export function effectiveDue(action: Pick<Action, 'due' | 'revisedDue'>): string | undefined {
  return action.revisedDue?.date ?? action.due;
}

/**
 * Complete and closed actions are `done`. Otherwise, in UTC calendar days from `today`: before the
 * due day is `overdue` (so due today is not yet overdue), due within `dueSoonDays` days inclusive is
 * `due-soon` (today counts), later is `on-track`; no due date (or an unreadable one) is `no-date`.
 * A `Date` for `today` is read as its UTC calendar day.
 */
export function actionDueState(
  action: Pick<Action, 'status' | 'due' | 'revisedDue'>,
  today: string | Date,
  { dueSoonDays = 14 }: DueStateOptions = {},
): ActionDueState {
  if (action.status === 'complete' || action.status === 'closed') return 'done';
  const dueDate = effectiveDue(action);
  const due = dueDate === undefined ? undefined : calendarDay(dueDate);
  const now = calendarDay(today);
  if (due === undefined || now === undefined) return 'no-date';
  const daysLeft = due - now;
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'on-track';
}

/** Whole calendar days from `today` to the action's (revised) due date; negative when overdue. */
export function daysUntilDue(
  action: Pick<Action, 'due' | 'revisedDue'>,
  today: string | Date,
): number | undefined {
  const dueDate = effectiveDue(action);
  const due = dueDate === undefined ? undefined : calendarDay(dueDate);
  const now = calendarDay(today);
  return due === undefined || now === undefined ? undefined : due - now;
}
