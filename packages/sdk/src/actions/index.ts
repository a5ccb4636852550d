export {
  actionDueState,
  attentionDueStates,
  effectiveDue,
  daysUntilDue,
  type ActionDueState,
  type DueStateOptions,
} from './due-state.js';
export { progressScores, progressScoreKey } from './progress-score.js';
export {
  localisedTextIn,
  localisedString,
  allLocalisedStrings,
  withLocalisedText,
  type PickedText,
} from './text.js';
export {
  filterActions,
  sortActions,
  groupActions,
  queryActions,
  actionMatchesQuery,
  actionOwners,
  ownerKey,
  normaliseSearchText,
  type ActionFilter,
  type ActionGroup,
  type ActionGroupBy,
  type ActionListOptions,
  type ActionQuery,
  type ActionQueryResult,
  type ActionSort,
  type ActionSortKey,
  type SortDirection,
} from './list.js';
export {
  nextActionId,
  nextPdsaCycleId,
  validateAction,
  addAction,
  replaceAction,
  removeAction,
  withStatus,
  importActionsCsv,
  type ValidateActionOptions,
} from './change.js';
