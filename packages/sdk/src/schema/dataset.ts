import { z } from 'zod';
export const datasetSchema = z.object({ organisation: z.string() });
