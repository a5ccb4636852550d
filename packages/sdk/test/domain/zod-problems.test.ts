import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod';
import { formatPath, zodIssuesToProblems } from '../../src/index.js';

const lines = (schema: z.ZodType, input: unknown, withInput = true) => {
  const result = schema.safeParse(input);
  assert.equal(result.success, false);
  return zodIssuesToProblems(
    result.success ? [] : result.error.issues,
    withInput ? { input, root: 'it' } : {},
  ).map((p) => `${p.where}: ${p.message}`);
};

describe('zodIssuesToProblems', () => {
  test('rephrases zod’s own wording', () => {
    const schema = z.object({
      n: z.number(),
      i: z.number().int(),
      s: z.string().min(3),
      a: z.array(z.string()).min(1),
      e: z.enum(['red', 'amber']),
      big: z.number().max(10),
      pos: z.number().positive(),
      half: z.number().multipleOf(0.5),
      u: z.url(),
      flag: z.boolean(),
    });
    const found = lines(schema, {
      n: 'abc',
      i: 1.5,
      s: 'ab',
      a: [],
      e: 'green',
      big: 11,
      pos: 0,
      half: 0.3,
      u: 'nope',
      flag: 'yes',
    });
    assert.deepEqual(found, [
      'n: must be a number, got text "abc"',
      'i: must be a whole number, got 1.5',
      's: must have at least 3 characters',
      'a: must have at least one item',
      'e: must be one of "red" or "amber", got text "green"',
      'big: must be at most 10, got 11',
      'pos: must be greater than 0, got 0',
      'half: must be a multiple of 0.5, got 0.3',
      'u: must be a web address, got text "nope"',
      'flag: must be true or false, got text "yes"',
    ]);
    for (const line of found) assert.doesNotMatch(line, /Invalid|received|expected/);
  });

  test('keeps messages written in the schema, adding what was found', () => {
    const schema = z.object({ d: z.string().regex(/^\d{4}$/, 'must be a year such as 2024') });
    assert.deepEqual(lines(schema, { d: '24' }), ['d: must be a year such as 2024, got text "24"']);
  });

  test('missing fields, the top level, and no input to look in', () => {
    const schema = z.object({ a: z.object({ b: z.number() }) });
    assert.deepEqual(lines(schema, { a: {} }), ['a.b: is required']);
    assert.deepEqual(lines(schema, 'x'), ['it: must be an object, got text "x"']);
    assert.deepEqual(lines(schema, { a: { b: 'x' } }, false), ['a.b: must be a number']);
  });

  test('unions: the branch that was meant, or what any branch wanted', () => {
    const schema = z.object({
      v: z.union([z.string(), z.object({ en: z.string() })]),
    });
    assert.deepEqual(lines(schema, { v: { en: 1 } }), ['v.en: must be text, got 1']);
    assert.deepEqual(lines(schema, { v: 1 }), ['v: must be text or an object, got 1']);
    assert.deepEqual(lines(schema, {}), ['v: is required']);
  });

  test('prefixes and odd keys in paths', () => {
    const result = z.record(z.string(), z.number()).safeParse({ 'en-GB': 'x' });
    const problems = zodIssuesToProblems(result.success ? [] : result.error.issues, {
      prefix: ['labels', 2],
    });
    assert.equal(problems[0]?.where, 'labels[2]["en-GB"]');
    assert.deepEqual(problems[0]?.path, ['labels', 2, 'en-GB']);
    assert.equal(formatPath(['measures', 2, 'data', 5, 'y']), 'measures[2].data[5].y');
  });
});
