import * as z from 'zod/mini';
import '../zod-config.js';
import {
  chartTypes,
  conflictModes,
  improvements,
  rulePresets,
  targetOnLimitModes,
  twoOfThreeModes,
} from './option-values.js';

/** Shared vocabulary of the SPC options, used by measures (schema) and by spc() (engine). */

export const chartTypeSchema = /* @__PURE__ */ z.enum(chartTypes);
export type ChartType = z.infer<typeof chartTypeSchema>;

export const improvementSchema = /* @__PURE__ */ z.enum(improvements);
export type Improvement = z.infer<typeof improvementSchema>;

export const rulePresetSchema = /* @__PURE__ */ z.enum(rulePresets);
export type RulePreset = z.infer<typeof rulePresetSchema>;

/** An optional whole-number rule setting from `min` (to `max`). */
function wholeSetting(min: number, max?: number) {
  const setting = z.number().check(z.int(), z.gte(min));
  return z.optional(max === undefined ? setting : setting.check(z.lte(max)));
}

// Every call is marked pure, so bundlers can drop this schema where only the icon vocabulary
// below is used (a mark on the outer call alone keeps the calls in its arguments).
export const ruleOptionsSchema = /* @__PURE__ */ z.object({
  preset: /* @__PURE__ */ z.optional(rulePresetSchema),
  shift: /* @__PURE__ */ wholeSetting(2, 20),
  trend: /* @__PURE__ */ wholeSetting(2, 20),
  twoOfThree: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(twoOfThreeModes)),
  screenOutliers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  minPoints: /* @__PURE__ */ wholeSetting(1),
  targetOnLimit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(targetOnLimitModes)),
  conflict: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(conflictModes)),
});
export type RuleOptions = z.infer<typeof ruleOptionsSchema>;

export const rulesSchema = /* @__PURE__ */ z.union([rulePresetSchema, ruleOptionsSchema]);
export type Rules = z.infer<typeof rulesSchema>;

export const variationIconSchema = /* @__PURE__ */ z.enum([
  'common-cause',
  'improvement-high',
  'improvement-low',
  'concern-high',
  'concern-low',
  'neither-high',
  'neither-low',
  'none',
]);
export type VariationIcon = z.infer<typeof variationIconSchema>;

export const assuranceIconSchema = /* @__PURE__ */ z.enum(['pass', 'fail', 'hit-or-miss']);
export type AssuranceIcon = z.infer<typeof assuranceIconSchema>;

export const signalSchema = /* @__PURE__ */ z.enum([
  'astronomical',
  'shift',
  'trend',
  'two-of-three',
]);
export type Signal = z.infer<typeof signalSchema>;

export const pointTypeSchema = /* @__PURE__ */ z.enum([
  'common-cause',
  'improvement',
  'concern',
  'neutral',
]);
export type PointType = z.infer<typeof pointTypeSchema>;
