import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statementActions, statementMeasureIds, type Action } from '../../src/index.js';
import { sampleDataset, sampleStatements } from '../../src/sample/index.js';

describe('statementMeasureIds', () => {
  test('the card’s measureIds, then evidence measure ids, each once', () => {
    assert.deepEqual(statementMeasureIds(sampleStatements[4]!), ['px', 'active']);
    assert.deepEqual(
      statementMeasureIds({
        measureIds: ['a'],
        evidence: [
          { category: 'outcomes', title: 't', date: '2025-01-01', measureId: 'b' },
          { category: 'outcomes', title: 't', date: '2025-01-01', measureId: 'a' },
          { category: 'outcomes', title: 't', date: '2025-01-01' },
        ],
      }),
      ['a', 'b'],
    );
  });
});

describe('statementActions', () => {
  const action = (id: string, statementIds: string[] = []) =>
    ({ id, statementIds }) as unknown as Action;

  test('actionIds in order, missing ones reported, then actions naming the card', () => {
    const links = statementActions({ id: 's1', actionIds: ['b', 'zz', 'a', 'b'] }, [
      action('a'),
      action('b'),
      action('c', ['s1']),
      action('d', ['s2']),
      action('a', ['s1']),
    ]);
    assert.deepEqual(
      links.actions.map((a) => a.id),
      ['b', 'a', 'c'],
    );
    assert.deepEqual(links.missingIds, ['zz']);
  });

  test('the sample cards find their sample actions', () => {
    const actions = sampleDataset.actions;
    const risks = statementActions(sampleStatements[1]!, actions);
    assert.deepEqual(
      risks.actions.map((a) => a.id),
      ['A5'],
    );
    assert.deepEqual(risks.missingIds, []);
    const wales = statementActions(sampleStatements[4]!, actions);
    assert.ok(wales.actions.some((a) => a.id === 'A8'));
  });
});
