import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createIndexedDbActionStore,
  mergeActions,
  type Action,
  type ActionStoreChange,
  type ChannelLike,
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

  test('changes to different fields of one action are both kept (merged field by field)', () => {
    const mine = { ...a1, title: { en: 'mine' } };
    const theirs = { ...a1, owner: 'Ward sister' };
    const merged = mergeActions([a1], [mine], [theirs]);
    assert.deepEqual(merged.conflicts, []);
    assert.deepEqual(merged.written, ['A1']);
    assert.deepEqual(merged.actions[0]!.title, { en: 'mine' });
    assert.equal(merged.actions[0]!.owner, 'Ward sister');
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

describe('createIndexedDbActionStore: late answers and change channels', () => {
  test('a database that opens after the timeout is closed, not left open', async () => {
    let closed = 0;
    const requests: { onsuccess: (() => void) | null; result: unknown }[] = [];
    const db = { close: () => closed++, onversionchange: null };
    const factory = {
      open: () => {
        const req = {
          result: db as never,
          error: null,
          onsuccess: null,
          onerror: null,
          onupgradeneeded: null,
          onblocked: null,
        };
        requests.push(req);
        return req;
      },
      deleteDatabase: () => {
        throw new Error('unused');
      },
    } as unknown as IdbFactoryLike;
    const result = await createIndexedDbActionStore({ indexedDB: factory, openTimeout: 10 }).load();
    assert.equal(result.ok, false);
    requests[0]!.onsuccess?.();
    assert.equal(closed, 1);
  });

  test('without BroadcastChannel (or when opening one throws) subscribe still returns an unsubscribe', () => {
    for (const broadcastChannel of [
      null,
      () => undefined,
      () => {
        throw new Error('no channels here');
      },
    ]) {
      const store = createIndexedDbActionStore({ indexedDB: null, broadcastChannel });
      const stop = store.subscribe(() => assert.fail('nothing to hear'));
      assert.equal(typeof stop, 'function');
      stop();
    }
  });

  test('listeners hear other senders’ changes to this database only; the channel closes with the last', () => {
    const opened: { name: string; closed: boolean; channel: ChannelLike }[] = [];
    const broadcastChannel = (name: string): ChannelLike => {
      const entry: { name: string; closed: boolean; channel: ChannelLike } = {
        name,
        closed: false,
        channel: {
          onmessage: null,
          postMessage: () => undefined,
          close: () => {
            entry.closed = true;
          },
        } as ChannelLike,
      };
      opened.push(entry);
      return entry.channel;
    };
    const store = createIndexedDbActionStore({ name: 'ward-7', indexedDB: null, broadcastChannel });
    const heard: ActionStoreChange[] = [];
    const stop1 = store.subscribe((c) => heard.push(c));
    const stop2 = store.subscribe(() => {
      throw new Error('a broken listener');
    });
    assert.deepEqual(
      opened.map((o) => o.name),
      ['qms-kit-actions:ward-7'],
    );
    const deliver = (data: unknown) => opened[0]!.channel.onmessage?.({ data });
    const message = { type: 'qms-kit/actions-change', sender: 'another tab', name: 'ward-7' };
    deliver({ ...message, revision: 3, kind: 'save', actions: ['A1', 7] });
    deliver({ ...message, name: 'ward-8', revision: 4, kind: 'save', actions: ['A2'] });
    deliver({ type: 'something else' });
    deliver('not even an object');
    deliver({ ...message, revision: 0, kind: 'clear', actions: [] });
    assert.deepEqual(heard, [
      { name: 'ward-7', revision: 3, kind: 'save', actions: ['A1'] },
      { name: 'ward-7', revision: 0, kind: 'clear', actions: [] },
    ]);
    stop1();
    assert.equal(opened[0]!.closed, false);
    stop2();
    assert.equal(opened[0]!.closed, true);
  });
});

describe('mergeActions properties', () => {
  // Lists over a few ids, each action in one of a few versions, so the sides often overlap.
  const version = fc.constantFrom('v0', 'v1', 'v2');
  const list = fc
    .uniqueArray(fc.record({ id: fc.constantFrom('A1', 'A2', 'A3', 'A4'), v: version }), {
      selector: (a) => a.id,
      maxLength: 4,
    })
    .map((items) => items.map(({ id, v }) => action({ id, title: `${id} ${v}` })));
  const byId = (actions: readonly Action[]) =>
    Object.fromEntries(actions.map((a) => [a.id, JSON.stringify(a)]));

  test('nothing one side changed alone is lost; conflicts are exactly the actions both changed differently', () => {
    fc.assert(
      fc.property(list, list, list, (base, mine, theirs) => {
        const b = byId(base);
        const m = byId(mine);
        const t = byId(theirs);
        const merged = mergeActions(base, mine, theirs);
        const out = byId(merged.actions);
        for (const id of new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)])) {
          const mineChanged = m[id] !== b[id];
          const theirsChanged = t[id] !== b[id];
          const conflict = mineChanged && theirsChanged && m[id] !== t[id];
          assert.equal(merged.conflicts.includes(id), conflict, `conflict on ${id}`);
          if (mineChanged && !theirsChanged) assert.equal(out[id], m[id], `mine kept for ${id}`);
          if (!mineChanged) assert.equal(out[id], t[id], `theirs kept for ${id}`);
          if (conflict) assert.equal(out[id], t[id], `refuse leaves theirs for ${id}`);
        }
      }),
    );
  });

  test('saving what was read changes nothing; merging onto an unchanged store gives mine', () => {
    fc.assert(
      fc.property(list, list, (base, other) => {
        assert.deepEqual(byId(mergeActions(base, base, other).actions), byId(other));
        assert.deepEqual(byId(mergeActions(base, other, base).actions), byId(other));
      }),
    );
  });
});
