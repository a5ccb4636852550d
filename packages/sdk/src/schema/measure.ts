import * as z from 'zod';
import { idSchema, isoDateSchema, localisedTextSchema } from './common.js';
import { chartTypeSchema, improvementSchema, rulesSchema } from './options.js';

/** One observation. `y: null` is a missing value (drawn as a gap, skipped by every calculation). */
export const dataPointSchema = z.object({
  x: isoDateSchema,
  y: z.number().finite('must be a finite number').nullable(),
  /** Denominator: for p/u charts, or to plot the rate y/n on run/XmR charts. */
  n: z.number().finite().positive('must be greater than 0').optional(),
  /** Drawn, but left out of every calculation (MDC "ghosting"). */
  ghost: z.boolean().optional(),
  note: z.string().optional(),
});
export type DataPoint = z.infer<typeof dataPointSchema>;

export const annotationSchema = z.object({
  x: isoDateSchema,
  label: localisedTextSchema,
});
export type Annotation = z.infer<typeof annotationSchema>;

/** A quality measure: what is counted, which way is better, and its data over time. */
export const measureSchema = z.object({
  id: idSchema,
  name: localisedTextSchema,
  description: localisedTextSchema.optional(),
  unit: localisedTextSchema.optional(),
  improvement: improvementSchema.default('neutral'),
  target: z.number().finite().optional(),
  /** Id of the measure's primary domain in the dataset's framework (counted there). */
  domain: z.string().optional(),
  /** Further domain ids the measure is tagged with (shown, not counted). */
  secondaryDomains: z.array(z.string()).optional(),
  chart: chartTypeSchema.default('xmr'),
  rules: rulesSchema.optional(),
  /** Dates of the points that start a new partition (limits recalculated from there). */
  rebase: z.array(isoDateSchema).optional(),
  /** Fix centre and limits from the first N points of each partition. */
  baseline: z.number().int().min(2).optional(),
  annotations: z.array(annotationSchema).optional(),
  /** Decimal places to show for values (display only). */
  decimals: z.number().int().min(0).max(6).optional(),
  data: z.array(dataPointSchema),
});
export type Measure = z.infer<typeof measureSchema>;
/** A measure as a host may write it, before defaults are applied. */
export type MeasureInput = z.input<typeof measureSchema>;
