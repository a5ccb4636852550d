import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isEmptySelection,
  nextSelection,
  normaliseSelection,
  sameSelection,
  type QmsSelection,
} from '../../src/index.js';
import { deepFreeze } from './helpers.js';

describe('selection helpers', () => {
  test('normaliseSelection keeps only the fields that are set', () => {
    assert.deepEqual(
      normaliseSelection({ domain: 'safe', measure: undefined, aspect: undefined }),
      {
        domain: 'safe',
      },
    );
    assert.deepEqual(normaliseSelection(null), {});
    assert.deepEqual(normaliseSelection({ domain: '' }), {});
  });

  test('isEmptySelection and sameSelection ignore unset fields', () => {
    assert.equal(isEmptySelection({}), true);
    assert.equal(isEmptySelection({ measure: undefined }), true);
    assert.equal(isEmptySelection({ aspect: 'control' }), false);
    assert.equal(sameSelection({ domain: 'safe' }, { domain: 'safe', measure: undefined }), true);
    assert.equal(sameSelection({ domain: 'safe' }, { domain: 'timely' }), false);
    assert.equal(sameSelection(undefined, {}), true);
  });
});

describe('nextSelection', () => {
  const start: QmsSelection = deepFreeze({ domain: 'safe', measure: 'falls', aspect: 'control' });

  test('opening another domain selects it and drops the measure, keeping the aspect', () => {
    assert.deepEqual(
      nextSelection(start, {
        type: 'domain',
        domain: 'timely',
        framework: 'steeep',
        selected: true,
      }),
      { domain: 'timely', framework: 'steeep', aspect: 'control' },
    );
  });

  test('opening the selected domain again keeps the measure', () => {
    assert.deepEqual(
      nextSelection(start, { type: 'domain', domain: 'safe', selected: true }),
      start,
    );
  });

  test('closing the selected domain clears it and its measure; closing another does nothing', () => {
    assert.deepEqual(nextSelection(start, { type: 'domain', domain: 'safe', selected: false }), {
      aspect: 'control',
    });
    assert.deepEqual(
      nextSelection(start, { type: 'domain', domain: 'timely', selected: false }),
      start,
    );
  });

  test('choosing a measure selects it and the domain it was chosen in', () => {
    assert.deepEqual(nextSelection(start, { type: 'measure', measure: 'ed4h', domain: 'timely' }), {
      domain: 'timely',
      measure: 'ed4h',
      aspect: 'control',
    });
    assert.deepEqual(nextSelection({}, { type: 'measure', measure: 'pu' }), { measure: 'pu' });
  });

  test('a wheel segment sets or clears the aspect only', () => {
    assert.deepEqual(nextSelection(start, { type: 'aspect', aspect: 'improvement' }), {
      ...start,
      aspect: 'improvement',
    });
    const cleared = { domain: 'safe', measure: 'falls' };
    assert.deepEqual(nextSelection(start, { type: 'aspect', aspect: null }), cleared);
    assert.deepEqual(
      nextSelection(start, { type: 'aspect', aspect: 'control', selected: false }),
      cleared,
    );
    assert.deepEqual(
      nextSelection(start, { type: 'aspect', aspect: 'planning', selected: false }),
      start,
    );
  });
});
