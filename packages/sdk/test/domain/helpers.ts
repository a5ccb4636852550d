import assert from 'node:assert/strict';
import type { Problem, Result } from '../../src/problems.js';
import { sampleDataset } from '../../src/sample/index.js';

/** A deep copy of the sample dataset as plain JSON. */
export function sampleJson(): unknown {
  return JSON.parse(JSON.stringify(sampleDataset)) as unknown;
}

/** Marks a field to delete in `changed`. */
export const REMOVE = Symbol('remove');

/**
 * A copy of `base` (default: the sample dataset as JSON) with the value at `path` replaced (or
 * removed), for breaking one thing on purpose.
 */
export function changed(
  path: readonly (string | number)[],
  value: unknown,
  base: unknown = sampleJson(),
): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  let node = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy;
}

/** The problems of a failed result (fails the test if it succeeded). */
export function problemsOf<T>(result: Result<T>): Problem[] {
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : result.problems;
}

/** The value of a successful result (fails the test with the problems if not). */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

/** Asserts a problem with exactly this `where` and `message` is among the problems. */
export function assertProblem(problems: readonly Problem[], where: string, message: string): void {
  const lines = problems.map((p) => `${p.where}: ${p.message}`);
  assert.ok(
    lines.includes(`${where}: ${message}`),
    `expected "${where}: ${message}" in:\n${lines.join('\n')}`,
  );
}
