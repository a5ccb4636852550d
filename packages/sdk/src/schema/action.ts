import * as z from 'zod';
import { idListSchema, idSchema, isoDateSchema, localisedTextSchema } from './common.js';
import { calendarDay } from './calendar.js';
import { qmsAspectSchema } from './qms-aspect.js';
import { uniqueIds } from './unique.js';

export const actionStatusSchema = z.enum([
  'not-started',
  'in-progress',
  'blocked',
  'complete',
  'closed',
]);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** Where the action came from. */
export const actionSourceSchema = z.enum([
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
export const deliveryConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type DeliveryConfidence = z.infer<typeof deliveryConfidenceSchema>;

/** IHI progress score (as used by Life QI), 0.5 intent to participate … 5.0 outstanding results. */
export const progressScoreSchema = z.literal([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
export type ProgressScore = z.infer<typeof progressScoreSchema>;

/** The "Act" of a PDSA cycle. */
export const pdsaActSchema = z.enum(['adopt', 'adapt', 'abandon']);
export type PdsaAct = z.infer<typeof pdsaActSchema>;

/** One Plan-Do-Study-Act cycle (Model for Improvement). */
export const pdsaCycleSchema = z.object({
  id: idSchema,
  title: localisedTextSchema.optional(),
  /** The driver-diagram change idea this cycle tests. */
  changeIdeaId: idSchema.optional(),
  plan: z.object({
    changeIdea: localisedTextSchema,
    question: localisedTextSchema,
    prediction: localisedTextSchema,
    /** How the result will be measured, in words. */
    measure: localisedTextSchema.optional(),
    /** The dataset measure the cycle is plotted on, if any. */
    measureId: idSchema.optional(),
    who: localisedTextSchema.optional(),
    when: localisedTextSchema.optional(),
  }),
  /** Left out until the cycle has been run. */
  do: z.object({ observations: localisedTextSchema }).optional(),
  study: z.object({ learning: localisedTextSchema }).optional(),
  /** Left out until a decision is made. */
  act: pdsaActSchema.optional(),
  start: isoDateSchema,
  end: isoDateSchema.optional(),
});
export type PdsaCycle = z.infer<typeof pdsaCycleSchema>;

export const changeIdeaSchema = z.object({ id: idSchema, label: localisedTextSchema });
export type ChangeIdea = z.infer<typeof changeIdeaSchema>;

export const secondaryDriverSchema = z.object({
  id: idSchema,
  label: localisedTextSchema,
  changeIdeas: z.array(changeIdeaSchema).default([]),
});
export type SecondaryDriver = z.infer<typeof secondaryDriverSchema>;

export const primaryDriverSchema = z.object({
  id: idSchema,
  label: localisedTextSchema,
  secondaryDrivers: z.array(secondaryDriverSchema).default([]),
  /** Change ideas hung directly on the primary driver (small diagrams skip secondary drivers). */
  changeIdeas: z.array(changeIdeaSchema).default([]),
});
export type PrimaryDriver = z.infer<typeof primaryDriverSchema>;

/** Aim → primary drivers → secondary drivers → change ideas. */
export const driverDiagramSchema = z.object({
  /** What, how much, by when. */
  aim: localisedTextSchema,
  primaryDrivers: z.array(primaryDriverSchema).min(1, 'needs at least one primary driver'),
});
export type DriverDiagram = z.infer<typeof driverDiagramSchema>;

/** A due date moved from the original, and why (trackers keep both). */
export const revisedDueSchema = z.object({
  date: isoDateSchema,
  reason: localisedTextSchema,
});
export type RevisedDue = z.infer<typeof revisedDueSchema>;

/** An action (or local improvement project) in the action tracker. */
export const actionSchema = z
  .object({
    id: idSchema,
    title: localisedTextSchema,
    description: localisedTextSchema.optional(),
    /** Person or body accountable for delivery. */
    owner: localisedTextSchema,
    organisation: localisedTextSchema.optional(),
    /** Lead director or sponsor. */
    sponsor: localisedTextSchema.optional(),
    source: actionSourceSchema.default('local'),
    /** Where it comes from within the source, e.g. a framework section or inspection reference. */
    reference: z.string().optional(),
    start: isoDateSchema.optional(),
    due: isoDateSchema.optional(),
    revisedDue: revisedDueSchema.optional(),
    status: actionStatusSchema.default('not-started'),
    deliveryConfidence: deliveryConfidenceSchema.optional(),
    /** The QMS wheel segment the action belongs to; left out for whole-system actions. */
    aspect: qmsAspectSchema.optional(),
    /** Domain or enabler id in the dataset's framework. */
    domain: idSchema.optional(),
    measureIds: idListSchema,
    statementIds: idListSchema,
    lastUpdate: isoDateSchema.optional(),
    progressScore: progressScoreSchema.optional(),
    pdsaCycles: z.array(pdsaCycleSchema).default([]).superRefine(uniqueIds('PDSA cycle')),
    driverDiagram: driverDiagramSchema.optional(),
    notes: localisedTextSchema.optional(),
  })
  .superRefine((action, ctx) => {
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
          message: `no change idea in this action's driver diagram has the id "${cycle.changeIdeaId}"`,
          input: cycle.changeIdeaId,
        });
      }
    });
  });
export type Action = z.infer<typeof actionSchema>;
export type ActionInput = z.input<typeof actionSchema>;

/** Actions as a list, with unique ids. */
export const actionListSchema = z.array(actionSchema).superRefine(uniqueIds('action'));

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
