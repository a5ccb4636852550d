import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { actionListSchema, type Action } from '../schema/action.js';
import { parseWithSchema } from '../io/parse-with-schema.js';
import {
  globalIdbFactory,
  isIdbFactory,
  requestResult,
  transactionDone,
  type IdbDatabaseLike,
  type IdbFactoryLike,
} from './idb-types.js';

/** Marks records written by this store, so anything else under the key is treated as corrupt. */
const FORMAT = 'qms-kit/actions';
const ACTIONS = 'actions';
const BACKUPS = 'backups';
const CURRENT = 'current';

/** What is stored under the `current` key: the actions and the data version they follow. */
export interface StoredActionsRecord {
  format: typeof FORMAT;
  /** The store's `version` when the actions were saved. */
  version: number;
  /** ISO date-time of the save. */
  savedAt: string;
  actions: unknown;
}

/** A copy kept before the store replaced data it could not read, or upgraded it. */
export interface StoredActionsBackup {
  /** ISO date-time the copy was made. */
  createdAt: string;
  reason: 'corrupt' | 'upgrade';
  /** The record exactly as it was found (it may not be a `StoredActionsRecord`). */
  record: unknown;
}

export interface IndexedDbActionStoreOptions {
  /** The IndexedDB database name (one per tracker or per team). Default `qms-kit-actions`. */
  name?: string;
  /**
   * The version of the data the host saves: a whole number from 1. Raise it when the host's data
   * changes shape; older saved data is passed through `upgrade` on the next load. It is also the
   * IndexedDB database version, so a page with an older version cannot overwrite newer data.
   */
  version?: number;
  /**
   * Turns actions saved under an older `version` into the current shape (returning a value the
   * action schema accepts). Default: unchanged, since new schema fields are optional. A copy of
   * the old data is kept as a backup.
   */
  upgrade?: (actions: unknown, fromVersion: number) => unknown;
  /**
   * The IndexedDB factory to use. Default: the global `indexedDB`. `null` (or `undefined` given
   * explicitly) means none is available, as in some private browsing modes.
   */
  indexedDB?: IdbFactoryLike | null;
  /** The clock for `savedAt` and backup times. Default `() => new Date()`. */
  now?: () => Date;
}

/**
 * Saves a tracker's actions in the browser. Every method resolves to a `Result` and never throws
 * or rejects: storage that is unavailable, blocked, full, from a newer version or holding data
 * that fails the schema is reported as problems.
 */
export interface ActionStore {
  readonly name: string;
  readonly version: number;
  /**
   * The saved actions (`[]` when nothing is saved). Data that fails the schema is copied to a
   * backup and reported; it stays in place until `save()` or `reset()` replaces it.
   */
  load(): Promise<Result<Action[]>>;
  /** Validates and saves the actions, replacing what was saved. */
  save(actions: readonly Action[]): Promise<Result<void>>;
  /** Forgets the saved actions and every backup. */
  clear(): Promise<Result<void>>;
  /**
   * Recovers from a problem: drops the saved actions but keeps backups; if the database cannot
   * even be opened (e.g. it was written by a newer version), deletes it.
   */
  reset(): Promise<Result<void>>;
  /** Copies kept before corrupt data was replaced or data was upgraded, oldest first. */
  backups(): Promise<Result<StoredActionsBackup[]>>;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const nameOf = (e: unknown): string => (e instanceof Error ? e.name : '');

function isRecord(value: unknown): value is StoredActionsRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<StoredActionsRecord>;
  return (
    r.format === FORMAT &&
    typeof r.version === 'number' &&
    Number.isInteger(r.version) &&
    r.version >= 1 &&
    'actions' in r
  );
}

/**
 * An `ActionStore` on IndexedDB. Wire it to a tracker's events:
 *
 * ```ts
 * const store = createIndexedDbActionStore({ name: 'ward-7-actions' });
 * const loaded = await store.load();
 * if (loaded.ok) tracker.actions = loaded.value;
 * tracker.addEventListener('qms-action-change', (e) => void store.save(e.detail.actions));
 * ```
 */
export function createIndexedDbActionStore(options: IndexedDbActionStoreOptions = {}): ActionStore {
  const name = options.name ?? 'qms-kit-actions';
  const version = options.version ?? 1;
  const now = options.now ?? (() => new Date());
  const explicitlyAbsent = 'indexedDB' in options && !options.indexedDB;
  const factory = explicitlyAbsent
    ? undefined
    : isIdbFactory(options.indexedDB)
      ? options.indexedDB
      : globalIdbFactory();
  // Set once the saved data has been read (or written) successfully, so saves need not re-check it.
  let trusted = false;

  const problem = (message: string, where = 'IndexedDB'): Problem => ({ where, message });

  const unavailable = (): Result<never> =>
    fail([
      problem(
        'is not available in this browser (it may be in private browsing mode, or storage may be blocked), so actions cannot be saved on this device',
      ),
    ]);

  function badVersion(): Result<never> | undefined {
    if (Number.isInteger(version) && version >= 1) return undefined;
    return fail([problem(`must be a whole number from 1, got ${String(version)}`, 'version')]);
  }

  /** Opens (creating or upgrading) the database; every failure becomes a problem. */
  function open(): Promise<Result<IdbDatabaseLike>> {
    if (!factory) return Promise.resolve(unavailable());
    return new Promise((resolve) => {
      let request;
      try {
        request = factory.open(name, version);
      } catch (e) {
        resolve(fail([problem(`could not be opened (${reasonOf(e)})`)]));
        return;
      }
      const req = request;
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(ACTIONS)) db.createObjectStore(ACTIONS);
        if (!db.objectStoreNames.contains(BACKUPS)) {
          db.createObjectStore(BACKUPS, { autoIncrement: true });
        }
      };
      req.onblocked = () =>
        resolve(
          fail([
            problem(
              'is in use by another tab with an older version of this page; close other tabs and reload',
            ),
          ]),
        );
      req.onsuccess = () => {
        const db = req.result;
        // Let a newer version in another tab upgrade the database instead of being blocked.
        db.onversionchange = () => db.close();
        resolve(ok(db));
      };
      req.onerror = () => {
        const error = req.error;
        resolve(
          fail([
            error?.name === 'VersionError'
              ? problem(
                  `holds actions saved by a newer version of this page (this page reads version ${version}); reload the page, or reset the store to start again`,
                )
              : problem(
                  `could not be opened (${error?.message || error?.name || 'unknown error'})`,
                ),
          ]),
        );
      };
    });
  }

  /** Runs `work` on an open database, closing it afterwards and turning any failure into a problem. */
  async function withDb<T>(
    work: (db: IdbDatabaseLike) => Promise<Result<T>>,
    doing: string,
  ): Promise<Result<T>> {
    const bad = badVersion();
    if (bad) return bad;
    const opened = await open();
    if (!opened.ok) return opened;
    const db = opened.value;
    try {
      return await work(db);
    } catch (e) {
      const quota = nameOf(e) === 'QuotaExceededError';
      return fail([
        problem(
          quota
            ? `is full: the browser refused to store more data while ${doing}`
            : `failed while ${doing} (${reasonOf(e)})`,
        ),
      ]);
    } finally {
      db.close();
    }
  }

  async function readCurrent(db: IdbDatabaseLike): Promise<unknown> {
    const tx = db.transaction(ACTIONS, 'readonly');
    const value = await requestResult(tx.objectStore(ACTIONS).get(CURRENT));
    await transactionDone(tx);
    return value;
  }

  async function readBackups(db: IdbDatabaseLike): Promise<StoredActionsBackup[]> {
    const tx = db.transaction(BACKUPS, 'readonly');
    const all = await requestResult(tx.objectStore(BACKUPS).getAll());
    await transactionDone(tx);
    return all as StoredActionsBackup[];
  }

  /** Writes the current record, first backing up `backup` if given, in one transaction. */
  async function write(
    db: IdbDatabaseLike,
    record: StoredActionsRecord,
    backup?: StoredActionsBackup,
  ): Promise<void> {
    const tx = db.transaction([ACTIONS, BACKUPS], 'readwrite');
    const done = transactionDone(tx);
    if (backup) tx.objectStore(BACKUPS).add(backup);
    tx.objectStore(ACTIONS).put(record, CURRENT);
    await done;
  }

  /** Keeps a copy of `record` unless the latest backup is already the same data. */
  async function backUp(
    db: IdbDatabaseLike,
    record: unknown,
    reason: StoredActionsBackup['reason'],
  ): Promise<void> {
    const existing = await readBackups(db);
    const last = existing[existing.length - 1];
    if (last && last.reason === reason && sameJson(last.record, record)) return;
    const tx = db.transaction(BACKUPS, 'readwrite');
    const done = transactionDone(tx);
    tx.objectStore(BACKUPS).add({ createdAt: now().toISOString(), reason, record });
    await done;
  }

  const recordOf = (actions: unknown): StoredActionsRecord => ({
    format: FORMAT,
    version,
    savedAt: now().toISOString(),
    actions,
  });

  const corrupt = (problems: Problem[]): Result<never> =>
    fail([
      ...problems,
      problem(
        'could not be read, so a copy was kept as a backup; saving replaces them, or reset() starts again with no actions',
        'the saved actions',
      ),
    ]);

  async function load(): Promise<Result<Action[]>> {
    return withDb(async (db) => {
      const stored = await readCurrent(db);
      if (stored === undefined) {
        trusted = true;
        return ok([]);
      }
      if (!isRecord(stored)) {
        await backUp(db, stored, 'corrupt');
        return corrupt([problem('are not in the format this store writes', 'the saved actions')]);
      }
      if (stored.version > version) {
        return fail([
          problem(
            `were saved by a newer version of this page (version ${stored.version}; this page reads version ${version}); reload the page`,
            'the saved actions',
          ),
        ]);
      }
      let data = stored.actions;
      const upgrading = stored.version < version;
      if (upgrading && options.upgrade) {
        try {
          data = options.upgrade(stored.actions, stored.version);
        } catch (e) {
          await backUp(db, stored, 'corrupt');
          return corrupt([
            problem(
              `could not be upgraded from version ${stored.version} to ${version} (${reasonOf(e)})`,
              'the saved actions',
            ),
          ]);
        }
      }
      const parsed = parseWithSchema(actionListSchema, data, 'the saved actions');
      if (!parsed.ok) {
        await backUp(db, stored, 'corrupt');
        return corrupt(
          parsed.problems.map((p) => ({ ...p, where: `the saved actions: ${p.where}` })),
        );
      }
      if (upgrading) {
        await write(db, recordOf(parsed.value), {
          createdAt: now().toISOString(),
          reason: 'upgrade',
          record: stored,
        });
      }
      trusted = true;
      return ok(parsed.value);
    }, 'loading the actions');
  }

  async function save(actions: readonly Action[]): Promise<Result<void>> {
    const parsed = parseWithSchema(actionListSchema, actions, 'the actions');
    if (!parsed.ok) return parsed;
    return withDb(async (db) => {
      if (!trusted) {
        // Never overwrite data that could not be read without keeping a copy of it first.
        const stored = await readCurrent(db);
        const readable =
          stored === undefined ||
          (isRecord(stored) &&
            stored.version <= version &&
            (stored.version < version || parseWithSchema(actionListSchema, stored.actions).ok));
        if (!readable) await backUp(db, stored, 'corrupt');
      }
      await write(db, recordOf(parsed.value));
      trusted = true;
      return ok(undefined);
    }, 'saving the actions');
  }

  async function clear(): Promise<Result<void>> {
    return withDb(async (db) => {
      const tx = db.transaction([ACTIONS, BACKUPS], 'readwrite');
      const done = transactionDone(tx);
      tx.objectStore(ACTIONS).clear();
      tx.objectStore(BACKUPS).clear();
      await done;
      trusted = true;
      return ok(undefined);
    }, 'clearing the actions');
  }

  async function deleteDatabase(): Promise<Result<void>> {
    if (!factory) return unavailable();
    return new Promise((resolve) => {
      try {
        const req = factory.deleteDatabase(name);
        req.onsuccess = () => resolve(ok(undefined));
        req.onerror = () =>
          resolve(
            fail([problem(`could not be deleted (${req.error?.message ?? 'unknown error'})`)]),
          );
        req.onblocked = () =>
          resolve(fail([problem('is in use by another tab; close other tabs and try again')]));
      } catch (e) {
        resolve(fail([problem(`could not be deleted (${reasonOf(e)})`)]));
      }
    });
  }

  async function reset(): Promise<Result<void>> {
    const bad = badVersion();
    if (bad) return bad;
    const opened = await open();
    if (!opened.ok) {
      // Only a database this page cannot open at all is deleted; an unavailable one stays a problem.
      return factory ? deleteDatabase() : opened;
    }
    const db = opened.value;
    try {
      const tx = db.transaction(ACTIONS, 'readwrite');
      const done = transactionDone(tx);
      tx.objectStore(ACTIONS).delete(CURRENT);
      await done;
      trusted = true;
      return ok(undefined);
    } catch (e) {
      return fail([problem(`failed while resetting the actions (${reasonOf(e)})`)]);
    } finally {
      db.close();
    }
  }

  async function backups(): Promise<Result<StoredActionsBackup[]>> {
    return withDb(async (db) => ok(await readBackups(db)), 'reading the backups');
  }

  return { name, version, load, save, clear, reset, backups };
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
