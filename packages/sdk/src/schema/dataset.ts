import * as z from 'zod';
import { localisedTextSchema } from './common.js';
import { frameworkPresetIdSchema, frameworkSchema } from './framework.js';
import { measureSchema } from './measure.js';
import { qmsAssessmentSchema } from './qms.js';
import { statementSchema } from './statement.js';
import { actionSchema } from './action.js';
import { uniqueIds } from './unique.js';
import { checkDatasetReferences } from './dataset-references.js';

/** Everything the elements show for one organisation: the wire format of a qms-kit dataset. */
export const datasetSchema = z
  .object({
    /** Lets JSON editors find the generated JSON Schema; ignored by qms-kit. */
    $schema: z.string().optional(),
    organisation: localisedTextSchema,
    /** True when the data is invented (demos); elements then label it "Synthetic data". */
    synthetic: z.boolean().optional(),
    /** A preset id (`steeep`, `wales-hcqs-2023`, `nhse-3part`, `cqc-5kq`) or a custom framework. */
    framework: z.union([frameworkPresetIdSchema, frameworkSchema]),
    measures: z.array(measureSchema).default([]).superRefine(uniqueIds('measure')),
    assessment: qmsAssessmentSchema.optional(),
    statements: z.array(statementSchema).default([]).superRefine(uniqueIds('statement')),
    actions: z.array(actionSchema).default([]).superRefine(uniqueIds('action')),
  })
  .superRefine(checkDatasetReferences);
export type Dataset = z.infer<typeof datasetSchema>;
/** A dataset as a host may write it, before defaults are applied. */
export type DatasetInput = z.input<typeof datasetSchema>;
