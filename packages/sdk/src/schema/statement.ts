import * as z from 'zod/mini';
import {
  idListSchema,
  idSchema,
  isoDateSchema,
  linkSchema,
  localisedTextSchema,
} from './common.js';
import { uniqueIds } from './unique.js';

/** CQC's six evidence categories (single assessment framework). */
export const evidenceCategorySchema = /* @__PURE__ */ z.enum([
  'people-experience',
  'staff-feedback',
  'partner-feedback',
  'observation',
  'processes',
  'outcomes',
]);
export type EvidenceCategory = z.infer<typeof evidenceCategorySchema>;
export const evidenceCategories: readonly EvidenceCategory[] = evidenceCategorySchema.options;

/** CQC score: 4 exceptional, 3 good, 2 some shortfalls, 1 significant shortfalls. */
export const statementScoreValueSchema = /* @__PURE__ */ z.literal([1, 2, 3, 4]);
export type StatementScoreValue = z.infer<typeof statementScoreValueSchema>;

/** Who gave the score: the organisation itself or the regulator. */
export const scoreSourceSchema = /* @__PURE__ */ z.enum(['self', 'regulator']);
export type ScoreSource = z.infer<typeof scoreSourceSchema>;

export const statementScoreSchema = /* @__PURE__ */ z.object({
  value: statementScoreValueSchema,
  source: scoreSourceSchema,
  date: z.optional(isoDateSchema),
  /** Per evidence category, as CQC scored before December 2024. */
  categoryScores: z.optional(z.partialRecord(evidenceCategorySchema, statementScoreValueSchema)),
});
export type StatementScore = z.infer<typeof statementScoreSchema>;

/** One piece of evidence: a survey, an audit, a story or an SPC measure. */
export const evidenceItemSchema = /* @__PURE__ */ z.object({
  id: z.optional(idSchema),
  category: evidenceCategorySchema,
  title: localisedTextSchema,
  date: isoDateSchema,
  /** An SPC measure in the dataset that is this evidence. */
  measureId: z.optional(idSchema),
  url: z.optional(linkSchema),
  notes: z.optional(localisedTextSchema),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** An I/We statement card: what good looks like to a person (I) and the commitment (We). */
export const statementSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  /** The statement framework, e.g. `cqc-saf`, `wales-hcqs-2023`, or a local one. */
  framework: idSchema,
  /** Its version, e.g. `2024`: CQC's is being replaced, so cards say which one they follow. */
  version: z.string().check(z.minLength(1, 'must not be empty')),
  /** Key question (CQC) or domain id the statement sits under, e.g. `safe`. */
  keyQuestion: idSchema,
  /** The statement's id in a statement preset, e.g. `safe-systems-pathways-and-transitions`. */
  qualityStatementId: z.optional(idSchema),
  title: localisedTextSchema,
  /** The person's voice: "I …". */
  iStatement: z.optional(localisedTextSchema),
  /** The organisation's commitment: "We …". */
  weStatement: z.optional(localisedTextSchema),
  evidence: z._default(z.array(evidenceItemSchema), []),
  score: z.optional(statementScoreSchema),
  owner: z.optional(localisedTextSchema),
  reviewDate: z.optional(isoDateSchema),
  measureIds: idListSchema,
  actionIds: idListSchema,
  notes: z.optional(localisedTextSchema),
});
export type Statement = z.infer<typeof statementSchema>;
export type StatementInput = z.input<typeof statementSchema>;

/** A quality statement as defined by a framework (not an organisation's card about it). */
export const qualityStatementDefinitionSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  /** Key-question id in `keyQuestionFramework`. */
  keyQuestion: idSchema,
  order: z.number().check(z.int()),
  title: localisedTextSchema,
  weStatement: z.optional(localisedTextSchema),
});
export type QualityStatementDefinition = z.infer<typeof qualityStatementDefinitionSchema>;

/** A versioned set of quality statements, e.g. CQC SAF 2024. Replaceable when CQC changes it. */
export const qualityStatementSetSchema = /* @__PURE__ */ z.object({
  framework: idSchema,
  version: z.string().check(z.minLength(1)),
  name: localisedTextSchema,
  /** The framework whose domains are the key questions, e.g. `cqc-5kq`. */
  keyQuestionFramework: idSchema,
  statements: z
    .array(qualityStatementDefinitionSchema)
    .check(z.superRefine(uniqueIds('quality statement'))),
});
export type QualityStatementSet = z.infer<typeof qualityStatementSetSchema>;
