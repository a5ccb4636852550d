import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceCategories, evidenceSummary, type Statement } from '../../src/index.js';
import { sampleStatements } from '../../src/sample/index.js';

const byId = (id: string): Statement => {
  const s = sampleStatements.find((x) => x.id === id);
  assert.ok(s, id);
  return s;
};

describe('evidenceSummary', () => {
  test('lists all six categories in CQC order, empty ones with a count of 0', () => {
    const summary = evidenceSummary(byId('cqc-managing-risks'));
    assert.deepEqual(
      summary.map((c) => c.category),
      [...evidenceCategories],
    );
    assert.deepEqual(
      summary.map((c) => c.count),
      [0, 0, 0, 0, 0, 1],
    );
    assert.equal(summary[0]?.lastUpdated, undefined);
    assert.equal(summary[5]?.lastUpdated, '2025-03-01');
  });

  test('counts, latest dates and category scores of the first sample card', () => {
    const summary = evidenceSummary(byId('cqc-safe-systems'));
    const people = summary.find((c) => c.category === 'people-experience');
    const outcomes = summary.find((c) => c.category === 'outcomes');
    assert.equal(people?.count, 1);
    assert.equal(people?.lastUpdated, '2025-01-31');
    assert.equal(people?.score, 2);
    assert.equal(outcomes?.score, 3);
    assert.equal(summary.find((c) => c.category === 'observation')?.score, undefined);
  });

  test('the latest date is by calendar day, not text order; unreadable dates are skipped', () => {
    const statement = {
      evidence: [
        { category: 'outcomes', title: 'a', date: '2025-01-09' },
        { category: 'outcomes', title: 'b', date: '2025-01-10T00:00:00Z' },
        { category: 'outcomes', title: 'c', date: '2024-12-31' },
        { category: 'outcomes', title: 'd', date: 'not a date' },
      ],
    } as Pick<Statement, 'evidence'>;
    const outcomes = evidenceSummary(statement).find((c) => c.category === 'outcomes');
    assert.equal(outcomes?.count, 4);
    assert.equal(outcomes?.lastUpdated, '2025-01-10T00:00:00Z');
    assert.deepEqual(
      outcomes?.items.map((i) => i.title),
      ['a', 'b', 'c', 'd'],
    );
  });

  test('counts of every sample card add up to its evidence list', () => {
    for (const s of sampleStatements) {
      const total = evidenceSummary(s).reduce((n, c) => n + c.count, 0);
      assert.equal(total, s.evidence.length, s.id);
    }
  });
});
