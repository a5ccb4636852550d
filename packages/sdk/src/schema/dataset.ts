import * as z from 'zod/mini';
import { localisedTextSchema } from './common.js';
import { frameworkPresetIdSchema, frameworkSchema } from './framework.js';
import { measureSchema } from './measure.js';
import { qmsAssessmentSchema } from './qms.js';
import { statementSchema } from './statement.js';
import { actionSchema } from './action.js';
import { uniqueIds } from './unique.js';
import { checkDatasetReferences } from './dataset-references.js';

/** Everything the elements show for one organisation: the wire format of a qms-kit dataset. */
export const datasetSchema = /* @__PURE__ */ z
  .object({
    /** Lets JSON editors find the generated JSON Schema; ignored by qms-kit. */
    $schema: z.optional(z.string()),
    organisation: localisedTextSchema,
    /** True when the data is invented (demos); elements then label it "Synthetic data". */
    synthetic: z.optional(z.boolean()),
    /** A preset id (`steeep`, `wales-hcqs-2023`, `nhse-3part`, `cqc-5kq`) or a custom framework. */
    framework: z.union([frameworkPresetIdSchema, frameworkSchema]),
    measures: z._default(z.array(measureSchema), []).check(z.superRefine(uniqueIds('measure'))),
    assessment: z.optional(qmsAssessmentSchema),
    statements: z
      ._default(z.array(statementSchema), [])
      .check(z.superRefine(uniqueIds('statement'))),
    actions: z._default(z.array(actionSchema), []).check(z.superRefine(uniqueIds('action'))),
  })
  .check(z.superRefine(checkDatasetReferences));
export type Dataset = z.infer<typeof datasetSchema>;
/** A dataset as a host may write it, before defaults are applied. */
export type DatasetInput = z.input<typeof datasetSchema>;
