export {
  conflictedActionIds,
  createIndexedDbActionStore,
  type ActionsBase,
  type ActionStore,
  type ActionStoreChange,
  type IndexedDbActionStoreOptions,
  type SaveActionsOptions,
  type StoredActions,
  type StoredActionsBackup,
  type StoredActionsRecord,
} from './indexeddb-action-store.js';
export { mergeActions, type ActionConflictPolicy, type ActionsMerge } from './merge-actions.js';
export type {
  ChannelFactory,
  ChannelLike,
  IdbDatabaseLike,
  IdbError,
  IdbFactoryLike,
  IdbObjectStoreLike,
  IdbOpenRequestLike,
  IdbRequestLike,
  IdbTransactionLike,
} from './idb-types.js';
