import { findDomain, getFramework } from '../frameworks/get-framework.js';
import type { LocalisedText } from '../schema/common.js';
import type { QualityStatementDefinition, Statement } from '../schema/statement.js';
import { findQualityStatement, findQualityStatementSet } from './statement-sets.js';

/** What a statement card's ids refer to, for its header. */
export interface StatementContext {
  /**
   * The framework's name, from a shipped quality-statement set (e.g. CQC SAF 2024) or a
   * framework preset (e.g. Wales HCQS 2023); `undefined` for a local framework, whose id is all
   * there is to show.
   */
  frameworkName: LocalisedText | undefined;
  /** The key question's or domain's label (e.g. Safe, Person-centred); `undefined` if unknown. */
  keyQuestionLabel: LocalisedText | undefined;
  /** The framework's own definition of the statement, when the card names one that ships. */
  qualityStatement: QualityStatementDefinition | undefined;
}

/**
 * Resolves a card's `framework`, `version`, `keyQuestion` and `qualityStatementId` against the
 * shipped quality-statement sets, then the framework presets. Versions matter for sets (CQC's
 * is being replaced) and for presets: a card for another version of a preset is not given its
 * labels, as they may have changed.
 */
export function statementContext(
  statement: Pick<Statement, 'framework' | 'version' | 'keyQuestion' | 'qualityStatementId'>,
): StatementContext {
  const set = findQualityStatementSet(statement.framework, statement.version);
  if (set) {
    const keyQuestions = getFramework(set.keyQuestionFramework);
    return {
      frameworkName: set.name,
      keyQuestionLabel: keyQuestions
        ? findDomain(keyQuestions, statement.keyQuestion)?.label
        : undefined,
      qualityStatement:
        statement.qualityStatementId === undefined
          ? undefined
          : findQualityStatement(set.framework, set.version, statement.qualityStatementId),
    };
  }
  const framework = getFramework(statement.framework);
  if (framework && framework.version === statement.version) {
    return {
      frameworkName: framework.name,
      keyQuestionLabel: findDomain(framework, statement.keyQuestion)?.label,
      qualityStatement: undefined,
    };
  }
  return { frameworkName: undefined, keyQuestionLabel: undefined, qualityStatement: undefined };
}
