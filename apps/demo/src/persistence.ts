import {
  conflictedActionIds,
  createIndexedDbActionStore,
  ok,
  parseDatasetJson,
  parseMeasureJson,
  type Action,
  type ActionConflictPolicy,
  type ActionsBase,
  type ActionStoreChange,
  type Dataset,
  type Measure,
  type Problem,
} from '@qms-kit/sdk';

/**
 * Where the demo keeps the user's edits: the whole dataset (the provider's
 * `qms-dataset-change`), the actions (the SDK's IndexedDB action store) and the measures the
 * user brought as CSV. Every method resolves and never throws: when IndexedDB is unavailable
 * the demo still works and says edits will not be kept.
 */
export interface DemoStore {
  /** The saved edits; `sample` is the dataset the saved actions join when no dataset was saved. */
  load(sample: Dataset): Promise<StoredEdits>;
  saveDataset(dataset: Dataset): Promise<boolean>;
  /**
   * Saves the actions the page shows, merged with other tabs' changes since `base` (what the
   * page's actions were read as). A change to an action another tab also changed is refused.
   */
  saveActions(
    actions: readonly Action[],
    base: ActionsBase | undefined,
    conflicts?: ActionConflictPolicy,
  ): Promise<ActionsSaved>;
  /**
   * The saved actions and their base, read again (after another tab's change); `defaults` are
   * saved first when none are (after a reset).
   */
  readActions(defaults: readonly Action[]): Promise<SavedActions | undefined>;
  /** Calls `listener` when another tab changes the saved actions; returns an unsubscribe. */
  onActionsChange(listener: (change: ActionStoreChange) => void): () => void;
  saveYourData(measures: readonly Measure[]): Promise<boolean>;
  /** Forgets everything saved (Reset to sample data). */
  clear(): Promise<boolean>;
}

export interface SavedActions {
  actions: Action[];
  base: ActionsBase;
}

export type ActionsSaved =
  { status: 'saved' } | { status: 'conflict'; actions: string[] } | { status: 'failed' };

export interface StoredEdits {
  /** False when the browser gives the page no IndexedDB (private mode, blocked storage). */
  available: boolean;
  dataset?: Dataset;
  /** What the actions of `dataset` were read as, for the next `saveActions`. */
  actionsBase?: ActionsBase;
  yourData?: Measure[];
  /** Saved data that could not be read (it is ignored, and replaced by the next save). */
  problems: Problem[];
}

const DB_NAME = 'qms-kit-demo';
const DB_VERSION = 1;
const RECORDS = 'records';
const FORMAT = 'qms-kit-demo/v1';

interface StoredRecord {
  format: typeof FORMAT;
  savedAt: string;
  value: unknown;
}

const isStoredRecord = (value: unknown): value is StoredRecord =>
  typeof value === 'object' &&
  value !== null &&
  (value as Partial<StoredRecord>).format === FORMAT &&
  'value' in value;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A tiny key-value store on one IndexedDB object store; one connection, opened lazily. */
function keyValueStore(factory: IDBFactory | undefined) {
  let db: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(RECORDS)) req.result.createObjectStore(RECORDS);
      };
      req.onsuccess = () => {
        req.result.onversionchange = () => req.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is in use by another tab'));
    }).catch((e: unknown) => {
      db = undefined; // try again next time
      throw e;
    });
    return db;
  };
  return {
    async get(key: string): Promise<unknown> {
      const tx = (await open()).transaction(RECORDS, 'readonly');
      return request(tx.objectStore(RECORDS).get(key));
    },
    async put(key: string, value: unknown): Promise<void> {
      const tx = (await open()).transaction(RECORDS, 'readwrite');
      const record: StoredRecord = { format: FORMAT, savedAt: new Date().toISOString(), value };
      tx.objectStore(RECORDS).put(record, key);
      await done(tx);
    },
    async clear(): Promise<void> {
      const tx = (await open()).transaction(RECORDS, 'readwrite');
      tx.objectStore(RECORDS).clear();
      await done(tx);
    },
  };
}

function globalIndexedDb(): IDBFactory | undefined {
  try {
    // Reading the property can throw in sandboxed frames.
    return typeof indexedDB === 'undefined' || !indexedDB ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

/** Saves run one after another, in the order they were asked for. */
function queue() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = last.then(work, work);
    last = next.catch(() => undefined);
    return next;
  };
}

/**
 * The page saves each action change with the base its view was read as, but its own earlier
 * saves may still be in flight: a lineage maps every base the page was given (or a save
 * returned) to the newest base of the same view, so a save never mistakes the page's own
 * previous change for another tab's. Reading again starts a new lineage.
 */
interface Lineage {
  head: ActionsBase;
}

export function createDemoStore(): DemoStore {
  const factory = globalIndexedDb();
  const records = keyValueStore(factory);
  const actions = createIndexedDbActionStore({
    name: 'qms-kit-demo-actions',
    indexedDB: factory ?? null,
  });
  const inOrder = queue();
  const lineages = new WeakMap<ActionsBase, Lineage>();
  const track = (base: ActionsBase): ActionsBase => {
    if (!lineages.has(base)) lineages.set(base, { head: base });
    return base;
  };
  const attempt = (work: () => Promise<unknown>): Promise<boolean> =>
    inOrder(async () => {
      try {
        await work();
        return true;
      } catch {
        return false;
      }
    });
  /**
   * The saved actions and their base. When none were saved yet, `defaults` (the dataset's own)
   * are saved first, so every tab starts from the same stored list and its base means the same.
   */
  const readOrSeed = async (defaults: readonly Action[]) => {
    const read = await actions.read();
    if (!read.ok || read.value.base.revision > 0) return read;
    const seeded = await actions.save(defaults, { base: read.value.base });
    // Another tab seeded first with a different list: show what it saved.
    return seeded.ok ? ok({ actions: [...defaults], base: seeded.value }) : actions.read();
  };
  const readActions = (defaults: readonly Action[]): Promise<SavedActions | undefined> =>
    inOrder(async () => {
      const read = await readOrSeed(defaults);
      if (!read.ok) return undefined;
      return { actions: read.value.actions, base: track(read.value.base) };
    });

  return {
    async load(sample) {
      if (!factory) return { available: false, problems: [] };
      const problems: Problem[] = [];
      let dataset: Dataset | undefined;
      let yourData: Measure[] | undefined;
      try {
        const saved = await records.get('dataset');
        if (isStoredRecord(saved)) {
          const parsed = parseDatasetJson(saved.value);
          if (parsed.ok) dataset = parsed.value;
          else problems.push(...parsed.problems);
        }
        const mine = await records.get('your-data');
        if (isStoredRecord(mine) && Array.isArray(mine.value)) {
          const parsed = mine.value.map((m) => parseMeasureJson(m));
          const good = parsed.flatMap((r) => (r.ok ? [r.value] : []));
          parsed.forEach((r) => r.ok || problems.push(...r.problems));
          if (good.length > 0) yourData = good;
        }
      } catch (e) {
        return {
          available: false,
          problems: [{ where: 'IndexedDB', message: e instanceof Error ? e.message : String(e) }],
        };
      }
      // The action store holds the actions (safe across tabs); the dataset's copy of them is
      // only what a first visit starts from.
      const read = await inOrder(() => readOrSeed((dataset ?? sample).actions));
      if (!read.ok) {
        problems.push(...read.problems);
        return { available: true, dataset, yourData, problems };
      }
      const merged = parseDatasetJson({ ...(dataset ?? sample), actions: read.value.actions });
      if (!merged.ok) {
        problems.push(...merged.problems);
        return { available: true, dataset, yourData, problems };
      }
      return {
        available: true,
        dataset: merged.value,
        actionsBase: track(read.value.base),
        yourData,
        problems,
      };
    },
    saveDataset: (dataset) => attempt(() => records.put('dataset', dataset)),
    saveActions: (list, base, conflicts = 'refuse') =>
      inOrder(async (): Promise<ActionsSaved> => {
        const lineage = base ? lineages.get(base) : undefined;
        const saved = await actions.save(list, {
          ...(base ? { base: lineage?.head ?? base } : {}),
          conflicts,
        });
        if (saved.ok) {
          const next = lineage ?? { head: saved.value };
          next.head = saved.value;
          lineages.set(saved.value, next);
          return { status: 'saved' };
        }
        const ids = conflictedActionIds(saved.problems);
        return ids.length > 0 ? { status: 'conflict', actions: ids } : { status: 'failed' };
      }),
    readActions,
    onActionsChange: (listener) => actions.subscribe(listener),
    saveYourData: (measures) => attempt(() => records.put('your-data', measures)),
    clear: () =>
      attempt(async () => {
        await records.clear();
        const cleared = await actions.clear();
        if (!cleared.ok) throw new Error(cleared.problems.map((p) => p.message).join('; '));
      }),
  };
}
