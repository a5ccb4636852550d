import * as z from 'zod/mini';
import { idSchema, isoDateSchema, localisedTextSchema } from './common.js';
import { chartTypeSchema, improvementSchema, rulesSchema } from './options.js';
import { xOrderIssues } from './x-order.js';

// zod numbers refuse Infinity and NaN themselves, so no finiteness check is needed.

/** One observation. `y: null` is a missing value (drawn as a gap, skipped by every calculation). */
export const dataPointSchema = /* @__PURE__ */ z.object({
  x: isoDateSchema,
  y: z.nullable(z.number()),
  /** Denominator: for p/u charts, or to plot the rate y/n on run/XmR charts. */
  n: z.optional(z.number().check(z.positive('must be greater than 0'))),
  /** Drawn, but left out of every calculation (MDC "ghosting"). */
  ghost: z.optional(z.boolean()),
  note: z.optional(z.string()),
});
export type DataPoint = z.infer<typeof dataPointSchema>;

export const annotationSchema = /* @__PURE__ */ z.object({
  x: isoDateSchema,
  label: localisedTextSchema,
});
export type Annotation = z.infer<typeof annotationSchema>;

/** A quality measure: what is counted, which way is better, and its data over time. */
export const measureSchema = /* @__PURE__ */ z
  .object({
    id: idSchema,
    name: localisedTextSchema,
    description: z.optional(localisedTextSchema),
    unit: z.optional(localisedTextSchema),
    improvement: z._default(improvementSchema, 'neutral'),
    target: z.optional(z.number()),
    /** Id of the measure's primary domain in the dataset's framework (counted there). */
    domain: z.optional(z.string()),
    /** Further domain ids the measure is tagged with (shown, not counted). */
    secondaryDomains: z.optional(z.array(z.string())),
    chart: z._default(chartTypeSchema, 'xmr'),
    rules: z.optional(rulesSchema),
    /** Dates of the points that start a new partition (limits recalculated from there). */
    rebase: z.optional(z.array(isoDateSchema)),
    /** Fix centre and limits from the first N points of each partition. */
    baseline: z.optional(z.number().check(z.int(), z.gte(2))),
    annotations: z.optional(z.array(annotationSchema)),
    /** Decimal places to show for values (display only). */
    decimals: z.optional(z.number().check(z.int(), z.gte(0), z.lte(6))),
    data: z.array(dataPointSchema),
  })
  .check(/* @__PURE__ */ z.superRefine(refuseRepeatedDates));
export type Measure = z.infer<typeof measureSchema>;
/** A measure as a host may write it, before defaults are applied. */
export type MeasureInput = z.input<typeof measureSchema>;

/**
 * A date may appear once per measure (rows sharing a date form one subgroup on Xbar and S charts),
 * by the rule `spc()` applies, with the same words. The array order is kept: `spc()` analyses the
 * points in date order and says when it had to sort them.
 */
function refuseRepeatedDates(
  measure: { chart: string; data: readonly { x: string }[] },
  ctx: z.core.$RefinementCtx<{ chart: string; data: readonly { x: string }[] }>,
): void {
  const xs = measure.data.map((row) => row.x);
  for (const { row, message } of xOrderIssues(
    xs,
    measure.chart === 'xbar' || measure.chart === 's',
  )) {
    ctx.addIssue({ code: 'custom', path: ['data', row, 'x'], message });
  }
}
