import { expect } from '@open-wc/testing';
import { createIndexedDbActionStore, type Action, type IdbFactoryLike } from '@qms-kit/sdk';
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
    expect(await store.save(actions)).to.deep.equal({ ok: true, value: undefined });
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
