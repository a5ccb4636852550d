import * as z from 'zod';
import '../zod-config.js';
import {
  chartTypes,
  improvements,
  rulePresets,
  targetOnLimitModes,
  twoOfThreeModes,
} from './option-values.js';

/** Shared vocabulary of the SPC options, used by measures (schema) and by spc() (engine). */

export const chartTypeSchema = z.enum(chartTypes);
export type ChartType = z.infer<typeof chartTypeSchema>;

export const improvementSchema = z.enum(improvements);
export type Improvement = z.infer<typeof improvementSchema>;

export const rulePresetSchema = z.enum(rulePresets);
export type RulePreset = z.infer<typeof rulePresetSchema>;

export const ruleOptionsSchema = z.object({
  preset: rulePresetSchema.optional(),
  shift: z.number().int().min(2).max(20).optional(),
  trend: z.number().int().min(2).max(20).optional(),
  twoOfThree: z.enum(twoOfThreeModes).optional(),
  screenOutliers: z.boolean().optional(),
  minPoints: z.number().int().min(1).optional(),
  targetOnLimit: z.enum(targetOnLimitModes).optional(),
});
export type RuleOptions = z.infer<typeof ruleOptionsSchema>;

export const rulesSchema = z.union([rulePresetSchema, ruleOptionsSchema]);
export type Rules = z.infer<typeof rulesSchema>;

export const variationIconSchema = z.enum([
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

export const assuranceIconSchema = z.enum(['pass', 'fail', 'hit-or-miss']);
export type AssuranceIcon = z.infer<typeof assuranceIconSchema>;

export const signalSchema = z.enum(['astronomical', 'shift', 'trend', 'two-of-three']);
export type Signal = z.infer<typeof signalSchema>;

export const pointTypeSchema = z.enum(['common-cause', 'improvement', 'concern', 'neutral']);
export type PointType = z.infer<typeof pointTypeSchema>;
