import assert from 'node:assert/strict';
import { parseDatasetJson, type Dataset } from '../../src/index.js';

/** Freezes a value and everything inside it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A frozen deep copy of `dataset`, so a test can check the functions never mutate their input. */
export function frozenCopy(dataset: Dataset): Dataset {
  return deepFreeze(structuredClone(dataset));
}

/** Asserts that `dataset` still passes the full schema, reference checks included. */
export function assertValid(dataset: Dataset): void {
  const result = parseDatasetJson(structuredClone(dataset));
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems, null, 2));
}

export const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);
