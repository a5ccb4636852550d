import * as z from 'zod/mini';
import type { Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { parseJsonText } from './json-text.js';
import { zodIssuesToProblems } from './zod-problems.js';
import { capProblems } from './csv-table.js';

/**
 * Validates `input` against a schema and returns a `Result` with plain-English problems; never
 * throws. A string is read as JSON text first (none of qms-kit's documents is a bare string).
 */
export function parseWithSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  root = 'the input',
): Result<z.output<S>> {
  let value = input;
  if (typeof input === 'string') {
    const text = parseJsonText(input);
    if (!text.ok) return text;
    value = text.value;
  }
  try {
    const parsed = z.safeParse(schema, value, { reportInput: true });
    if (parsed.success) return ok(parsed.data);
    // Capped: a file with 8,000 bad points needs the first hundred listed, not a page of 8,000.
    return fail(capProblems(zodIssuesToProblems(parsed.error.issues, { input: value, root })));
  } catch (error) {
    // Only exotic inputs (getters that throw, proxies, extreme nesting) get here.
    const reason = error instanceof Error ? error.message : String(error);
    return fail([{ where: root, message: `could not be checked: ${reason}` }]);
  }
}
