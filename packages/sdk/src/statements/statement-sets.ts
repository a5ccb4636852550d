import type { QualityStatementDefinition, QualityStatementSet } from '../schema/statement.js';
import { cqcQualityStatements2024 } from './cqc-saf-2024.js';

/** The shipped quality-statement sets. A card names its set by `framework` and `version`. */
export const qualityStatementSets: readonly QualityStatementSet[] = [cqcQualityStatements2024];

/** The set a statement card follows, if it is one that ships. */
export function findQualityStatementSet(
  framework: string,
  version: string,
): QualityStatementSet | undefined {
  return qualityStatementSets.find((s) => s.framework === framework && s.version === version);
}

/** A quality statement of a shipped set by id. */
export function findQualityStatement(
  framework: string,
  version: string,
  id: string,
): QualityStatementDefinition | undefined {
  return findQualityStatementSet(framework, version)?.statements.find((s) => s.id === id);
}
