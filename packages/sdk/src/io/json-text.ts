import type { Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { findJsonSyntaxError } from './json-syntax.js';

/**
 * Parses JSON text into a value, or one problem naming the line and column of the first syntax
 * error in plain words. A leading byte-order mark is ignored.
 */
export function parseJsonText(text: string): Result<unknown> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return fail([{ where: 'line 1, column 1', message: 'the text is empty; expected JSON' }]);
  }
  try {
    return ok(JSON.parse(source) as unknown);
  } catch (error) {
    const found = findJsonSyntaxError(source);
    if (found) {
      return fail([
        {
          where: `line ${found.line}, column ${found.column}`,
          message: `is not valid JSON: ${found.reason}`,
        },
      ]);
    }
    // Valid grammar that JSON.parse still refused (e.g. nesting too deep for the engine).
    const reason = error instanceof Error ? error.message : String(error);
    return fail([{ where: 'the text', message: `could not be read as JSON: ${reason}` }]);
  }
}

/** JSON text parsed, or any other value passed through: the first step of every text-or-value parser. */
export function jsonValue(input: unknown): Result<unknown> {
  return typeof input === 'string' ? parseJsonText(input) : ok(input);
}

/** A whole dataset, as elements accept one in place of their own input shape. */
export function looksLikeDataset(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'organisation' in value &&
    'framework' in value
  );
}
