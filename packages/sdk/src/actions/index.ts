export {
  actionDueState,
  effectiveDue,
  daysUntilDue,
  type ActionDueState,
  type DueStateOptions,
} from './due-state.js';
export { progressScores, progressScoreKey } from './progress-score.js';
