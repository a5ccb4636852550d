import type { MergePath, Problem, Statement, StatementEditField } from '@qms-kit/sdk';
import type { StatementDraft } from './draft.js';

/** What the card's editing form shows besides the draft itself, as plain data. */

/** A form problem, tied to an evidence item by its draft key (indices shift on removal). */
export interface FormIssue {
  field: StatementEditField;
  code: 'required' | 'invalid';
  key?: number;
  problem: Problem;
}

/** Fields the host and the user both changed since editing started; nothing saved until chosen. */
export interface StatementConflict {
  paths: MergePath[];
  /** The user's edit, as it would be saved over the statement editing started from. */
  mine: Record<string, unknown>;
  /** The statement as it was when the conflict was found. */
  theirs: Statement;
}

/** The id of the input a problem belongs to (the checked radio, or the first, for a group). */
export function fieldIdOf(issue: FormIssue, draft: StatementDraft): string | undefined {
  const key = issue.key;
  switch (issue.field) {
    case 'iStatement':
      return 'f-i';
    case 'weStatement':
      return 'f-we';
    case 'score':
      return `f-score-${draft.score ?? 1}`;
    case 'scoreSource':
      return `f-source-${draft.source}`;
    case 'evidenceCategory':
      return key === undefined ? undefined : `f-ev-${key}-category`;
    case 'evidenceTitle':
      return key === undefined ? undefined : `f-ev-${key}-title`;
    case 'evidenceDate':
      return key === undefined ? undefined : `f-ev-${key}-date`;
    default:
      return undefined;
  }
}
