import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { actionListSchema, type Action } from '../schema/action.js';
import { parseWithSchema } from '../io/parse-with-schema.js';
import {
  globalChannelFactory,
  globalIdbFactory,
  isIdbFactory,
  requestResult,
  timers,
  transactionDone,
  type ChannelFactory,
  type IdbDatabaseLike,
  type IdbTransactionLike,
} from './idb-types.js';
import { mergeActions } from './merge-actions.js';
import { actionChangeChannel, type ActionStoreChange } from './change-channel.js';
import type {
  ActionsBase,
  ActionStore,
  IndexedDbActionStoreOptions,
  SaveActionsOptions,
  StoredActions,
  StoredActionsBackup,
  StoredActionsRecord,
} from './action-store.js';

export type { ActionStoreChange } from './change-channel.js';
export type {
  ActionsBase,
  ActionStore,
  IndexedDbActionStoreOptions,
  SaveActionsOptions,
  StoredActions,
  StoredActionsBackup,
  StoredActionsRecord,
} from './action-store.js';

/** Marks records written by this store, so anything else under the key is treated as corrupt. */
const FORMAT = 'qms-kit/actions';
const ACTIONS = 'actions';
const BACKUPS = 'backups';
const CURRENT = 'current';
const CONFLICT =
  'was changed in another tab or window after this page read it, and was changed here too, so nothing was saved; read the actions again, or save again choosing whose version to keep';

/** The ids of the actions a refused `save()` names as conflicts (changed here and elsewhere). */
export function conflictedActionIds(problems: readonly Problem[]): string[] {
  return problems.flatMap((p) =>
    p.code === 'conflict' && p.path?.[0] === 'actions' && typeof p.path[1] === 'string'
      ? [p.path[1]]
      : [],
  );
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

/** A deep, frozen copy (actions are plain JSON data), so a caller's edits cannot change a base. */
function frozenCopy(actions: readonly Action[]): readonly Action[] {
  return JSON.parse(JSON.stringify(actions), (_key, value: unknown) =>
    typeof value === 'object' && value !== null ? Object.freeze(value) : value,
  ) as readonly Action[];
}

const baseOf = (revision: number, actions: readonly Action[]): ActionsBase =>
  Object.freeze({ revision, actions: frozenCopy(actions) });

/** What the stored record holds, decided without touching storage. */
type Decoded =
  | { kind: 'empty' }
  | {
      kind: 'ok';
      actions: Action[];
      revision: number;
      revisions: Record<string, number>;
      /** Set when the record was upgraded from an older version: it should be written back. */
      upgraded?: StoredActionsRecord;
    }
  | { kind: 'newer'; problems: Problem[] }
  | { kind: 'corrupt'; problems: Problem[] };

/**
 * An `ActionStore` on IndexedDB. Wire it to a tracker's events:
 *
 * ```ts
 * const store = createIndexedDbActionStore({ name: 'ward-7-actions' });
 * const loaded = await store.read();
 * if (loaded.ok) tracker.actions = loaded.value.actions;
 * let base = loaded.ok ? loaded.value.base : undefined;
 * tracker.addEventListener('qms-action-change', async (e) => {
 *   const saved = await store.save(e.detail.actions, { base });
 *   if (saved.ok) base = saved.value;
 *   else showProblems(saved.problems); // e.g. a conflict with another tab: the edit stays on screen
 * });
 * store.subscribe(async () => {
 *   const latest = await store.read(); // another tab saved: show its changes
 *   if (latest.ok) ({ actions: tracker.actions, base } = latest.value);
 * });
 * ```
 */
export function createIndexedDbActionStore(options: IndexedDbActionStoreOptions = {}): ActionStore {
  const name = options.name ?? 'qms-kit-actions';
  const version = options.version ?? 1;
  const now = options.now ?? (() => new Date());
  // Timers treat NaN, 0, negatives, Infinity and anything past 2^31 - 1 ms as "now": use the default.
  const givenTimeout = options.openTimeout;
  const openTimeout =
    typeof givenTimeout === 'number' && givenTimeout > 0 && givenTimeout <= 2_147_483_647
      ? givenTimeout
      : 10_000;
  const explicitlyAbsent = 'indexedDB' in options && !options.indexedDB;
  const factory = explicitlyAbsent
    ? undefined
    : isIdbFactory(options.indexedDB)
      ? options.indexedDB
      : globalIdbFactory();
  const openChannel: ChannelFactory | undefined =
    'broadcastChannel' in options ? (options.broadcastChannel ?? undefined) : globalChannelFactory;
  // The base of a save() given none: what this store object last read or wrote.
  let lastBase: ActionsBase | undefined;
  // This object's reads and writes run one after another, so a save given no base starts from
  // the one before it even when the caller did not wait (saving on every change).
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

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

  /** Opens (creating or upgrading) the database; every failure, or no answer in time, is a problem. */
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
      let settled = false;
      const settle = (result: Result<IdbDatabaseLike>): boolean => {
        if (settled) return false;
        settled = true;
        timers.clearTimeout(timer);
        resolve(result);
        return true;
      };
      const timer = timers.setTimeout(
        () =>
          settle(
            fail([
              problem(
                `did not open within ${openTimeout / 1000} seconds (another tab of this page may be holding it); close other tabs and reload`,
              ),
            ]),
          ),
        openTimeout,
      );
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(ACTIONS)) db.createObjectStore(ACTIONS);
        if (!db.objectStoreNames.contains(BACKUPS)) {
          db.createObjectStore(BACKUPS, { autoIncrement: true });
        }
      };
      req.onblocked = () =>
        settle(
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
        // An answer after the timeout (or after being blocked) finds no one waiting: let go.
        if (!settle(ok(db))) db.close();
      };
      req.onerror = () => {
        const error = req.error;
        settle(
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

  /**
   * Runs `work` in ONE readwrite transaction over both stores and resolves once it has
   * committed. Everything between its reads and writes is synchronous, so no other tab's write
   * can land in between: IndexedDB runs overlapping readwrite transactions one after another.
   */
  async function transact<T>(
    db: IdbDatabaseLike,
    work: (tx: IdbTransactionLike) => Promise<T>,
  ): Promise<T> {
    const tx = db.transaction([ACTIONS, BACKUPS], 'readwrite');
    const done = transactionDone(tx);
    done.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    let value: T;
    try {
      value = await work(tx);
    } catch (e) {
      try {
        tx.abort?.();
      } catch {
        // Already finished: the error below says why.
      }
      throw e;
    }
    await done;
    return value;
  }

  /** Keeps a copy of `record` unless the latest backup is already the same data. */
  async function backUp(
    tx: IdbTransactionLike,
    record: unknown,
    reason: StoredActionsBackup['reason'],
  ): Promise<void> {
    const backups = tx.objectStore(BACKUPS);
    const existing = (await requestResult(backups.getAll())) as StoredActionsBackup[];
    const last = existing[existing.length - 1];
    if (last && last.reason === reason && sameJson(last.record, record)) return;
    backups.add({ createdAt: now().toISOString(), reason, record });
  }

  async function readBackups(db: IdbDatabaseLike): Promise<StoredActionsBackup[]> {
    const tx = db.transaction(BACKUPS, 'readonly');
    const all = await requestResult(tx.objectStore(BACKUPS).getAll());
    await transactionDone(tx);
    return all as StoredActionsBackup[];
  }

  const corruptProblems = (problems: Problem[]): Problem[] => [
    ...problems,
    problem(
      'could not be read, so a copy was kept as a backup; saving replaces them, or reset() starts again with no actions',
      'the saved actions',
    ),
  ];

  /** Reads what is stored: upgraded and checked against the schema, but not yet written back. */
  function decode(stored: unknown): Decoded {
    if (stored === undefined) return { kind: 'empty' };
    if (!isRecord(stored)) {
      return {
        kind: 'corrupt',
        problems: [problem('are not in the format this store writes', 'the saved actions')],
      };
    }
    if (stored.version > version) {
      return {
        kind: 'newer',
        problems: [
          problem(
            `were saved by a newer version of this page (version ${stored.version}; this page reads version ${version}); reload the page`,
            'the saved actions',
          ),
        ],
      };
    }
    let data = stored.actions;
    const upgrading = stored.version < version;
    if (upgrading && options.upgrade) {
      try {
        data = options.upgrade(stored.actions, stored.version);
      } catch (e) {
        return {
          kind: 'corrupt',
          problems: [
            problem(
              `could not be upgraded from version ${stored.version} to ${version} (${reasonOf(e)})`,
              'the saved actions',
            ),
          ],
        };
      }
    }
    const parsed = parseWithSchema(actionListSchema, data, 'the saved actions');
    if (!parsed.ok) {
      return {
        kind: 'corrupt',
        problems: parsed.problems.map((p) => ({ ...p, where: `the saved actions: ${p.where}` })),
      };
    }
    const revision =
      typeof stored.revision === 'number' && Number.isInteger(stored.revision)
        ? stored.revision
        : 0;
    const revisions =
      typeof stored.revisions === 'object' && stored.revisions !== null ? stored.revisions : {};
    return {
      kind: 'ok',
      actions: parsed.value,
      revision,
      revisions,
      ...(upgrading ? { upgraded: stored } : {}),
    };
  }

  function recordOf(
    actions: readonly Action[],
    revision: number,
    revisions: Record<string, number>,
  ): StoredActionsRecord {
    return { format: FORMAT, version, savedAt: now().toISOString(), actions, revision, revisions };
  }

  const changes = actionChangeChannel(name, openChannel);
  const announce = changes.announce;

  const read = (): Promise<Result<StoredActions>> => inTurn(readNow);

  async function readNow(): Promise<Result<StoredActions>> {
    const result = await withDb(
      (db) =>
        transact(db, async (tx): Promise<Result<StoredActions>> => {
          const store = tx.objectStore(ACTIONS);
          const stored = await requestResult(store.get(CURRENT));
          const decoded = decode(stored);
          switch (decoded.kind) {
            case 'empty':
              return ok({ actions: [], base: baseOf(0, []) });
            case 'newer':
              return fail(decoded.problems);
            case 'corrupt':
              await backUp(tx, stored, 'corrupt');
              return fail(corruptProblems(decoded.problems));
            case 'ok': {
              const { actions, revisions, upgraded } = decoded;
              let revision = decoded.revision;
              if (upgraded) {
                await backUp(tx, upgraded, 'upgrade');
                revision += 1;
                const all = Object.fromEntries(actions.map((a) => [a.id, revision]));
                store.put(recordOf(actions, revision, { ...revisions, ...all }), CURRENT);
              }
              return ok({ actions, base: baseOf(revision, actions) });
            }
          }
        }),
      'loading the actions',
    );
    if (result.ok) lastBase = result.value.base;
    return result;
  }

  async function load(): Promise<Result<Action[]>> {
    const result = await read();
    return result.ok ? ok(result.value.actions) : result;
  }

  async function save(
    actions: readonly Action[],
    saveOptions: SaveActionsOptions = {},
  ): Promise<Result<ActionsBase>> {
    const parsed = parseWithSchema(actionListSchema, actions, 'the actions');
    if (!parsed.ok) return parsed;
    const mine = parsed.value;
    return inTurn(() => saveNow(mine, saveOptions));
  }

  async function saveNow(
    mine: Action[],
    saveOptions: SaveActionsOptions,
  ): Promise<Result<ActionsBase>> {
    const base = saveOptions.base ?? lastBase ?? baseOf(0, []);
    const policy = saveOptions.conflicts ?? 'refuse';
    let change: Omit<ActionStoreChange, 'name'> | undefined;
    const result = await withDb(
      (db) =>
        transact(db, async (tx): Promise<Result<ActionsBase>> => {
          const store = tx.objectStore(ACTIONS);
          const stored = await requestResult(store.get(CURRENT));
          const decoded = decode(stored);
          if (decoded.kind === 'newer') return fail(decoded.problems);
          // Never overwrite data that could not be read without keeping a copy of it first.
          if (decoded.kind === 'corrupt') await backUp(tx, stored, 'corrupt');
          if (decoded.kind === 'ok' && decoded.upgraded) {
            await backUp(tx, decoded.upgraded, 'upgrade');
          }
          const theirs = decoded.kind === 'ok' ? decoded : undefined;
          const merge = theirs
            ? mergeActions(base.actions, mine, theirs.actions, policy)
            : { actions: mine, written: mine.map((a) => a.id), conflicts: [] };
          if (merge.conflicts.length > 0 && policy === 'refuse') {
            return fail(
              merge.conflicts.map((id) => ({
                where: `action ${id}`,
                message: CONFLICT,
                code: 'conflict',
                path: ['actions', id],
              })),
            );
          }
          const revision = theirs?.revision ?? 0;
          if (merge.written.length === 0 && theirs && !theirs.upgraded) {
            return ok(baseOf(revision, mine)); // nothing new to write
          }
          // Every merged action passed the schema, but the list's own rules (unique ids) still apply.
          const list = parseWithSchema(actionListSchema, merge.actions, 'the merged actions');
          if (!list.ok) return list;
          const next = revision + 1;
          const revisions: Record<string, number> = {};
          const written = new Set(merge.written);
          for (const a of list.value) {
            revisions[a.id] =
              written.has(a.id) || theirs?.upgraded ? next : (theirs?.revisions[a.id] ?? 0);
          }
          store.put(recordOf(list.value, next, revisions), CURRENT);
          change = { revision: next, kind: 'save', actions: merge.written };
          return ok(baseOf(next, mine));
        }),
      'saving the actions',
    );
    if (result.ok) lastBase = result.value;
    if (result.ok && change) announce(change);
    return result;
  }

  const clear = (): Promise<Result<void>> => inTurn(clearNow);

  async function clearNow(): Promise<Result<void>> {
    const result = await withDb(async (db) => {
      await transact(db, async (tx) => {
        tx.objectStore(ACTIONS).clear();
        tx.objectStore(BACKUPS).clear();
      });
      return ok(undefined);
    }, 'clearing the actions');
    if (result.ok) {
      lastBase = baseOf(0, []);
      announce({ revision: 0, kind: 'clear', actions: [] });
    }
    return result;
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

  const reset = (): Promise<Result<void>> => inTurn(resetNow);

  async function resetNow(): Promise<Result<void>> {
    const bad = badVersion();
    if (bad) return bad;
    const opened = await open();
    if (!opened.ok) {
      // Only a database this page cannot open at all is deleted; an unavailable one stays a problem.
      if (!factory) return opened;
      const deleted = await deleteDatabase();
      if (deleted.ok) announce({ revision: 0, kind: 'clear', actions: [] });
      return deleted;
    }
    const db = opened.value;
    try {
      await transact(db, async (tx) => {
        tx.objectStore(ACTIONS).delete(CURRENT);
      });
      lastBase = baseOf(0, []);
      announce({ revision: 0, kind: 'clear', actions: [] });
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

  return {
    name,
    version,
    load,
    read,
    save,
    subscribe: changes.subscribe,
    clear,
    reset,
    backups,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
