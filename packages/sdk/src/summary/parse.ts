import * as z from 'zod/mini';
import type { Result } from '../problems.js';
import { ok } from '../problems.js';
import type { LocalisedText } from '../schema/common.js';
import { localisedTextSchema } from '../schema/common.js';
import type { Framework, FrameworkPresetId } from '../schema/framework.js';
import { frameworkPresetIdSchema, frameworkSchema } from '../schema/framework.js';
import type { Measure } from '../schema/measure.js';
import { measureSchema } from '../schema/measure.js';
import { uniqueIds } from '../schema/unique.js';
import { parseDatasetJson } from '../io/parse-json.js';
import { jsonValue, looksLikeDataset } from '../io/json-text.js';
import { parseWithSchema } from '../io/parse-with-schema.js';

/** What a domain scorecard reads: measures, and optionally the framework they are tagged in. */
export interface ScorecardInput {
  measures: Measure[];
  framework?: FrameworkPresetId | Framework;
  organisation?: LocalisedText;
  /** True when the data is invented: the scorecard then says "Synthetic data". */
  synthetic?: boolean;
}

const measureListSchema = /* @__PURE__ */ z
  .array(measureSchema)
  .check(z.superRefine(uniqueIds('measure')));

const scorecardDocumentSchema = /* @__PURE__ */ z.union([
  z.pipe(
    measureListSchema,
    z.transform((measures: Measure[]): ScorecardInput => ({ measures })),
  ),
  z.object({
    measures: measureListSchema,
    framework: z.optional(z.union([frameworkPresetIdSchema, frameworkSchema])),
    organisation: z.optional(localisedTextSchema),
    synthetic: z.optional(z.boolean()),
  }),
]);

/**
 * A scorecard's input from JSON text or a value: a whole dataset (recognised by its
 * `organisation`, and checked as a dataset), `{ measures, framework? }`, or a bare list of
 * measures. Problems name the JSON path; never throws.
 */
export function parseScorecardJson(input: unknown): Result<ScorecardInput> {
  const read = jsonValue(input);
  if (!read.ok) return read;
  const value = read.value;
  if (looksLikeDataset(value)) {
    const dataset = parseDatasetJson(value);
    if (!dataset.ok) return dataset;
    const { measures, framework, organisation, synthetic } = dataset.value;
    return ok({
      measures,
      framework,
      organisation,
      ...(synthetic !== undefined ? { synthetic } : {}),
    });
  }
  const parsed = parseWithSchema(scorecardDocumentSchema, value, 'the measures');
  if (!parsed.ok) return parsed;
  // zod leaves optional keys out when absent; strip `undefined` ones a host wrote explicitly.
  const doc: ScorecardInput = { measures: parsed.value.measures };
  if (parsed.value.framework !== undefined) doc.framework = parsed.value.framework;
  if (parsed.value.organisation !== undefined) doc.organisation = parsed.value.organisation;
  if (parsed.value.synthetic !== undefined) doc.synthetic = parsed.value.synthetic;
  return ok(doc);
}
