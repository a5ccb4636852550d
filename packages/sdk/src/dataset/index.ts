/**
 * A whole dataset as elements share it: applying the changes elements make (immutably), and
 * picking the records relevant to what a user has selected across the page.
 */
export {
  datasetWithActionChange,
  datasetWithStatementChange,
  datasetWithAssessmentChange,
  type DatasetActionChange,
  type DatasetStatementChange,
  type DatasetAssessmentChange,
} from './change.js';
export {
  nextSelection,
  normaliseSelection,
  sameSelection,
  isEmptySelection,
  type QmsSelection,
  type QmsSelectionChange,
} from './selection.js';
export { filterDatasetBySelection, UNASSIGNED_DOMAIN, type SelectedRecords } from './filter.js';
export {
  mergeRecord,
  sameValue,
  valueAtPath,
  type MergeOptions,
  type MergePath,
  type RecordMerge,
} from './merge.js';
