import * as z from 'zod';

/** The four aspects of the NHS Wales QMS (Juran's trilogy plus assurance), in wheel order. */
export const qmsAspectSchema = z.enum(['planning', 'control', 'improvement', 'assurance']);
export type QmsAspect = z.infer<typeof qmsAspectSchema>;
export const qmsAspects: readonly QmsAspect[] = qmsAspectSchema.options;
