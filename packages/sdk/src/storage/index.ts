export {
  createIndexedDbActionStore,
  type ActionStore,
  type IndexedDbActionStoreOptions,
  type StoredActionsBackup,
  type StoredActionsRecord,
} from './indexeddb-action-store.js';
export type {
  IdbDatabaseLike,
  IdbError,
  IdbFactoryLike,
  IdbObjectStoreLike,
  IdbOpenRequestLike,
  IdbRequestLike,
  IdbTransactionLike,
} from './idb-types.js';
