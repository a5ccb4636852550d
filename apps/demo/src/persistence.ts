import {
  createIndexedDbActionStore,
  parseDatasetJson,
  parseMeasureJson,
  type Action,
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
  load(): Promise<StoredEdits>;
  saveDataset(dataset: Dataset): Promise<boolean>;
  saveActions(actions: readonly Action[]): Promise<boolean>;
  saveYourData(measures: readonly Measure[]): Promise<boolean>;
  /** Forgets everything saved (Reset to sample data). */
  clear(): Promise<boolean>;
}

export interface StoredEdits {
  /** False when the browser gives the page no IndexedDB (private mode, blocked storage). */
  available: boolean;
  dataset?: Dataset;
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

export function createDemoStore(): DemoStore {
  const factory = globalIndexedDb();
  const records = keyValueStore(factory);
  const actions = createIndexedDbActionStore({
    name: 'qms-kit-demo-actions',
    indexedDB: factory ?? null,
  });
  const inOrder = queue();
  const attempt = (work: () => Promise<unknown>): Promise<boolean> =>
    inOrder(async () => {
      try {
        await work();
        return true;
      } catch {
        return false;
      }
    });

  return {
    async load() {
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
      // The action store is saved with every action change; prefer it when the dataset's own
      // copy lags behind (a failed dataset write), as long as the result is still valid.
      const savedActions = await actions.load();
      if (!savedActions.ok) problems.push(...savedActions.problems);
      else if (dataset && savedActions.value.length > 0) {
        const merged = parseDatasetJson({ ...dataset, actions: savedActions.value });
        if (merged.ok) dataset = merged.value;
      }
      return { available: true, dataset, yourData, problems };
    },
    saveDataset: (dataset) => attempt(() => records.put('dataset', dataset)),
    saveActions: (list) =>
      inOrder(async () => {
        const saved = await actions.save(list);
        return saved.ok;
      }),
    saveYourData: (measures) => attempt(() => records.put('your-data', measures)),
    clear: () =>
      attempt(async () => {
        await records.clear();
        const cleared = await actions.clear();
        if (!cleared.ok) throw new Error(cleared.problems.map((p) => p.message).join('; '));
      }),
  };
}
