import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionsToCsv,
  addAction,
  importActionsCsv,
  localisedString,
  localisedTextIn,
  nextActionId,
  nextPdsaCycleId,
  removeAction,
  replaceAction,
  validateAction,
  withLocalisedText,
  withStatus,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { action, ids } from './helpers.js';

const sample = sampleDataset.actions;

describe('localised text', () => {
  test('picks the language, then English, then the first one with text', () => {
    assert.deepEqual(localisedTextIn({ en: 'Safe', cy: 'Diogel' }, 'cy-GB'), {
      text: 'Diogel',
      lang: 'cy',
      fallback: false,
    });
    assert.deepEqual(localisedTextIn({ en: 'Safe', cy: ' ' }, 'cy'), {
      text: 'Safe',
      lang: 'en',
      fallback: true,
    });
    assert.deepEqual(localisedTextIn({ fr: 'Sûr' }, 'cy'), {
      text: 'Sûr',
      lang: 'fr',
      fallback: true,
    });
    assert.deepEqual(localisedTextIn('Safe', 'cy'), {
      text: 'Safe',
      lang: undefined,
      fallback: false,
    });
    assert.equal(localisedTextIn(undefined, 'en'), undefined);
    assert.equal(localisedString(undefined, 'en'), '');
  });

  test('withLocalisedText replaces one language and keeps the others', () => {
    assert.deepEqual(withLocalisedText({ en: 'Safe', cy: 'Diogel' }, 'cy', ' Diogelwch '), {
      en: 'Safe',
      cy: 'Diogelwch',
    });
    assert.deepEqual(withLocalisedText({ en: 'Safe' }, 'cy', 'Diogel'), {
      en: 'Safe',
      cy: 'Diogel',
    });
    assert.deepEqual(withLocalisedText(undefined, 'cy', 'Diogel'), { cy: 'Diogel' });
    assert.equal(withLocalisedText('Safe', 'cy', 'Safer'), 'Safer');
    assert.equal(withLocalisedText(undefined, undefined, 'Plain'), 'Plain');
  });

  test('empty text removes the language, and gives undefined when none is left', () => {
    assert.deepEqual(withLocalisedText({ en: 'Safe', cy: 'Diogel' }, 'cy', ''), { en: 'Safe' });
    assert.equal(withLocalisedText({ cy: 'Diogel' }, 'cy', '  '), undefined);
    assert.equal(withLocalisedText('Safe', undefined, ''), undefined);
  });
});

describe('ids', () => {
  test('nextActionId follows the highest number with the prefix', () => {
    assert.equal(nextActionId(sample), 'A16');
    assert.equal(nextActionId([]), 'A1');
    assert.equal(nextActionId([{ id: 'QI-1' }, { id: 'QI-7' }, { id: 'A2' }], 'QI-'), 'QI-8');
    assert.equal(nextActionId([{ id: 'a.b1' }, { id: 'aXb9' }], 'a.b'), 'a.b2');
  });

  test('nextPdsaCycleId is unique within the action', () => {
    const pu = sample.find((a) => a.id === 'QI-PU')!;
    assert.equal(nextPdsaCycleId(pu), 'QI-PU-pdsa-1');
    const withOne = { ...pu, pdsaCycles: [{ ...pu.pdsaCycles[0]!, id: 'QI-PU-pdsa-1' }] };
    assert.equal(nextPdsaCycleId(withOne), 'QI-PU-pdsa-2');
  });
});

describe('validateAction', () => {
  test('accepts a valid new action and fills defaults', () => {
    const result = validateAction({ id: 'A16', title: 'New', owner: 'Me' }, { actions: sample });
    assert.ok(result.ok);
    assert.equal(result.value.status, 'not-started');
    assert.deepEqual(result.value.pdsaCycles, []);
  });

  test('problems carry the path of the field', () => {
    const result = validateAction({
      id: 'A16',
      title: '',
      owner: 'Me',
      start: '2025-05-01',
      due: '2025-04-01',
      revisedDue: { date: '2025-06-01' },
    });
    assert.ok(!result.ok);
    const paths = result.problems.map((p) => (p.path ?? []).join('.'));
    assert.ok(paths.includes('title'), paths.join(', '));
    assert.ok(paths.includes('revisedDue.reason'), paths.join(', '));
    assert.ok(paths.includes('due'), paths.join(', '));
  });

  test('a due date before the start is reported once, with or without other problems', () => {
    const fields = { id: 'A16', owner: 'Me', start: '2025-05-01', due: '2025-04-01' };
    const alone = validateAction({ ...fields, title: 'Fine' });
    assert.ok(!alone.ok);
    assert.deepEqual(
      alone.problems.map((p) => p.path),
      [['due']],
    );
    const withOthers = validateAction({ ...fields, title: '' });
    assert.ok(!withOthers.ok);
    assert.deepEqual(
      withOthers.problems.map((p) => p.path),
      [['title'], ['due']],
    );
  });

  test('refuses an id that another action has, but lets an edit keep its own', () => {
    const dup = validateAction({ id: 'A3', title: 'x', owner: 'y' }, { actions: sample });
    assert.ok(!dup.ok);
    assert.deepEqual(
      dup.problems.map((p) => p.path),
      [['id']],
    );
    assert.ok(
      validateAction({ id: 'A3', title: 'x', owner: 'y' }, { actions: sample, replacing: 'A3' }).ok,
    );
  });
});

describe('list changes', () => {
  const list = [action({ id: 'A1' }), action({ id: 'A2' })];

  const value = <T>(result: { ok: true; value: T } | { ok: false }): T => {
    assert.ok(result.ok, 'expected a value');
    return result.value;
  };

  test('addAction appends a new id and refuses one already used, replacing nothing', () => {
    const next = action({ id: 'A3' });
    const added = value(addAction(list, next));
    assert.deepEqual(ids(added), ['A1', 'A2', 'A3']);
    assert.equal(added[2], next);
    const clash = addAction(list, action({ id: 'A2', title: 'Impostor' }));
    assert.ok(!clash.ok);
    assert.deepEqual(
      clash.problems.map((p) => p.path),
      [['id']],
    );
    assert.match(clash.problems[0]!.message, /already the id of another action/);
    assert.equal(list[1]!.title, 'Action A2');
    assert.deepEqual(ids(list), ['A1', 'A2']);
  });

  test('replaceAction replaces in place, following an id change', () => {
    const next = action({ id: 'A2', title: 'Changed' });
    assert.equal(value(replaceAction(list, 'A2', next))[1], next);
    assert.deepEqual(ids(value(replaceAction(list, 'A1', action({ id: 'A1b' })))), ['A1b', 'A2']);
  });

  test('replaceAction refuses a missing id: an edit never brings back a deleted action', () => {
    const missing = replaceAction(list, 'A9', action({ id: 'A9' }));
    assert.ok(!missing.ok);
    assert.deepEqual(
      missing.problems.map((p) => p.path),
      [['id']],
    );
    assert.match(missing.problems[0]!.message, /no action with the id "A9"/);
    const afterDelete = removeAction(list, 'A1');
    assert.equal(replaceAction(afterDelete, 'A1', action({ id: 'A1', title: 'Edited' })).ok, false);
    assert.deepEqual(ids(afterDelete), ['A2']);
  });

  test('replaceAction refuses renaming onto another action’s id', () => {
    const clash = replaceAction(list, 'A1', action({ id: 'A2' }));
    assert.ok(!clash.ok);
    assert.match(clash.problems[0]!.message, /already the id/);
  });

  test('removeAction and withStatus', () => {
    assert.deepEqual(ids(removeAction(list, 'A1')), ['A2']);
    const done = withStatus(list[0]!, 'complete', '2025-03-20');
    assert.equal(done.status, 'complete');
    assert.equal(done.lastUpdate, '2025-03-20');
    assert.equal(list[0]!.status, 'not-started');
  });
});

describe('importActionsCsv', () => {
  test('reads actions that are not in the tracker yet', () => {
    const csv = actionsToCsv([action({ id: 'N1' }), action({ id: 'N2', status: 'blocked' })]);
    const result = importActionsCsv(csv, sample);
    assert.ok(result.ok);
    assert.deepEqual(ids(result.value), ['N1', 'N2']);
  });

  test('names the row of an id already in the tracker, and imports nothing', () => {
    const csv = actionsToCsv([action({ id: 'N1' }), action({ id: 'A3' })]);
    const result = importActionsCsv(csv, sample);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => [p.row, p.column]),
      [[3, 'id']],
    );
  });

  test('row problems and clashes together, in row order', () => {
    const csv = ['id,title,owner,due', 'A1,Clash,Me,', 'N2,,Me,', 'N3,Fine,Me,2025-02-30'].join(
      '\n',
    );
    const result = importActionsCsv(csv, sample);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.row),
      [2, 3, 4],
    );
    assert.match(result.problems[1]!.where, /row 3, column title/);
  });

  test('a header alone imports nothing, successfully', () => {
    const result = importActionsCsv('id,title,owner\n', sample);
    assert.ok(result.ok);
    assert.deepEqual(result.value, []);
  });
});
