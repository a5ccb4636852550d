import * as z from 'zod/mini';
import type { Result } from '../problems.js';
import { datasetSchema, type Dataset } from '../schema/dataset.js';
import { measureSchema, type Measure } from '../schema/measure.js';
import { actionListSchema, type Action } from '../schema/action.js';
import { statementSchema, type Statement } from '../schema/statement.js';
import { qmsAssessmentSchema, type QmsAssessment } from '../schema/qms.js';
import { frameworkSchema, type Framework } from '../schema/framework.js';
import { parseWithSchema } from './parse-with-schema.js';

/**
 * A whole dataset from JSON text or an already-parsed value, with every cross-reference checked.
 * Problems name the JSON path (`measures[2].data[5].y`) or, for syntax errors, line and column.
 */
export function parseDatasetJson(input: unknown): Result<Dataset> {
  return parseWithSchema(datasetSchema, input, 'the dataset');
}

/** One measure from JSON text or a value. */
export function parseMeasureJson(input: unknown): Result<Measure> {
  return parseWithSchema(measureSchema, input, 'the measure');
}

// Accept a bare list or `{ "actions": [...] }`, as hosts export either. Every call is marked pure
// so bundlers drop this schema (and the action schemas) when only the other parsers are used.
const actionsDocumentSchema = /* @__PURE__ */ z.union([
  actionListSchema,
  /* @__PURE__ */ z.pipe(
    /* @__PURE__ */ z.object({ actions: actionListSchema }),
    /* @__PURE__ */ z.transform((doc: { actions: Action[] }) => doc.actions),
  ),
]);

/** A list of actions (a bare array or `{ "actions": [...] }`) from JSON text or a value. */
export function parseActionsJson(input: unknown): Result<Action[]> {
  return parseWithSchema(actionsDocumentSchema, input, 'the actions');
}

/** One I/We statement card from JSON text or a value. */
export function parseStatementJson(input: unknown): Result<Statement> {
  return parseWithSchema(statementSchema, input, 'the statement');
}

/** A QMS self-assessment (the wheel's state) from JSON text or a value. */
export function parseAssessmentJson(input: unknown): Result<QmsAssessment> {
  return parseWithSchema(qmsAssessmentSchema, input, 'the assessment');
}

/** A custom framework from JSON text or a value. */
export function parseFrameworkJson(input: unknown): Result<Framework> {
  return parseWithSchema(frameworkSchema, input, 'the framework');
}
