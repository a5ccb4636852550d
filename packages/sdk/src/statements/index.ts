export { cqcQualityStatements2024 } from './cqc-saf-2024.js';
export {
  qualityStatementSets,
  findQualityStatementSet,
  findQualityStatement,
} from './statement-sets.js';
export {
  keyQuestionScore,
  keyQuestionScores,
  ratingBand,
  type KeyQuestionScore,
  type RatingBand,
} from './score.js';
export { evidenceSummary, type EvidenceCategorySummary } from './evidence-summary.js';
export { statementReviewState, type StatementReviewState } from './review-state.js';
export { statementContext, type StatementContext } from './statement-context.js';
export { statementMeasureIds, statementActions, type StatementActionLinks } from './links.js';
export {
  checkStatementEdit,
  editedStatementSchema,
  hasLocalisedText,
  type EditedStatementInput,
  type StatementEditCode,
  type StatementEditField,
  type StatementEditIssue,
  type StatementEditResult,
} from './edit.js';
