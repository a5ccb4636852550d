import type { Result } from '../problems.js';
import type { Action } from '../schema/action.js';
import type { ChannelFactory, IdbFactoryLike } from './idb-types.js';
import type { ActionConflictPolicy } from './merge-actions.js';
import type { ActionStoreChange } from './change-channel.js';

// The action store's public shapes; `indexeddb-action-store.ts` implements them on IndexedDB.

/** What is stored under the `current` key: the actions and the data version they follow. */
export interface StoredActionsRecord {
  format: 'qms-kit/actions';
  /** The store's `version` when the actions were saved. */
  version: number;
  /** ISO date-time of the save. */
  savedAt: string;
  actions: unknown;
  /** Raised by one on every write; absent in records written before revisions (read as 0). */
  revision?: number;
  /** For each action id, the `revision` of the write that last changed it. */
  revisions?: Record<string, number>;
}

/** A copy kept before the store replaced data it could not read, or upgraded it. */
export interface StoredActionsBackup {
  /** ISO date-time the copy was made. */
  createdAt: string;
  reason: 'corrupt' | 'upgrade';
  /** The record exactly as it was found (it may not be a `StoredActionsRecord`). */
  record: unknown;
}

/**
 * What a list of actions was made from: pass it back to `save()` so the store can tell this
 * writer's changes from other tabs' changes made meanwhile. Treat it as opaque and immutable.
 */
export interface ActionsBase {
  /** The store's revision when this base was read or written (0: nothing saved yet). */
  readonly revision: number;
  /** A frozen copy of the actions the writer's list was made from. */
  readonly actions: readonly Action[];
}

/** The saved actions with the base to save changes to them against. */
export interface StoredActions {
  actions: Action[];
  base: ActionsBase;
}

export interface SaveActionsOptions {
  /**
   * What `actions` was made from: a base from `read()` or from the previous `save()`. Default:
   * the base this store object last read or wrote (none before the first: nothing is deleted).
   */
  base?: ActionsBase;
  /**
   * What to do with an action changed both here and, differently, in another tab since `base`:
   * `refuse` (the default) saves nothing and reports the conflict; `keep-mine` stores this
   * writer's version; `keep-theirs` keeps the stored one and saves the rest.
   */
  conflicts?: ActionConflictPolicy;
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
  /**
   * How long to wait, in milliseconds, for the browser to open the database before reporting a
   * problem (a tab holding an old connection can keep `open` waiting for ever). Default 10 000.
   */
  openTimeout?: number;
  /**
   * Opens the channel that tells other tabs of changes. Default: `BroadcastChannel` where the
   * environment has one; `null` tells no one (and `subscribe()` then hears nothing).
   */
  broadcastChannel?: ChannelFactory | null;
}

/**
 * Saves a tracker's actions in the browser, safely across tabs. Every method resolves to a
 * `Result` and never throws or rejects: storage that is unavailable, blocked, slow to open,
 * full, from a newer version, holding data that fails the schema, or changed by another tab in
 * a way that conflicts with this save is reported as problems.
 */
export interface ActionStore {
  readonly name: string;
  readonly version: number;
  /**
   * The saved actions (`[]` when nothing is saved). Data that fails the schema is copied to a
   * backup and reported; it stays in place until `save()` or `reset()` replaces it. Like
   * `read()`, it becomes the base of this store object's next `save()` without a base.
   */
  load(): Promise<Result<Action[]>>;
  /** The saved actions and the base to pass to `save()` with changes to them. */
  read(): Promise<Result<StoredActions>>;
  /**
   * Validates and saves the actions, merged one action at a time with what other tabs saved
   * since `options.base`: an action only this writer changed (added, edited, deleted) is written;
   * one only another tab changed keeps that tab's version; one changed on both sides, to
   * different values, is a conflict (by default nothing is saved and a problem per action names
   * it, see `conflictedActionIds`). Resolves to the base for `actions`, for the next save.
   * Reading, checking and writing happen in one IndexedDB transaction, so tabs cannot interleave.
   */
  save(actions: readonly Action[], options?: SaveActionsOptions): Promise<Result<ActionsBase>>;
  /**
   * Calls `listener` when another tab, or another store object on the same database, changes
   * the actions; read them again to show the change. Returns a function that stops the calls.
   */
  subscribe(listener: (change: ActionStoreChange) => void): () => void;
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
