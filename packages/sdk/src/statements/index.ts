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
