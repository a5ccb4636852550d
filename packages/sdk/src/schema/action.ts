import * as z from 'zod/mini';
import { idListSchema, idSchema, isoDateSchema, localisedTextSchema } from './common.js';
import { calendarDay } from './calendar.js';
import { qmsAspectSchema } from './qms-aspect.js';
import { uniqueIds } from './unique.js';
import { quoteText } from '../quote-text.js';

export const actionStatusSchema = /* @__PURE__ */ z.enum([
  'not-started',
  'in-progress',
  'blocked',
  'complete',
  'closed',
]);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** Where the action came from. */
export const actionSourceSchema = /* @__PURE__ */ z.enum([
  'framework',
  'inspection',
  'incident',
  'audit',
  'board',
  'local',
]);
export type ActionSource = z.infer<typeof actionSourceSchema>;

/**
 * How confident the owner is that the action will be delivered on time: a delivery-confidence
 * RAG, deliberately not an SPC colour or a performance rating.
 */
export const deliveryConfidenceSchema = /* @__PURE__ */ z.enum(['high', 'medium', 'low']);
export type DeliveryConfidence = z.infer<typeof deliveryConfidenceSchema>;

/** IHI progress score (as used by Life QI), 0.5 intent to participate … 5.0 outstanding results. */
export const progressScoreSchema = /* @__PURE__ */ z.literal([
  0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5,
]);
export type ProgressScore = z.infer<typeof progressScoreSchema>;

/** The "Act" of a PDSA cycle. */
export const pdsaActSchema = /* @__PURE__ */ z.enum(['adopt', 'adapt', 'abandon']);
export type PdsaAct = z.infer<typeof pdsaActSchema>;

/** One Plan-Do-Study-Act cycle (Model for Improvement). */
export const pdsaCycleSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  title: z.optional(localisedTextSchema),
  /** The driver-diagram change idea this cycle tests. */
  changeIdeaId: z.optional(idSchema),
  plan: z.object({
    changeIdea: localisedTextSchema,
    question: localisedTextSchema,
    prediction: localisedTextSchema,
    /** How the result will be measured, in words. */
    measure: z.optional(localisedTextSchema),
    /** The dataset measure the cycle is plotted on, if any. */
    measureId: z.optional(idSchema),
    who: z.optional(localisedTextSchema),
    when: z.optional(localisedTextSchema),
  }),
  /** Left out until the cycle has been run. */
  do: z.optional(z.object({ observations: localisedTextSchema })),
  study: z.optional(z.object({ learning: localisedTextSchema })),
  /** Left out until a decision is made. */
  act: z.optional(pdsaActSchema),
  start: isoDateSchema,
  end: z.optional(isoDateSchema),
});
export type PdsaCycle = z.infer<typeof pdsaCycleSchema>;

export const changeIdeaSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  label: localisedTextSchema,
});
export type ChangeIdea = z.infer<typeof changeIdeaSchema>;

export const secondaryDriverSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  label: localisedTextSchema,
  changeIdeas: z._default(z.array(changeIdeaSchema), []),
});
export type SecondaryDriver = z.infer<typeof secondaryDriverSchema>;

export const primaryDriverSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  label: localisedTextSchema,
  secondaryDrivers: z._default(z.array(secondaryDriverSchema), []),
  /** Change ideas hung directly on the primary driver (small diagrams skip secondary drivers). */
  changeIdeas: z._default(z.array(changeIdeaSchema), []),
});
export type PrimaryDriver = z.infer<typeof primaryDriverSchema>;

/** Aim → primary drivers → secondary drivers → change ideas. */
export const driverDiagramSchema = /* @__PURE__ */ z.object({
  /** What, how much, by when. */
  aim: localisedTextSchema,
  primaryDrivers: z
    .array(primaryDriverSchema)
    .check(z.minLength(1, 'needs at least one primary driver')),
});
export type DriverDiagram = z.infer<typeof driverDiagramSchema>;

/** A due date moved from the original, and why (trackers keep both). */
export const revisedDueSchema = /* @__PURE__ */ z.object({
  date: isoDateSchema,
  reason: localisedTextSchema,
});
export type RevisedDue = z.infer<typeof revisedDueSchema>;

/** An action (or local improvement project) in the action tracker. */
export const actionSchema = /* @__PURE__ */ z
  .object({
    id: idSchema,
    title: localisedTextSchema,
    description: z.optional(localisedTextSchema),
    /** Person or body accountable for delivery. */
    owner: localisedTextSchema,
    organisation: z.optional(localisedTextSchema),
    /** Lead director or sponsor. */
    sponsor: z.optional(localisedTextSchema),
    source: z._default(actionSourceSchema, 'local'),
    /** Where it comes from within the source, e.g. a framework section or inspection reference. */
    reference: z.optional(z.string()),
    start: z.optional(isoDateSchema),
    due: z.optional(isoDateSchema),
    revisedDue: z.optional(revisedDueSchema),
    status: z._default(actionStatusSchema, 'not-started'),
    deliveryConfidence: z.optional(deliveryConfidenceSchema),
    /** The QMS wheel segment the action belongs to; left out for whole-system actions. */
    aspect: z.optional(qmsAspectSchema),
    /** Domain or enabler id in the dataset's framework. */
    domain: z.optional(idSchema),
    measureIds: idListSchema,
    statementIds: idListSchema,
    lastUpdate: z.optional(isoDateSchema),
    progressScore: z.optional(progressScoreSchema),
    pdsaCycles: z
      ._default(z.array(pdsaCycleSchema), [])
      .check(z.superRefine(uniqueIds('PDSA cycle'))),
    driverDiagram: z.optional(driverDiagramSchema),
    notes: z.optional(localisedTextSchema),
  })
  .check(
    z.superRefine((action, ctx) => {
      notBefore(action.due, action.start, ['due'], 'the start date', ctx);
      action.pdsaCycles.forEach((cycle, index) => {
        notBefore(cycle.end, cycle.start, ['pdsaCycles', index, 'end'], 'the cycle’s start', ctx);
      });
      const ideas = changeIdeaIds(action.driverDiagram);
      action.pdsaCycles.forEach((cycle, index) => {
        if (cycle.changeIdeaId !== undefined && !ideas.has(cycle.changeIdeaId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['pdsaCycles', index, 'changeIdeaId'],
            message: `no change idea in this action's driver diagram has the id ${quoteText(cycle.changeIdeaId)}`,
            input: cycle.changeIdeaId,
          });
        }
      });
    }),
  );
export type Action = z.infer<typeof actionSchema>;
export type ActionInput = z.input<typeof actionSchema>;

/** Actions as a list, with unique ids. */
export const actionListSchema = /* @__PURE__ */ z
  .array(actionSchema)
  .check(z.superRefine(uniqueIds('action')));

function notBefore(
  date: string | undefined,
  earliest: string | undefined,
  path: (string | number)[],
  what: string,
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  if (date === undefined || earliest === undefined) return;
  const [day, first] = [calendarDay(date), calendarDay(earliest)];
  if (day !== undefined && first !== undefined && day < first) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `must not be before ${what} (${earliest})`,
      input: date,
    });
  }
}

function changeIdeaIds(diagram: DriverDiagram | undefined): Set<string> {
  const ids = new Set<string>();
  for (const primary of diagram?.primaryDrivers ?? []) {
    for (const idea of primary.changeIdeas) ids.add(idea.id);
    for (const secondary of primary.secondaryDrivers) {
      for (const idea of secondary.changeIdeas) ids.add(idea.id);
    }
  }
  return ids;
}
