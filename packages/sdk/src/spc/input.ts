import * as z from 'zod';
import { chartTypeSchema, improvementSchema, rulesSchema } from '../schema/options.js';
import { isIsoDate } from './iso-date.js';

/** An x value: an ISO date such as `2024-04-01`, a number (e.g. a sample number) or a Date. */
export const spcXSchema = z.union([
  z.string().refine(isIsoDate, 'must be an ISO date such as 2024-04-01, on a day that exists'),
  z.number(),
  z.date(),
]);

/**
 * One row of data for `spc()`. Other fields (a measure's `note`, `ghost`) are ignored: exclude
 * points with `exclude`, or use `spcForMeasure`.
 */
export const spcDataPointSchema = z.object({
  x: spcXSchema,
  /** null = missing: drawn as a gap and skipped by every calculation. */
  y: z.number().nullable(),
  /** Denominator: required for p, p′, u and u′; for run and XmR charts it makes the plotted value y/n. */
  n: z.number().positive().optional(),
});

/** Everything `spc()` takes apart from the data. */
export const spcOptionsSchema = z.strictObject({
  chart: chartTypeSchema.default('xmr'),
  improvement: improvementSchema.default('neutral'),
  target: z.number().nullable().optional(),
  rules: rulesSchema.default('mdc'),
  /** 0-based point indices that start a new partition (limits recalculated from there). */
  rebase: z.array(z.number().int().nonnegative()).optional(),
  /** Centre and limits of each partition fixed from its first N included points. */
  baseline: z.number().int().min(2).optional(),
  /** 0-based point indices drawn but left out of every calculation ("ghosts"). */
  exclude: z.array(z.number().int().nonnegative()).optional(),
});

/** The input of `spc()`. For Xbar and S charts, consecutive rows sharing x form one subgroup. */
export const spcInputSchema = spcOptionsSchema.extend({
  data: z.array(spcDataPointSchema),
});

export type SpcInput = z.input<typeof spcInputSchema>;
export type SpcDataPoint = z.input<typeof spcDataPointSchema>;
export type SpcOptions = z.output<typeof spcOptionsSchema>;
