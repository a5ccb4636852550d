import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatementEdit, hasLocalisedText, type Statement } from '../../src/index.js';
import { sampleStatements } from '../../src/sample/index.js';

const copy = (s: Statement): Record<string, unknown> =>
  JSON.parse(JSON.stringify(s)) as Record<string, unknown>;

describe('hasLocalisedText', () => {
  test('some language with more than white space', () => {
    assert.equal(hasLocalisedText(undefined), false);
    assert.equal(hasLocalisedText('  '), false);
    assert.equal(hasLocalisedText({ en: ' ', cy: '' }), false);
    assert.equal(hasLocalisedText({ en: ' ', cy: 'Fi' }), true);
    assert.equal(hasLocalisedText('I'), true);
  });
});

describe('checkStatementEdit', () => {
  test('a complete card passes and comes back parsed', () => {
    const result = checkStatementEdit(sampleStatements[0]);
    assert.equal(result.ok, true);
    if (result.ok) assert.deepEqual(result.value, sampleStatements[0]);
  });

  test('an I statement and a score are required, even though a stored card may lack them', () => {
    const card = copy(sampleStatements[0]!);
    delete card.iStatement;
    delete card.score;
    const result = checkStatementEdit(card);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.issues.map(({ field, code }) => ({ field, code })),
      [
        { field: 'iStatement', code: 'required' },
        { field: 'score', code: 'required' },
      ],
    );
    assert.equal(result.problems.length, 2);
  });

  test('blank I statements in every language are required, not invalid', () => {
    for (const blank of [{ en: '', cy: ' ' }, '   ']) {
      const result = checkStatementEdit({ ...copy(sampleStatements[0]!), iStatement: blank });
      assert.equal(result.ok, false);
      if (!result.ok) assert.deepEqual(result.issues[0]?.field, 'iStatement');
      if (!result.ok) assert.deepEqual(result.issues[0]?.code, 'required');
    }
  });

  test('evidence problems name the field and the item index', () => {
    const card = copy(sampleStatements[0]!);
    card.evidence = [
      { category: 'outcomes', title: 'Fine', date: '2025-01-01' },
      { category: 'outcomes', title: { en: '' }, date: '' },
      { category: 'gossip', title: 'x', date: '2025-02-30' },
    ];
    const result = checkStatementEdit(card);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.issues.map(({ field, code, index }) => ({ field, code, index })),
      [
        { field: 'evidenceTitle', code: 'required', index: 1 },
        { field: 'evidenceDate', code: 'required', index: 1 },
        { field: 'evidenceCategory', code: 'invalid', index: 2 },
        { field: 'evidenceDate', code: 'invalid', index: 2 },
      ],
    );
  });

  test('a bad score value and source map to their fields; others to "other"', () => {
    const card = copy(sampleStatements[0]!);
    card.score = { value: 5, source: 'inspector' };
    card.id = '';
    const result = checkStatementEdit(card);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const fields = result.issues.map(({ field, code }) => `${field}:${code}`).sort();
    assert.deepEqual(fields, ['other:invalid', 'score:invalid', 'scoreSource:invalid']);
    const other = result.issues.find((i) => i.field === 'other');
    assert.equal(other?.problem.where, 'id');
  });

  test('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'not json', [], { evidence: 'x' }]) {
      const result = checkStatementEdit(input);
      assert.equal(result.ok, false);
    }
  });
});
