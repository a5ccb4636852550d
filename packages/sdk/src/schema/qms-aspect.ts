import * as z from 'zod/mini';

/** The four aspects of the NHS Wales QMS (Juran's trilogy plus assurance), in wheel order. */
export const qmsAspectSchema = /* @__PURE__ */ z.enum([
  'planning',
  'control',
  'improvement',
  'assurance',
]);
export type QmsAspect = z.infer<typeof qmsAspectSchema>;
export const qmsAspects: readonly QmsAspect[] = qmsAspectSchema.options;
