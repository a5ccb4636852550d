import * as z from 'zod/mini';
import { idSchema, localisedTextSchema } from './common.js';
import { uniqueIds } from './unique.js';

/** Ids of the frameworks shipped as presets (see `frameworkPresets`). */
export const frameworkPresetIdSchema = /* @__PURE__ */ z.enum([
  'steeep',
  'wales-hcqs-2023',
  'nhse-3part',
  'cqc-5kq',
]);
export type FrameworkPresetId = z.infer<typeof frameworkPresetIdSchema>;

/** Domains are counted on the scorecard; enablers are drawn as a second band (e.g. Workforce). */
export const domainKindSchema = /* @__PURE__ */ z.enum(['domain', 'enabler']);
export type DomainKind = z.infer<typeof domainKindSchema>;

/** One quality domain (or enabler) of a framework: "Safe", "Timely", "Workforce"… */
export const frameworkDomainSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  label: localisedTextSchema,
  description: z.optional(localisedTextSchema),
  /** Position on the scorecard, smallest first. */
  order: z.number().check(z.int('must be a whole number')),
  kind: z._default(domainKindSchema, 'domain'),
});
export type FrameworkDomain = z.infer<typeof frameworkDomainSchema>;

/** A quality framework as data: its domains and enablers. Presets ship; custom ones validate too. */
export const frameworkSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  version: z.string().check(z.minLength(1, 'must not be empty')),
  name: localisedTextSchema,
  description: z.optional(localisedTextSchema),
  /** Where the framework comes from, e.g. "WHC/2023/013". */
  source: z.optional(z.string()),
  domains: z
    .array(frameworkDomainSchema)
    .check(z.minLength(1, 'must list at least one domain'), z.superRefine(uniqueIds('domain'))),
});
export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkInput = z.input<typeof frameworkSchema>;
