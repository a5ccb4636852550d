import { expect } from '@open-wc/testing';
import {
  conflictedActionIds,
  createIndexedDbActionStore,
  type Action,
  type ActionStoreChange,
  type IdbFactoryLike,
} from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import { sampleTracker } from '../test/fixtures/action-helpers.js';

// The SDK's IndexedDB adapter, tested against the browser's real IndexedDB.

let counter = 0;
/** A database name no other test uses. */
const freshName = () => `qms-test-${Date.now()}-${counter++}`;
const names: string[] = [];
function named(): string {
  const name = freshName();
  names.push(name);
  return name;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the store's database directly (as another program, or a corruption, would). */
async function rawDb(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

async function rawPut(name: string, value: unknown): Promise<void> {
  const db = await rawDb(name);
  const tx = db.transaction('actions', 'readwrite');
  tx.objectStore('actions').put(value, 'current');
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function rawGet(name: string): Promise<unknown> {
  const db = await rawDb(name);
  const value = await request(db.transaction('actions').objectStore('actions').get('current'));
  db.close();
  return value;
}

const sample = (): Action[] => JSON.parse(JSON.stringify(sampleDataset.actions)) as Action[];

describe('createIndexedDbActionStore (browser IndexedDB)', () => {
  after(async () => {
    for (const name of names) await request(indexedDB.deleteDatabase(name)).catch(() => undefined);
  });

  it('starts empty, then saves and loads the actions (round trip)', async () => {
    const store = createIndexedDbActionStore({ name: named() });
    expect(await store.load()).to.deep.equal({ ok: true, value: [] });
    const actions = sample();
    const saved = await store.save(actions);
    expect(saved.ok).to.equal(true);
    if (saved.ok) expect(saved.value.actions).to.deep.equal(actions);
    const loaded = await store.load();
    expect(loaded.ok).to.equal(true);
    if (loaded.ok) expect(loaded.value).to.deep.equal(actions);
  });

  it('survives a reload: a new store instance reads what the old one saved', async () => {
    const name = named();
    await createIndexedDbActionStore({ name }).save(sample().slice(0, 3));
    const reloaded = await createIndexedDbActionStore({ name }).load();
    expect(reloaded.ok && reloaded.value.map((a) => a.id)).to.deep.equal(['A1', 'A2', 'A3']);
    const record = (await rawGet(name)) as { format: string; version: number; savedAt: string };
    expect(record.format).to.equal('qms-kit/actions');
    expect(record.version).to.equal(1);
    expect(Number.isNaN(Date.parse(record.savedAt))).to.equal(false);
  });

  it('refuses to save actions that fail the schema', async () => {
    const store = createIndexedDbActionStore({ name: named() });
    const bad = [{ ...sample()[0]!, due: '2025-02-30' }];
    const result = await store.save(bad);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]!.where).to.contain('due');
  });

  it('a corrupt record: problems, a backup copy, and reset() recovers', async () => {
    const name = named();
    const store = createIndexedDbActionStore({ name });
    await store.save(sample().slice(0, 2));
    const garbage = {
      format: 'qms-kit/actions',
      version: 1,
      savedAt: 'x',
      actions: [{ id: 'A1', title: 42 }],
    };
    await rawPut(name, garbage);
    const loaded = await store.load();
    expect(loaded.ok).to.equal(false);
    if (!loaded.ok) {
      const text = loaded.problems.map((p) => `${p.where}: ${p.message}`).join('\n');
      expect(text).to.contain('the saved actions');
      expect(text).to.contain('title');
      expect(text).to.contain('backup');
    }
    // Loading again does not pile up copies of the same data.
    await store.load();
    const backups = await store.backups();
    expect(backups.ok && backups.value.map((b) => [b.reason, b.record])).to.deep.equal([
      ['corrupt', garbage],
    ]);
    expect((await store.reset()).ok).to.equal(true);
    expect(await store.load()).to.deep.equal({ ok: true, value: [] });
    // reset() keeps the backup; clear() forgets everything.
    const kept = await store.backups();
    expect(kept.ok && kept.value).to.have.length(1);
    await store.clear();
    const none = await store.backups();
    expect(none.ok && none.value).to.have.length(0);
  });

  it('data that is not a store record at all is corrupt too, and saving keeps a copy first', async () => {
    const name = named();
    await createIndexedDbActionStore({ name }).load(); // creates the database
    await rawPut(name, 'not even an object');
    const store = createIndexedDbActionStore({ name });
    expect((await store.save(sample().slice(0, 1))).ok).to.equal(true);
    const backups = await store.backups();
    expect(backups.ok && backups.value.map((b) => b.record)).to.deep.equal(['not even an object']);
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.map((a) => a.id)).to.deep.equal(['A1']);
  });

  it('IndexedDB unavailable (private mode, blocked): a clear problem, never a throw', async () => {
    const store = createIndexedDbActionStore({ name: named(), indexedDB: undefined });
    for (const result of [
      await store.load(),
      await store.save(sample()),
      await store.clear(),
      await store.reset(),
    ]) {
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0]!.message).to.contain('not available');
    }
    const throwing: IdbFactoryLike = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      deleteDatabase: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const blocked = await createIndexedDbActionStore({ indexedDB: throwing }).load();
    expect(blocked.ok).to.equal(false);
    if (!blocked.ok) expect(blocked.problems[0]!.message).to.contain('insecure');
  });

  it('upgrades data saved by an older version, keeping the old data as a backup', async () => {
    const name = named();
    // Version 1 of a host's data kept the owner in a field called "lead".
    const v1 = sample()
      .slice(0, 2)
      .map(({ owner, ...rest }) => ({ ...rest, lead: owner }));
    await createIndexedDbActionStore({ name }).load();
    await rawPut(name, {
      format: 'qms-kit/actions',
      version: 1,
      savedAt: '2024-01-01',
      actions: v1,
    });
    const v2 = createIndexedDbActionStore({
      name,
      version: 2,
      upgrade: (actions, from) => {
        expect(from).to.equal(1);
        return (actions as { lead: unknown }[]).map(({ lead, ...rest }) => ({
          ...rest,
          owner: lead,
        }));
      },
    });
    const loaded = await v2.load();
    expect(loaded.ok && loaded.value.map((a) => a.owner)).to.deep.equal([
      { en: 'NHS organisations' },
      { en: 'Welsh Government with key stakeholders' },
    ]);
    const record = (await rawGet(name)) as { version: number };
    expect(record.version).to.equal(2);
    const backups = await v2.backups();
    expect(backups.ok && backups.value.map((b) => b.reason)).to.deep.equal(['upgrade']);
    // A page still on version 1 cannot open (or overwrite) the newer data.
    const old = await createIndexedDbActionStore({ name, version: 1 }).load();
    expect(old.ok).to.equal(false);
    if (!old.ok) expect(old.problems[0]!.message).to.contain('newer version');
    const oldSave = await createIndexedDbActionStore({ name, version: 1 }).save(sample());
    expect(oldSave.ok).to.equal(false);
    // Its reset() is the way out: the database it cannot open is deleted.
    const older = createIndexedDbActionStore({ name, version: 1 });
    expect((await older.reset()).ok).to.equal(true);
    expect(await older.load()).to.deep.equal({ ok: true, value: [] });
  });

  it('an upgrade that throws is reported and the data kept', async () => {
    const name = named();
    await createIndexedDbActionStore({ name }).save(sample().slice(0, 1));
    const broken = createIndexedDbActionStore({
      name,
      version: 2,
      upgrade: () => {
        throw new Error('unexpected shape');
      },
    });
    const loaded = await broken.load();
    expect(loaded.ok).to.equal(false);
    if (!loaded.ok) expect(loaded.problems[0]!.message).to.contain('unexpected shape');
    const backups = await broken.backups();
    expect(backups.ok && backups.value).to.have.length(1);
  });

  it('wires to a tracker: load into `actions`, save on qms-action-change', async () => {
    const name = named();
    const store = createIndexedDbActionStore({ name });
    await store.save(sample());
    const loaded = await store.load();
    const el = await sampleTracker({ actions: loaded.ok ? loaded.value : [] });
    const saved = new Promise<void>((resolve) => {
      el.addEventListener('qms-action-change', (e) => {
        void store.save(e.detail.actions).then(() => resolve());
      });
    });
    el.importCsv('id,title,owner\nW1,Wired,Ward 1\n');
    await saved;
    const reloaded = await createIndexedDbActionStore({ name }).load();
    expect(reloaded.ok && reloaded.value.map((a) => a.id)).to.include('W1');
  });
});

describe('createIndexedDbActionStore across tabs (two stores on one database)', () => {
  after(async () => {
    for (const name of names) await request(indexedDB.deleteDatabase(name)).catch(() => undefined);
  });

  const retitle = (actions: readonly Action[], id: string, title: string): Action[] =>
    actions.map((a) => (a.id === id ? { ...a, title: { en: title } } : a));
  const titleOf = (actions: readonly Action[], id: string): unknown =>
    actions.find((a) => a.id === id)?.title;

  async function twoTabs() {
    const name = named();
    await createIndexedDbActionStore({ name }).save(sample().slice(0, 3));
    const a = createIndexedDbActionStore({ name });
    const b = createIndexedDbActionStore({ name });
    const readA = await a.read();
    const readB = await b.read();
    if (!readA.ok || !readB.ok) throw new Error('could not read');
    return { name, a, b, readA: readA.value, readB: readB.value };
  }

  it('old-style callers (load, then save with no base) no longer overwrite each other', async () => {
    const name = named();
    await createIndexedDbActionStore({ name }).save(sample().slice(0, 3));
    const a = createIndexedDbActionStore({ name });
    const b = createIndexedDbActionStore({ name });
    const inA = await a.load();
    const inB = await b.load();
    if (!inA.ok || !inB.ok) throw new Error('could not load');
    expect((await a.save(retitle(inA.value, 'A1', 'edited in A'))).ok).to.equal(true);
    expect((await b.save(retitle(inB.value, 'A2', 'edited in B'))).ok).to.equal(true);
    const after = await createIndexedDbActionStore({ name }).load();
    expect(after.ok && titleOf(after.value, 'A1')).to.deep.equal({ en: 'edited in A' });
    expect(after.ok && titleOf(after.value, 'A2')).to.deep.equal({ en: 'edited in B' });
  });

  it('saving on every change without waiting: each save starts from the one before', async () => {
    const name = named();
    const store = createIndexedDbActionStore({ name });
    const first = sample().slice(0, 2);
    await store.save(first);
    const once = retitle(first, 'A1', 'once');
    const twice = retitle(once, 'A1', 'twice');
    const results = await Promise.all([store.save(once), store.save(twice)]);
    expect(results.map((r) => r.ok)).to.deep.equal([true, true]);
    const loaded = await createIndexedDbActionStore({ name }).load();
    expect(loaded.ok && titleOf(loaded.value, 'A1')).to.deep.equal({ en: 'twice' });
  });

  it('edits of different actions from stale bases are both kept; the same action is a conflict', async () => {
    const { name, a, b, readA, readB } = await twoTabs();
    const heard: ActionStoreChange[] = [];
    const stop = b.subscribe((change) => heard.push(change));
    const savedA = await a.save(retitle(readA.actions, 'A1', 'A’s edit'), { base: readA.base });
    expect(savedA.ok).to.equal(true);
    // B is told of A's change through the channel.
    for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(heard.map((c) => [c.kind, c.actions])).to.deep.equal([['save', ['A1']]]);
    expect(heard[0]!.name).to.equal(name);
    const listB = retitle(readB.actions, 'A2', 'B’s edit');
    const savedB = await b.save(listB, { base: readB.base });
    expect(savedB.ok).to.equal(true);
    const both = await createIndexedDbActionStore({ name }).load();
    expect(both.ok && titleOf(both.value, 'A1')).to.deep.equal({ en: 'A’s edit' });
    expect(both.ok && titleOf(both.value, 'A2')).to.deep.equal({ en: 'B’s edit' });
    // B, still not showing A's edit, now edits A1 too: refused, naming A1; nothing is lost.
    if (!savedB.ok) return;
    const stale = await b.save(retitle(listB, 'A1', 'B’s edit of A1'), { base: savedB.value });
    expect(stale.ok).to.equal(false);
    if (!stale.ok) {
      expect(conflictedActionIds(stale.problems)).to.deep.equal(['A1']);
      expect(stale.problems[0]!.where).to.equal('action A1');
    }
    const kept = await createIndexedDbActionStore({ name }).load();
    expect(kept.ok && titleOf(kept.value, 'A1')).to.deep.equal({ en: 'A’s edit' });
    expect(kept.ok && titleOf(kept.value, 'A2')).to.deep.equal({ en: 'B’s edit' });
    stop();
  });

  it('deleting an action another tab edited is a conflict; keep-mine and keep-theirs settle it', async () => {
    const { name, a, b, readA, readB } = await twoTabs();
    await a.save(retitle(readA.actions, 'A3', 'edited'), { base: readA.base });
    const without = readB.actions.filter((x) => x.id !== 'A3');
    const refused = await b.save(without, { base: readB.base });
    expect(refused.ok === false && conflictedActionIds(refused.problems)).to.deep.equal(['A3']);
    const theirs = await b.save(without, { base: readB.base, conflicts: 'keep-theirs' });
    expect(theirs.ok).to.equal(true);
    let now = await createIndexedDbActionStore({ name }).load();
    expect(now.ok && titleOf(now.value, 'A3')).to.deep.equal({ en: 'edited' });
    const mine = await b.save(without, { base: readB.base, conflicts: 'keep-mine' });
    expect(mine.ok).to.equal(true);
    now = await createIndexedDbActionStore({ name }).load();
    expect(now.ok && now.value.map((x) => x.id)).to.deep.equal(['A1', 'A2']);
  });

  it('interleaved saves from two tabs at once: every edit is kept', async () => {
    const { name, a, b, readA, readB } = await twoTabs();
    const all = sample();
    // A adds actions A10..A14, B edits A1..A3, each save from its own latest base, all at once.
    const runA = (async () => {
      let list = readA.actions;
      let base = readA.base;
      for (let i = 10; i < 15; i++) {
        list = [...list, { ...all[0]!, id: `A${i}` }];
        const saved = await a.save(list, { base });
        if (!saved.ok) throw new Error(saved.problems[0]!.message);
        base = saved.value;
      }
    })();
    const runB = (async () => {
      let list = readB.actions;
      let base = readB.base;
      for (const id of ['A1', 'A2', 'A3']) {
        list = retitle(list, id, `B ${id}`);
        const saved = await b.save(list, { base });
        if (!saved.ok) throw new Error(saved.problems[0]!.message);
        base = saved.value;
      }
    })();
    await Promise.all([runA, runB]);
    const final = await createIndexedDbActionStore({ name }).load();
    expect(final.ok && final.value.map((x) => x.id).sort()).to.deep.equal([
      'A1',
      'A10',
      'A11',
      'A12',
      'A13',
      'A14',
      'A2',
      'A3',
    ]);
    for (const id of ['A1', 'A2', 'A3']) {
      expect(final.ok && titleOf(final.value, id)).to.deep.equal({ en: `B ${id}` });
    }
  });

  it('each write raises the record’s revision and stamps the actions it changed', async () => {
    const { name, a, readA } = await twoTabs();
    const before = (await rawGet(name)) as { revision: number; revisions: Record<string, number> };
    const saved = await a.save(retitle(readA.actions, 'A2', 'x'), { base: readA.base });
    const record = (await rawGet(name)) as { revision: number; revisions: Record<string, number> };
    expect(record.revision).to.equal(before.revision + 1);
    expect(record.revisions).to.deep.equal({ ...before.revisions, A2: record.revision });
    expect(saved.ok && saved.value.revision).to.equal(record.revision);
    // Saving the same list again writes nothing and tells no one.
    const heard: ActionStoreChange[] = [];
    const other = createIndexedDbActionStore({ name });
    const stop = other.subscribe((c) => heard.push(c));
    if (saved.ok) await a.save(retitle(readA.actions, 'A2', 'x'), { base: saved.value });
    expect(((await rawGet(name)) as { revision: number }).revision).to.equal(record.revision);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).to.deep.equal([]);
    stop();
  });
});
