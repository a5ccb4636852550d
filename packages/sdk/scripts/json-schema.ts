// Writes dist/qms-kit.schema.json from the zod schemas, for vendors on other stacks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { datasetSchema } from '../src/schema/index.js';

const schema = z.toJSONSchema(datasetSchema, { unrepresentable: 'any', io: 'input' });
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../dist/qms-kit.schema.json', import.meta.url),
  JSON.stringify({ title: 'qms-kit dataset', ...schema }, null, 2) + '\n',
);
