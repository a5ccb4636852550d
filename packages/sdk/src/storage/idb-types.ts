/**
 * The few IndexedDB shapes the action store uses, declared here because the SDK compiles without
 * the DOM library. They are structural: the browser's `indexedDB` fits them, and so does a fake.
 * Handlers take `never` so any browser handler signature (with its `this` and event) fits.
 */

export interface IdbError {
  readonly name: string;
  readonly message: string;
}

export interface IdbRequestLike<T = unknown> {
  readonly result: T;
  readonly error: IdbError | null;
  onsuccess: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
}

export interface IdbOpenRequestLike extends IdbRequestLike<IdbDatabaseLike> {
  onupgradeneeded: ((event: never) => unknown) | null;
  onblocked: ((event: never) => unknown) | null;
}

export interface IdbObjectStoreLike {
  get(key: string): IdbRequestLike;
  getAll(): IdbRequestLike<unknown[]>;
  put(value: unknown, key?: string): IdbRequestLike;
  add(value: unknown): IdbRequestLike;
  delete(key: string): IdbRequestLike;
  clear(): IdbRequestLike;
}

export interface IdbTransactionLike {
  objectStore(name: string): IdbObjectStoreLike;
  readonly error: IdbError | null;
  oncomplete: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
  onabort: ((event: never) => unknown) | null;
  abort?(): void;
}

export interface IdbDatabaseLike {
  readonly version: number;
  readonly objectStoreNames: { contains(name: string): boolean };
  createObjectStore(
    name: string,
    options?: { autoIncrement?: boolean; keyPath?: string | null },
  ): unknown;
  transaction(storeNames: string | string[], mode?: 'readonly' | 'readwrite'): IdbTransactionLike;
  close(): void;
  onversionchange: ((event: never) => unknown) | null;
}

export interface IdbFactoryLike {
  open(name: string, version?: number): IdbOpenRequestLike;
  deleteDatabase(name: string): IdbRequestLike & { onblocked: ((event: never) => unknown) | null };
}

/** True for something shaped like `indexedDB` (an `open` and a `deleteDatabase` method). */
export function isIdbFactory(value: unknown): value is IdbFactoryLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { open?: unknown; deleteDatabase?: unknown };
  return typeof candidate.open === 'function' && typeof candidate.deleteDatabase === 'function';
}

/** The global `indexedDB`, if this environment has one (reading it can throw where storage is blocked). */
export function globalIdbFactory(): IdbFactoryLike | undefined {
  try {
    const candidate = (globalThis as { indexedDB?: unknown }).indexedDB;
    return isIdbFactory(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** A request's result as a promise; its error (or a missing one) as a rejection. */
export function requestResult<T>(request: IdbRequestLike<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toError(request.error, 'the request failed'));
  });
}

/** Resolves when a transaction commits; rejects when it fails or is aborted. */
export function transactionDone(tx: IdbTransactionLike): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(toError(tx.error, 'the transaction failed'));
    tx.onabort = () => reject(toError(tx.error, 'the transaction was aborted'));
  });
}

export function toError(error: IdbError | null | undefined, fallback: string): Error {
  const e = new Error(error?.message || fallback);
  e.name = error?.name || 'Error';
  return e;
}

/** The part of `BroadcastChannel` the store uses to tell other tabs of a change. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { readonly data: unknown }) => unknown) | null;
}

/** Opens a channel by name; `undefined` where there is none (the store then tells no other tab). */
export type ChannelFactory = (name: string) => ChannelLike | undefined;

/** `new BroadcastChannel(name)` where the environment has one (browsers, Node 18+, workers). */
export const globalChannelFactory: ChannelFactory = (name) => {
  try {
    const Channel = (
      globalThis as unknown as { BroadcastChannel?: new (name: string) => ChannelLike }
    ).BroadcastChannel;
    return typeof Channel === 'function' ? new Channel(name) : undefined;
  } catch {
    return undefined;
  }
};

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The host's timers (every JavaScript host has them; the SDK's ES-only lib does not declare them). */
export const timers = globalThis as unknown as Timers;
