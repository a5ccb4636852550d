import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionDueState,
  attentionDueStates,
  daysUntilDue,
  effectiveDue,
  type ActionStatus,
} from '../../src/index.js';

const action = (due?: string, status: ActionStatus = 'in-progress', revised?: string) => ({
  status,
  due,
  revisedDue: revised ? { date: revised, reason: 'Moved' } : undefined,
});
const today = '2025-03-10';

describe('actionDueState', () => {
  test('due today is due soon, not overdue; yesterday is overdue', () => {
    assert.equal(actionDueState(action('2025-03-10'), today), 'due-soon');
    assert.equal(actionDueState(action('2025-03-09'), today), 'overdue');
  });

  test('due tomorrow is due soon', () => {
    assert.equal(actionDueState(action('2025-03-11'), today), 'due-soon');
  });

  test('14 days ahead is due soon, 15 is on track (default window)', () => {
    assert.equal(actionDueState(action('2025-03-24'), today), 'due-soon');
    assert.equal(actionDueState(action('2025-03-25'), today), 'on-track');
  });

  test('the window is configurable', () => {
    assert.equal(actionDueState(action('2025-03-17'), today, { dueSoonDays: 7 }), 'due-soon');
    assert.equal(actionDueState(action('2025-03-18'), today, { dueSoonDays: 7 }), 'on-track');
    assert.equal(actionDueState(action('2025-03-10'), today, { dueSoonDays: 0 }), 'due-soon');
    assert.equal(actionDueState(action('2025-03-11'), today, { dueSoonDays: 0 }), 'on-track');
  });

  test('a revised due date overrides the original', () => {
    assert.equal(
      actionDueState(action('2025-01-31', 'in-progress', '2025-06-30'), today),
      'on-track',
    );
    assert.equal(
      actionDueState(action('2025-06-30', 'in-progress', '2025-03-01'), today),
      'overdue',
    );
    assert.equal(effectiveDue(action('2025-01-31', 'in-progress', '2025-06-30')), '2025-06-30');
  });

  test('complete and closed are done whatever the date; blocked is not', () => {
    assert.equal(actionDueState(action('2020-01-01', 'complete'), today), 'done');
    assert.equal(actionDueState(action(undefined, 'closed'), today), 'done');
    assert.equal(actionDueState(action('2020-01-01', 'blocked'), today), 'overdue');
    assert.equal(actionDueState(action('2020-01-01', 'not-started'), today), 'overdue');
  });

  test('no due date', () => {
    assert.equal(actionDueState(action(undefined), today), 'no-date');
  });

  test('calendar days in UTC: month ends, leap days, Date objects and date-times', () => {
    assert.equal(daysUntilDue(action('2024-03-01'), '2024-02-28'), 2);
    assert.equal(daysUntilDue(action('2025-01-01'), '2024-12-31'), 1);
    assert.equal(
      actionDueState(action('2025-03-10'), new Date('2025-03-10T23:59:59Z')),
      'due-soon',
    );
    assert.equal(actionDueState(action('2025-03-10'), new Date('2025-03-11T00:00:00Z')), 'overdue');
    assert.equal(
      actionDueState(action('2025-03-10T08:00:00Z'), '2025-03-10T22:00:00Z'),
      'due-soon',
    );
    // 2025-03-30 is the UK clocks-forward day; UTC days keep it a plain 24 hours.
    assert.equal(daysUntilDue(action('2025-03-31'), '2025-03-29'), 2);
  });

  test('an unreadable today gives no-date rather than throwing', () => {
    assert.equal(actionDueState(action('2025-03-10'), 'not a date'), 'no-date');
    assert.equal(actionDueState(action('2025-03-10'), new Date(Number.NaN)), 'no-date');
  });
});

describe('attentionDueStates', () => {
  test('are overdue and due soon, and nothing done, on track or undated', () => {
    assert.deepEqual([...attentionDueStates], ['overdue', 'due-soon']);
    assert.ok(Object.isFrozen(attentionDueStates));
    const states = ['2025-03-09', '2025-03-11', '2025-06-01', undefined].map((due) =>
      actionDueState(action(due), today),
    );
    assert.deepEqual(
      states.map((s) => attentionDueStates.includes(s)),
      [true, true, false, false],
    );
    assert.equal(
      attentionDueStates.includes(actionDueState(action('2025-03-09', 'complete'), today)),
      false,
    );
  });
});
