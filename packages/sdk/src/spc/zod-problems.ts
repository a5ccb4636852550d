import type * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { QUOTE_LIMIT, quoteText } from '../quote-text.js';

type Issue = z.core.$ZodIssue;
type PathSegment = string | number;

/** `['data', 4, 'n']` → `data[4].n`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    // An unknown key is the user's text: quote a long one rather than echo all of it.
    else if (segment.length > QUOTE_LIMIT) out += `[${quoteText(segment)}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? 'input' : out;
}

export function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((v) => (typeof v === 'string' ? quoteText(v) : String(v)));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'must be a number',
  int: 'must be a whole number',
  string: 'must be text',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
  date: 'must be a valid date',
  null: 'must be null',
};

function describeType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined) return 'is required';
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
    return 'must be a finite number';
  return TYPE_WORDS[issue.expected] ?? `must be of type ${issue.expected}`;
}

function sizeWord(origin: string): string {
  return origin === 'array' || origin === 'set'
    ? ' items'
    : origin === 'string'
      ? ' characters'
      : '';
}

/** Plain-words message for one zod issue (zod's own wording is never shown). */
function describeIssue(issue: Issue, path: readonly PathSegment[]): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue);
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'int') {
        if (!issue.inclusive && min === 0) return 'must be greater than 0';
        return issue.inclusive ? `must be at least ${min}` : `must be greater than ${min}`;
      }
      return `must have at least ${min}${sizeWord(issue.origin)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int') {
        return issue.inclusive ? `must be at most ${max}` : `must be less than ${max}`;
      }
      return `must have at most ${max}${sizeWord(issue.origin)}`;
    }
    case 'invalid_value':
      return `must be one of ${quoteList(issue.values)}`;
    case 'invalid_union':
      if (path[path.length - 1] === 'rules' || path[0] === 'rules') {
        return 'must be a preset name ("mdc", "mdc-2022", "mdc-excel", "nhsr", "qic" or "anhoej") or an object of rule settings';
      }
      if (path[path.length - 1] === 'x')
        return 'must be an ISO date such as 2024-04-01, a number or a Date';
      return 'is not in a form that can be used';
    case 'unrecognized_keys':
      return 'is not an option spc() understands';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    // Format and custom checks in our schemas carry their own plain messages.
    case 'invalid_format':
    case 'custom':
      return issue.message.startsWith('Invalid') ? 'is not valid' : issue.message;
    default:
      return 'is not valid';
  }
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** Converts zod issues to readable `Problem`s, e.g. `{ where: 'rules.shift', message: 'must be at most 20' }`. */
/** The union branch the input was meant for: the one whose issues are not about its root type. */
function intendedBranch(
  issue: Extract<Issue, { code: 'invalid_union' }>,
): readonly Issue[] | undefined {
  return issue.errors.find(
    (branch) =>
      branch.length > 0 &&
      branch.every(
        (i) => i.path.length > 0 || (i.code !== 'invalid_type' && i.code !== 'invalid_value'),
      ),
  );
}

export function problemsFromZod(
  issues: readonly Issue[],
  prefix: readonly PathSegment[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...toSegments(issue.path)];
    if (issue.code === 'invalid_union') {
      const branch = intendedBranch(issue);
      if (branch !== undefined) {
        problems.push(...problemsFromZod(branch, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        problems.push({
          where: formatPath(keyPath),
          message: describeIssue(issue, keyPath),
          path: keyPath,
        });
      }
      continue;
    }
    problems.push({ where: formatPath(path), message: describeIssue(issue, path), path });
  }
  return problems;
}
