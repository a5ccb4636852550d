import * as z from 'zod/mini';
import { chartTypeSchema, improvementSchema, rulesSchema } from '../schema/options.js';
import { isIsoDate } from './iso-date.js';
import { xOrderIssues } from '../schema/x-order.js';

/** An x value: an ISO date such as `2024-04-01`, a number (e.g. a sample number) or a Date. */
export const spcXSchema = /* @__PURE__ */ z.union([
  z
    .string()
    .check(z.refine(isIsoDate, 'must be an ISO date such as 2024-04-01, on a day that exists')),
  z.number(),
  z.date(),
]);

/**
 * One row of data for `spc()`. Other fields (a measure's `note`, `ghost`) are ignored: exclude
 * points with `exclude`, or use `spcForMeasure`.
 */
export const spcDataPointSchema = /* @__PURE__ */ z.object({
  x: spcXSchema,
  /** null = missing: drawn as a gap and skipped by every calculation. */
  y: z.nullable(z.number()),
  /** Denominator: required for p, p′, u and u′; for run and XmR charts it makes the plotted value y/n. */
  n: z.optional(z.number().check(z.positive())),
});

/** Everything `spc()` takes apart from the data. */
export const spcOptionsSchema = /* @__PURE__ */ z.strictObject({
  chart: z._default(chartTypeSchema, 'xmr'),
  improvement: z._default(improvementSchema, 'neutral'),
  target: z.optional(z.nullable(z.number())),
  rules: z._default(rulesSchema, 'mdc'),
  /** 0-based point indices that start a new partition (limits recalculated from there). */
  rebase: z.optional(z.array(z.number().check(z.int(), z.nonnegative()))),
  /** Centre and limits of each partition fixed from its first N included points. */
  baseline: z.optional(z.number().check(z.int(), z.gte(2))),
  /** 0-based point indices drawn but left out of every calculation ("ghosts"). */
  exclude: z.optional(z.array(z.number().check(z.int(), z.nonnegative()))),
});

/**
 * The input of `spc()`. Points are analysed in x order whatever the array order; one kind of x
 * (dates or numbers) per series; a repeated x is refused, except on Xbar and S charts, where rows
 * sharing x form one subgroup.
 */
export const spcInputSchema = /* @__PURE__ */ z
  .extend(spcOptionsSchema, {
    data: z.array(spcDataPointSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((input, ctx) => {
      const subgroups = input.chart === 'xbar' || input.chart === 's';
      const xs = input.data.map((row) => row.x);
      for (const { row, message } of xOrderIssues(xs, subgroups)) {
        ctx.addIssue({ code: 'custom', path: ['data', row, 'x'], message });
      }
    }),
  );

export type SpcInput = z.input<typeof spcInputSchema>;
export type SpcDataPoint = z.input<typeof spcDataPointSchema>;
export type SpcOptions = z.output<typeof spcOptionsSchema>;
