import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { localisedTextSchema, type LocalisedText } from '../schema/common.js';
import { statementSchema, statementScoreSchema, type Statement } from '../schema/statement.js';
import { parseWithSchema } from '../io/parse-with-schema.js';

/** True when some language of the text has more than white space. */
export function hasLocalisedText(text: LocalisedText | undefined): boolean {
  if (text === undefined) return false;
  if (typeof text === 'string') return text.trim() !== '';
  return Object.values(text).some((s) => s.trim() !== '');
}

/**
 * A statement card as saved from an editing (co-production) session: the card's own schema,
 * plus an I statement (the point of co-producing one) and a score.
 */
export const editedStatementSchema = /* @__PURE__ */ z.extend(statementSchema, {
  iStatement: localisedTextSchema.check(z.refine(hasLocalisedText, 'must not be blank')),
  score: statementScoreSchema,
});

/** The form field a problem belongs to. Evidence fields carry the item's index. */
export type StatementEditField =
  | 'iStatement'
  | 'weStatement'
  | 'score'
  | 'scoreSource'
  | 'evidenceCategory'
  | 'evidenceTitle'
  | 'evidenceDate'
  | 'other';

/** `required`: nothing was given; `invalid`: something was, but it is not acceptable. */
export type StatementEditCode = 'required' | 'invalid';

export interface StatementEditIssue {
  field: StatementEditField;
  code: StatementEditCode;
  /** The evidence item's index, for evidence fields. */
  index?: number;
  /** The SDK's own description (English, with the JSON path), for logs and unmapped fields. */
  problem: Problem;
}

export type StatementEditResult =
  { ok: true; value: Statement } | { ok: false; issues: StatementEditIssue[]; problems: Problem[] };

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.values(value).every((v) => typeof v !== 'string' || v.trim() === '');
  }
  return false;
}

const EVIDENCE_FIELDS: Record<string, StatementEditField> = {
  category: 'evidenceCategory',
  title: 'evidenceTitle',
  date: 'evidenceDate',
};

function fieldOf(path: readonly (string | number)[]): {
  field: StatementEditField;
  index?: number;
  at: (string | number)[];
} {
  const [first, second, third] = path;
  if (first === 'iStatement' || first === 'weStatement') return { field: first, at: [first] };
  if (first === 'score') {
    if (second === 'source') return { field: 'scoreSource', at: ['score', 'source'] };
    return { field: 'score', at: second === 'value' ? ['score', 'value'] : ['score'] };
  }
  if (first === 'evidence' && typeof second === 'number' && typeof third === 'string') {
    const field = EVIDENCE_FIELDS[third];
    if (field) return { field, index: second, at: ['evidence', second, third] };
  }
  return { field: 'other', at: [...path] };
}

/**
 * Checks a statement card built by an editing form against `editedStatementSchema`, and says
 * which form field each problem belongs to and whether the field was left empty (`required`)
 * or filled in wrongly (`invalid`), so the form can word its own, localised error messages.
 * Never throws.
 */
export function checkStatementEdit(candidate: unknown): StatementEditResult {
  const result = parseWithSchema(editedStatementSchema, candidate, 'the statement');
  if (result.ok) return { ok: true, value: result.value };
  const issues = result.problems.map((problem): StatementEditIssue => {
    const { field, index, at } = fieldOf(problem.path ?? []);
    const code: StatementEditCode =
      field !== 'other' && isBlank(valueAt(candidate, at)) ? 'required' : 'invalid';
    return index === undefined ? { field, code, problem } : { field, code, index, problem };
  });
  return { ok: false, issues, problems: result.problems };
}

/** Zod's input type of an edited statement, for forms that build one. */
export type EditedStatementInput = z.input<typeof editedStatementSchema>;
