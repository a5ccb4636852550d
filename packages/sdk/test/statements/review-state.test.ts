import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statementReviewState } from '../../src/index.js';

describe('statementReviewState', () => {
  const card = { reviewDate: '2025-06-30' };

  test('the review day itself is not overdue; the day after is', () => {
    assert.equal(statementReviewState(card, '2025-06-29'), 'not-due');
    assert.equal(statementReviewState(card, '2025-06-30'), 'not-due');
    assert.equal(statementReviewState(card, '2025-07-01'), 'overdue');
  });

  test('a Date is read as its UTC calendar day', () => {
    assert.equal(statementReviewState(card, new Date('2025-06-30T23:59:59Z')), 'not-due');
    assert.equal(statementReviewState(card, new Date('2025-07-01T00:00:00Z')), 'overdue');
  });

  test('no review date, or an unreadable today, is no-date', () => {
    assert.equal(statementReviewState({}, '2025-07-01'), 'no-date');
    assert.equal(statementReviewState(card, 'soon'), 'no-date');
    assert.equal(statementReviewState(card, new Date(Number.NaN)), 'no-date');
  });
});
