import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createIndexedDbActionStore,
  mergeActions,
  type Action,
  type IdbFactoryLike,
} from '../../src/index.js';
import { action, ids } from './helpers.js';

// The real IndexedDB paths are tested in the browser (packages/elements/src/action-tracker/
// idb-store.test.ts); Node has no IndexedDB, which is exactly the "unavailable" case.
describe('createIndexedDbActionStore without IndexedDB', () => {
  test('Node has no indexedDB: every method resolves to a problem, none throws', async () => {
    const store = createIndexedDbActionStore();
    for (const result of [
      await store.load(),
      await store.save([action({ id: 'A1' })]),
      await store.clear(),
      await store.reset(),
      await store.backups(),
    ]) {
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.problems[0]!.message, /not available/);
    }
  });

  test('a factory whose open() throws (storage blocked) is a problem', async () => {
    const blocked: IdbFactoryLike = {
      open: () => {
        throw new Error('The operation is insecure.');
      },
      deleteDatabase: () => {
        throw new Error('The operation is insecure.');
      },
    };
    const result = await createIndexedDbActionStore({ indexedDB: blocked }).load();
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.problems[0]!.message, /could not be opened.*insecure/);
  });

  test('a version that is not a whole number from 1 is a problem', async () => {
    const result = await createIndexedDbActionStore({ version: 1.5 }).load();
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.problems[0]!.where, 'version');
  });

  test('save validates before touching storage', async () => {
    const bad = [{ ...action({ id: 'A1' }), title: '' }];
    const result = await createIndexedDbActionStore({ indexedDB: null }).save(bad);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.problems[0]!.where, /title/);
  });
});

/** A factory whose open() never answers: no success, no error, not even blocked. */
function hangingFactory(): IdbFactoryLike & { opened: number } {
  const factory = {
    opened: 0,
    open: () => {
      factory.opened++;
      return {
        result: undefined as never,
        error: null,
        onsuccess: null,
        onerror: null,
        onupgradeneeded: null,
        onblocked: null,
      };
    },
    deleteDatabase: () => ({
      result: undefined,
      error: null,
      onsuccess: null,
      onerror: null,
      onblocked: null,
    }),
  };
  return factory;
}

describe('createIndexedDbActionStore when open never answers', () => {
  test('every method resolves after openTimeout with a problem instead of waiting for ever', async () => {
    const factory = hangingFactory();
    const store = createIndexedDbActionStore({ indexedDB: factory, openTimeout: 20 });
    for (const result of [
      await store.load(),
      await store.read(),
      await store.save([action({ id: 'A1' })]),
      await store.clear(),
      await store.backups(),
    ]) {
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.problems[0]!.where, 'IndexedDB');
        assert.match(result.problems[0]!.message, /did not open within 0.02 seconds/);
      }
    }
    assert.equal(factory.opened, 5);
  });
});

describe('mergeActions (one action at a time, base → mine / theirs)', () => {
  const a1 = action({ id: 'A1' });
  const a2 = action({ id: 'A2' });
  const a3 = action({ id: 'A3' });
  const edit = (a: Action, title: string): Action => ({ ...a, title: { en: title } });

  test('changes on different actions are both kept', () => {
    const base = [a1, a2];
    const merged = mergeActions(base, [edit(a1, 'mine'), a2], [a1, edit(a2, 'theirs')]);
    assert.deepEqual(merged.conflicts, []);
    assert.deepEqual(merged.written, ['A1']);
    assert.deepEqual(
      merged.actions.map((a) => a.title),
      [{ en: 'mine' }, { en: 'theirs' }],
    );
  });

  test('an action both sides changed differently is a conflict, and refuse keeps theirs', () => {
    const merged = mergeActions([a1], [edit(a1, 'mine')], [edit(a1, 'theirs')]);
    assert.deepEqual(merged.conflicts, ['A1']);
    assert.deepEqual(merged.written, []);
    assert.deepEqual(merged.actions[0]!.title, { en: 'theirs' });
    const mine = mergeActions([a1], [edit(a1, 'mine')], [edit(a1, 'theirs')], 'keep-mine');
    assert.deepEqual(mine.actions[0]!.title, { en: 'mine' });
    assert.deepEqual(mine.written, ['A1']);
  });

  test('the same change on both sides is no conflict', () => {
    const merged = mergeActions([a1], [edit(a1, 'same')], [edit(a1, 'same')]);
    assert.deepEqual(merged.conflicts, []);
  });

  test('deleting here what another tab edited (or the reverse) is a conflict', () => {
    assert.deepEqual(mergeActions([a1, a2], [a2], [edit(a1, 'theirs'), a2]).conflicts, ['A1']);
    assert.deepEqual(mergeActions([a1, a2], [edit(a1, 'mine'), a2], [a2]).conflicts, ['A1']);
  });

  test('one-sided deletions and additions are applied; unchanged actions follow theirs', () => {
    // Mine deleted A1 and added A3; theirs deleted A2.
    const merged = mergeActions([a1, a2], [a2, a3], [a1]);
    assert.deepEqual(merged.conflicts, []);
    assert.deepEqual(ids(merged.actions), ['A3']);
    assert.deepEqual(merged.written.sort(), ['A1', 'A3']);
  });

  test('an action this writer never saw (added elsewhere) is kept, after mine', () => {
    const merged = mergeActions([a1], [a1], [a1, a2]);
    assert.deepEqual(ids(merged.actions), ['A1', 'A2']);
    assert.deepEqual(merged.written, []);
  });

  test('the same id added on both sides with different data is a conflict', () => {
    const merged = mergeActions([], [edit(a3, 'mine')], [edit(a3, 'theirs')]);
    assert.deepEqual(merged.conflicts, ['A3']);
  });
});
