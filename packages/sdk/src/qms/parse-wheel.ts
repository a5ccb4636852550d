import * as z from 'zod/mini';
import type { Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import type { Action } from '../schema/action.js';
import { actionListSchema } from '../schema/action.js';
import type { Measure } from '../schema/measure.js';
import { measureSchema } from '../schema/measure.js';
import type { QmsAssessment } from '../schema/qms.js';
import { qmsAssessmentSchema } from '../schema/qms.js';
import { uniqueIds } from '../schema/unique.js';
import { parseDatasetJson } from '../io/parse-json.js';
import { jsonValue, looksLikeDataset } from '../io/json-text.js';
import { parseWithSchema } from '../io/parse-with-schema.js';

/** What the QMS cycle wheel reads: the assessment, and optionally what its segments link to. */
export interface CycleWheelInput {
  assessment: QmsAssessment;
  measures?: Measure[];
  actions?: Action[];
}

const bundleSchema = /* @__PURE__ */ z.object({
  assessment: qmsAssessmentSchema,
  measures: z.optional(z.array(measureSchema).check(z.superRefine(uniqueIds('measure')))),
  actions: z.optional(actionListSchema),
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The wheel's input from JSON text or a value: a whole dataset (recognised by its
 * `organisation`; it must hold an assessment), `{ assessment, measures?, actions? }`, or a bare
 * assessment. Problems name the JSON path; never throws.
 */
export function parseCycleWheelJson(input: unknown): Result<CycleWheelInput> {
  const read = jsonValue(input);
  if (!read.ok) return read;
  const value = read.value;
  if (looksLikeDataset(value)) {
    const dataset = parseDatasetJson(value);
    if (!dataset.ok) return dataset;
    const { assessment, measures, actions } = dataset.value;
    if (!assessment) {
      return fail([{ where: 'the dataset', message: 'has no "assessment" for the wheel to show' }]);
    }
    return ok({ assessment, measures, actions });
  }
  if (isRecord(value) && 'assessment' in value) {
    const bundle = parseWithSchema(bundleSchema, value, 'the input');
    if (!bundle.ok) return bundle;
    const result: CycleWheelInput = { assessment: bundle.value.assessment };
    if (bundle.value.measures) result.measures = bundle.value.measures;
    if (bundle.value.actions) result.actions = bundle.value.actions;
    return ok(result);
  }
  const foreign = notAnAssessment(value);
  if (foreign) return fail([{ where: 'the input', message: foreign }]);
  const assessment = parseWithSchema(qmsAssessmentSchema, value, 'the assessment');
  return assessment.ok ? ok({ assessment: assessment.value }) : assessment;
}

const ASSESSMENT_FIELDS = [
  'scope',
  'scopeName',
  'assessedOn',
  'centre',
  'maturityScale',
  'aspects',
  'feedback',
  'enablers',
];

/**
 * An object with fields but none of an assessment's (e.g. a server's `{"error":"Session
 * expired"}`) is not drawn as an empty wheel: it is refused, quoting what it says.
 */
function notAnAssessment(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((k) => ASSESSMENT_FIELDS.includes(k))) return undefined;
  const said = ['error', 'message', 'detail', 'title']
    .map((k) => value[k])
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const fields = keys
    .slice(0, 5)
    .map((k) => `"${k.slice(0, 40)}"`)
    .join(', ');
  return (
    `is not an assessment: it has none of its fields (aspects, feedback, enablers…), only ${fields}` +
    (said ? `; it says "${said.slice(0, 200)}"` : '')
  );
}
