import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndexedDbActionStore, type IdbFactoryLike } from '../../src/index.js';
import { action } from './helpers.js';

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
