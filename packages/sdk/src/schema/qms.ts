import * as z from 'zod/mini';
import {
  idListSchema,
  idSchema,
  isoDateSchema,
  linkSchema,
  localisedTextSchema,
} from './common.js';
import { qmsAspectSchema, qmsAspects, type QmsAspect } from './qms-aspect.js';
import { uniqueIds } from './unique.js';
import { guidingQuestionIds, guidingQuestions } from '../qms/guiding-questions.js';
import { exampleTools } from '../qms/example-tools.js';
import { qmsEnablerSets } from '../qms/enablers.js';
import { defaultMaturityScale } from '../qms/maturity-scale.js';
import { quoteText } from '../quote-text.js';

export { qmsAspectSchema, qmsAspects, type QmsAspect };

/** The level the wheel describes; the QMS paper says it works at each. */
export const qmsScopeSchema = /* @__PURE__ */ z.enum([
  'team',
  'directorate',
  'organisation',
  'national',
]);
export type QmsScope = z.infer<typeof qmsScopeSchema>;

/** What the wheel's centre says: "Feedback" (v2 method) or "Continuous learning" (QSF 2021). */
export const qmsCentreSchema = /* @__PURE__ */ z.enum(['feedback', 'continuous-learning']);
export type QmsCentre = z.infer<typeof qmsCentreSchema>;

export const guidingQuestionIdSchema = /* @__PURE__ */ z.enum(guidingQuestionIds);

/** Self-assessment answer to a guiding question. */
export const guidingAnswerSchema = /* @__PURE__ */ z.enum(['yes', 'partly', 'no']);
export type GuidingAnswer = z.infer<typeof guidingAnswerSchema>;

export const questionAnswerSchema = /* @__PURE__ */ z.object({
  id: guidingQuestionIdSchema,
  answer: guidingAnswerSchema,
  notes: z.optional(localisedTextSchema),
});
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

/** An example tool (by its catalogue id) or a local one (any id, with a label), and whether it is in place. */
export const toolStateSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  /** Needed only for a tool that is not in the seed's checklist. */
  label: z.optional(localisedTextSchema),
  inPlace: z.boolean(),
  notes: z.optional(localisedTextSchema),
});
export type ToolState = z.infer<typeof toolStateSchema>;

/** One stage of a maturity scale. Stages run 0, 1, 2… with no gaps. */
export const maturityLevelSchema = /* @__PURE__ */ z.object({
  stage: z.number().check(z.int('must be a whole number'), z.gte(0, 'must be 0 or more')),
  label: localisedTextSchema,
  description: z.optional(localisedTextSchema),
});
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

export const maturityScaleSchema = /* @__PURE__ */ z.array(maturityLevelSchema).check(
  z.minLength(2, 'needs at least two stages'),
  z.superRefine((levels, ctx) => {
    levels.forEach((level, index) => {
      if (level.stage !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'stage'],
          message: `must be ${index}, as stages are numbered from 0 in order without gaps`,
          input: level.stage,
        });
      }
    });
  }),
);

/** The state of one aspect (segment) of the wheel. */
export const aspectAssessmentSchema = /* @__PURE__ */ z.object({
  /** Maturity stage on the assessment's scale (default scale: 0 not started … 4 sustained). */
  stage: z._default(
    z.number().check(z.int('must be a whole number'), z.gte(0, 'must be 0 or more')),
    0,
  ),
  questions: z._default(z.array(questionAnswerSchema), []),
  tools: z._default(z.array(toolStateSchema), []),
  measureIds: idListSchema,
  actionIds: idListSchema,
  notes: z.optional(localisedTextSchema),
});
export type AspectAssessment = z.infer<typeof aspectAssessmentSchema>;

/** Where a piece of feedback at the heart of the QMS comes from (v2 method, Figure 3). */
export const feedbackSourceSchema = /* @__PURE__ */ z.enum([
  'horizon-scanning',
  'insight',
  'policy-context',
  'population-need',
  'organisational-performance',
]);
export type FeedbackSource = z.infer<typeof feedbackSourceSchema>;

export const feedbackItemSchema = /* @__PURE__ */ z.object({
  id: z.optional(idSchema),
  source: feedbackSourceSchema,
  title: localisedTextSchema,
  date: isoDateSchema,
  url: z.optional(linkSchema),
  notes: z.optional(localisedTextSchema),
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

/** Which enablers the outer band shows: Wales's six (Duty of Quality) or the QMS paper's v1 three. */
export const qmsEnablerSetSchema = /* @__PURE__ */ z.enum(['wales-hcqs-2023', 'qms-v1']);
export type QmsEnablerSet = z.infer<typeof qmsEnablerSetSchema>;

export const enablerStateSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  notes: z.optional(localisedTextSchema),
  measureIds: idListSchema,
  actionIds: idListSchema,
});
export type EnablerState = z.infer<typeof enablerStateSchema>;

export const qmsEnablersSchema = /* @__PURE__ */ z.object({
  set: z._default(qmsEnablerSetSchema, 'wales-hcqs-2023'),
  items: z._default(z.array(enablerStateSchema), []).check(z.superRefine(uniqueIds('enabler'))),
});

const aspectsSchema = /* @__PURE__ */ z.object({
  planning: z.prefault(aspectAssessmentSchema, {}),
  control: z.prefault(aspectAssessmentSchema, {}),
  improvement: z.prefault(aspectAssessmentSchema, {}),
  assurance: z.prefault(aspectAssessmentSchema, {}),
});

/** A self-assessment of a quality management system: what the QMS cycle wheel draws. */
export const qmsAssessmentSchema = /* @__PURE__ */ z
  .object({
    scope: z._default(qmsScopeSchema, 'organisation'),
    /** Who is assessed, e.g. "Ward 7" or the organisation's name. */
    scopeName: z.optional(localisedTextSchema),
    assessedOn: z.optional(isoDateSchema),
    centre: z._default(qmsCentreSchema, 'feedback'),
    /** A custom maturity scale; `defaultMaturityScale` when left out. */
    maturityScale: z.optional(maturityScaleSchema),
    aspects: z.prefault(aspectsSchema, {}),
    feedback: z._default(z.array(feedbackItemSchema), []),
    enablers: z.prefault(qmsEnablersSchema, {}),
  })
  .check(
    z.superRefine((assessment, ctx) => {
      const topStage = (assessment.maturityScale ?? defaultMaturityScale).length - 1;
      for (const aspect of qmsAspects) {
        const state = assessment.aspects[aspect];
        const at = ['aspects', aspect];
        if (state.stage > topStage) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'stage'],
            message: `must be between 0 and ${topStage}, the stages of the maturity scale`,
            input: state.stage,
          });
        }
        checkAnswers(aspect, state.questions, [...at, 'questions'], ctx);
        checkTools(aspect, state.tools, [...at, 'tools'], ctx);
      }
      const known = qmsEnablerSets[assessment.enablers.set].map((e) => e.id);
      assessment.enablers.items.forEach((item, index) => {
        if (!known.includes(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['enablers', 'items', index, 'id'],
            message: `${quoteText(item.id)} is not an enabler of the set "${assessment.enablers.set}" (known: ${known.join(', ')})`,
            input: item.id,
          });
        }
      });
    }),
  );
export type QmsAssessment = z.infer<typeof qmsAssessmentSchema>;
export type QmsAssessmentInput = z.input<typeof qmsAssessmentSchema>;

type Ctx = z.core.$RefinementCtx<unknown>;

function checkAnswers(
  aspect: QmsAspect,
  answers: readonly QuestionAnswer[],
  path: (string | number)[],
  ctx: Ctx,
): void {
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const question = guidingQuestions.find((q) => q.id === answer.id);
    if (question && question.aspect !== aspect) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `question ${quoteText(answer.id)} belongs to ${question.aspect}, not ${aspect}`,
        input: answer.id,
      });
    }
    if (seen.has(answer.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `question ${quoteText(answer.id)} is answered twice`,
        input: answer.id,
      });
    }
    seen.add(answer.id);
  });
}

function checkTools(
  aspect: QmsAspect,
  tools: readonly ToolState[],
  path: (string | number)[],
  ctx: Ctx,
): void {
  const seen = new Set<string>();
  tools.forEach((tool, index) => {
    const known = exampleTools.find((t) => t.id === tool.id);
    if (known && known.aspect !== aspect) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `the tool ${quoteText(tool.id)} belongs to ${known.aspect}, not ${aspect}`,
        input: tool.id,
      });
    } else if (!known && tool.label === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'label'],
        message: `is required for ${quoteText(tool.id)}, which is not one of the example tools for ${aspect}`,
      });
    }
    if (seen.has(tool.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `the tool ${quoteText(tool.id)} is listed twice`,
        input: tool.id,
      });
    }
    seen.add(tool.id);
  });
}
