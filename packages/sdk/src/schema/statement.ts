import * as z from 'zod';
import {
  idListSchema,
  idSchema,
  isoDateSchema,
  linkSchema,
  localisedTextSchema,
} from './common.js';
import { uniqueIds } from './unique.js';

/** CQC's six evidence categories (single assessment framework). */
export const evidenceCategorySchema = z.enum([
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
export const statementScoreValueSchema = z.literal([1, 2, 3, 4]);
export type StatementScoreValue = z.infer<typeof statementScoreValueSchema>;

/** Who gave the score: the organisation itself or the regulator. */
export const scoreSourceSchema = z.enum(['self', 'regulator']);
export type ScoreSource = z.infer<typeof scoreSourceSchema>;

export const statementScoreSchema = z.object({
  value: statementScoreValueSchema,
  source: scoreSourceSchema,
  date: isoDateSchema.optional(),
  /** Per evidence category, as CQC scored before December 2024. */
  categoryScores: z.partialRecord(evidenceCategorySchema, statementScoreValueSchema).optional(),
});
export type StatementScore = z.infer<typeof statementScoreSchema>;

/** One piece of evidence: a survey, an audit, a story or an SPC measure. */
export const evidenceItemSchema = z.object({
  id: idSchema.optional(),
  category: evidenceCategorySchema,
  title: localisedTextSchema,
  date: isoDateSchema,
  /** An SPC measure in the dataset that is this evidence. */
  measureId: idSchema.optional(),
  url: linkSchema.optional(),
  notes: localisedTextSchema.optional(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** An I/We statement card: what good looks like to a person (I) and the commitment (We). */
export const statementSchema = z.object({
  id: idSchema,
  /** The statement framework, e.g. `cqc-saf`, `wales-hcqs-2023`, or a local one. */
  framework: idSchema,
  /** Its version, e.g. `2024`: CQC's is being replaced, so cards say which one they follow. */
  version: z.string().min(1, 'must not be empty'),
  /** Key question (CQC) or domain id the statement sits under, e.g. `safe`. */
  keyQuestion: idSchema,
  /** The statement's id in a statement preset, e.g. `safe-systems-pathways-and-transitions`. */
  qualityStatementId: idSchema.optional(),
  title: localisedTextSchema,
  /** The person's voice: "I …". */
  iStatement: localisedTextSchema.optional(),
  /** The organisation's commitment: "We …". */
  weStatement: localisedTextSchema.optional(),
  evidence: z.array(evidenceItemSchema).default([]),
  score: statementScoreSchema.optional(),
  owner: localisedTextSchema.optional(),
  reviewDate: isoDateSchema.optional(),
  measureIds: idListSchema,
  actionIds: idListSchema,
  notes: localisedTextSchema.optional(),
});
export type Statement = z.infer<typeof statementSchema>;
export type StatementInput = z.input<typeof statementSchema>;

/** A quality statement as defined by a framework (not an organisation's card about it). */
export const qualityStatementDefinitionSchema = z.object({
  id: idSchema,
  /** Key-question id in `keyQuestionFramework`. */
  keyQuestion: idSchema,
  order: z.number().int(),
  title: localisedTextSchema,
  weStatement: localisedTextSchema.optional(),
});
export type QualityStatementDefinition = z.infer<typeof qualityStatementDefinitionSchema>;

/** A versioned set of quality statements, e.g. CQC SAF 2024. Replaceable when CQC changes it. */
export const qualityStatementSetSchema = z.object({
  framework: idSchema,
  version: z.string().min(1),
  name: localisedTextSchema,
  /** The framework whose domains are the key questions, e.g. `cqc-5kq`. */
  keyQuestionFramework: idSchema,
  statements: z.array(qualityStatementDefinitionSchema).superRefine(uniqueIds('quality statement')),
});
export type QualityStatementSet = z.infer<typeof qualityStatementSetSchema>;
