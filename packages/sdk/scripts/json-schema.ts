// Writes dist/qms-kit.schema.json from the zod schemas, for vendors on other stacks.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import {
  actionSchema,
  dataPointSchema,
  datasetSchema,
  frameworkSchema,
  idSchema,
  isoDateSchema,
  localisedTextSchema,
  measureSchema,
  pdsaCycleSchema,
  qmsAssessmentSchema,
  statementSchema,
} from '../src/schema/index.js';

// A local registry (not zod's global one) names the shared parts as $defs, so the file stays
// readable and importing the SDK twice on a page can never clash over registered ids.
const names = z.registry<{ id: string; description?: string }>();
names.add(localisedTextSchema, {
  id: 'LocalisedText',
  description: 'Text in one language (a string) or several ({ "en": "Safe", "cy": "Diogel" }).',
});
names.add(isoDateSchema, { id: 'IsoDate', description: 'An ISO 8601 date such as 2024-04-01.' });
names.add(idSchema, { id: 'Id', description: 'Letters, digits, "-", "_", "." and ":".' });
names.add(dataPointSchema, { id: 'DataPoint' });
names.add(measureSchema, {
  id: 'Measure',
  description: 'A quality measure and its data over time.',
});
names.add(frameworkSchema, {
  id: 'Framework',
  description: 'A quality framework: domains and enablers.',
});
names.add(qmsAssessmentSchema, {
  id: 'QmsAssessment',
  description: 'A QMS self-assessment: what the cycle wheel draws.',
});
names.add(statementSchema, { id: 'Statement', description: 'An I/We statement card.' });
names.add(pdsaCycleSchema, { id: 'PdsaCycle' });
names.add(actionSchema, { id: 'Action', description: 'An action or improvement project.' });

const schema = z.toJSONSchema(datasetSchema, {
  unrepresentable: 'any',
  io: 'input',
  metadata: names,
});
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../dist/qms-kit.schema.json', import.meta.url),
  JSON.stringify({ title: 'qms-kit dataset', ...schema }, null, 2) + '\n',
);
