import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  datasetWithActionChange,
  datasetWithAssessmentChange,
  datasetWithStatementChange,
  type Action,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { assertValid, frozenCopy, ids } from './helpers.js';

const dataset = frozenCopy(sampleDataset);
const original = structuredClone(dataset);
const action = (id: string) => dataset.actions.find((a) => a.id === id)!;

const newAction: Action = {
  id: 'A99',
  title: 'Review falls huddles',
  owner: 'Ward 7 manager',
  source: 'local',
  status: 'not-started',
  domain: 'safe',
  measureIds: ['falls'],
  statementIds: [],
  pdsaCycles: [],
};

describe('datasetWithActionChange', () => {
  test('add appends the new action and keeps everything else shared', () => {
    const next = datasetWithActionChange(dataset, { kind: 'add', before: null, after: newAction });
    assert.deepEqual(ids(next.actions), [...ids(dataset.actions), 'A99']);
    assert.equal(next.actions.at(-1), newAction);
    assert.equal(next.measures, dataset.measures);
    assert.equal(next.actions[0], dataset.actions[0]);
    assert.notEqual(next, dataset);
    assertValid(next);
  });

  test('add with an id already in the dataset is refused: the action holding it stays', () => {
    const clash = { ...newAction, id: 'A3' };
    const next = datasetWithActionChange(dataset, { kind: 'add', before: null, after: clash });
    assert.equal(next, dataset);
    assert.equal(
      next.actions.find((a) => a.id === 'A3'),
      action('A3'),
    );
  });

  test('edit replaces the action in place', () => {
    const before = action('A5');
    const after: Action = { ...before, title: 'Falls prevention, revised' };
    const next = datasetWithActionChange(dataset, { kind: 'edit', before, after });
    assert.deepEqual(ids(next.actions), ids(dataset.actions));
    assert.equal(next.actions[4], after);
    assertValid(next);
  });

  test('status replaces the action with the one carrying the new status', () => {
    const before = action('A7');
    const after: Action = { ...before, status: 'complete', lastUpdate: '2025-04-01' };
    const next = datasetWithActionChange(dataset, { kind: 'status', before, after });
    assert.equal(next.actions.find((a) => a.id === 'A7')?.status, 'complete');
    assert.equal(action('A7').status, before.status);
  });

  test('delete removes the action and every link to it, so the dataset stays valid', () => {
    // A5 is linked from the statement cqc-managing-risks; A8 from the assessment's planning.
    let next = datasetWithActionChange(dataset, {
      kind: 'delete',
      before: action('A5'),
      after: null,
    });
    assert.equal(
      next.actions.some((a) => a.id === 'A5'),
      false,
    );
    assert.deepEqual(next.statements.find((s) => s.id === 'cqc-managing-risks')?.actionIds, []);
    next = datasetWithActionChange(next, { kind: 'delete', before: action('A8'), after: null });
    assert.deepEqual(next.assessment?.aspects.planning.actionIds, []);
    assert.equal(next.assessment?.aspects.control, dataset.assessment?.aspects.control);
    assertValid(next);
  });

  test('deleting an enabler-linked action removes it from the enabler too', () => {
    const next = datasetWithActionChange(dataset, {
      kind: 'delete',
      before: action('A14'),
      after: null,
    });
    const workforce = next.assessment?.enablers.items.find((i) => i.id === 'workforce');
    assert.deepEqual(workforce?.actionIds, []);
    assertValid(next);
  });

  test('an edit that renames an action follows the rename in statements and the assessment', () => {
    const before = action('A8');
    const after: Action = { ...before, id: 'A8-renamed' };
    const next = datasetWithActionChange(dataset, { kind: 'edit', before, after });
    assert.equal(next.actions[7], after);
    assert.deepEqual(next.assessment?.aspects.planning.actionIds, ['A8-renamed']);
    assert.deepEqual(next.statements.find((s) => s.id === 'wales-person-centred')?.actionIds, [
      'A8-renamed',
    ]);
    assertValid(next);
  });

  test('an edit of an action the dataset lacks (deleted meanwhile) is refused, not appended', () => {
    const next = datasetWithActionChange(dataset, {
      kind: 'edit',
      before: newAction,
      after: newAction,
    });
    assert.equal(next, dataset);
  });

  test('an edit renaming an action onto another one’s id is refused', () => {
    const before = action('A8');
    const next = datasetWithActionChange(dataset, {
      kind: 'edit',
      before,
      after: { ...before, id: 'A3' },
    });
    assert.equal(next, dataset);
  });

  test('a change without the action it needs leaves the dataset as it is', () => {
    assert.equal(
      datasetWithActionChange(dataset, { kind: 'add', before: null, after: null }),
      dataset,
    );
    assert.equal(
      datasetWithActionChange(dataset, { kind: 'delete', before: null, after: null }),
      dataset,
    );
    assert.equal(
      datasetWithActionChange(dataset, { kind: 'delete', before: newAction, after: null }),
      dataset,
    );
  });
});

describe('datasetWithStatementChange', () => {
  const card = dataset.statements[1]!;

  test('replaces the card in place and shares the other records', () => {
    const after = { ...card, iStatement: 'I feel safe on the ward.' };
    const next = datasetWithStatementChange(dataset, { before: card, after });
    assert.equal(next.statements[1], after);
    assert.equal(next.statements[0], dataset.statements[0]);
    assert.equal(next.actions, dataset.actions);
    assertValid(next);
  });

  test('a card the dataset lacks is appended', () => {
    const after = { ...card, id: 'new-card', actionIds: [] };
    const next = datasetWithStatementChange(dataset, { before: after, after });
    assert.deepEqual(ids(next.statements), [...ids(dataset.statements), 'new-card']);
    assertValid(next);
  });

  test('a renamed card is relinked from the actions that name it', () => {
    const after = { ...card, id: 'managing-risks' };
    const next = datasetWithStatementChange(dataset, { before: card, after });
    assert.deepEqual(ids(next.statements)[1], 'managing-risks');
    assert.deepEqual(next.actions.find((a) => a.id === 'A5')?.statementIds, ['managing-risks']);
    assertValid(next);
  });
});

describe('datasetWithAssessmentChange', () => {
  test('replaces the assessment with the edited one', () => {
    const assessment = structuredClone(dataset.assessment)!;
    assessment.aspects.assurance.stage = 3;
    const next = datasetWithAssessmentChange(dataset, { assessment });
    assert.equal(next.assessment, assessment);
    assert.equal(next.statements, dataset.statements);
    assertValid(next);
  });

  test('the same assessment gives back the same dataset', () => {
    assert.equal(
      datasetWithAssessmentChange(dataset, { assessment: dataset.assessment! }),
      dataset,
    );
  });
});

test('no function changed its (frozen) input', () => {
  assert.deepEqual(dataset, original);
});
