import type * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { describeValue, formatPath } from './describe-value.js';
import { quoteText } from '../quote-text.js';
import { closestId } from '../schema/suggest.js';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

export interface ZodProblemOptions {
  /** The value that was parsed: used to say what was found when an issue does not carry it. */
  input?: unknown;
  /** Path segments to put in front of every issue's path (e.g. `['measures', 2]`). */
  prefix?: (string | number)[];
  /** What to call the whole input when an issue is at the top level. Default "the input". */
  root?: string;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  null: 'null',
  date: 'a date',
  bigint: 'a whole number',
};

const expectedWord = (expected: string): string =>
  Object.hasOwn(EXPECTED, expected) ? (EXPECTED[expected] ?? expected) : expected;

// zod's own English messages start like this; schema-supplied messages ("must …") never do.
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized key|Expected|Required)/;

/** What was at an issue's path: a value, nothing at all, or unknown (no input to look in). */
interface Found {
  state: 'present' | 'missing' | 'unknown';
  value: unknown;
}

/** The value at `path` inside `root`, and whether it is there at all. */
function lookup(root: unknown, path: readonly PropertyKey[]): Found {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return { state: 'missing', value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current === undefined
    ? { state: 'missing', value: undefined }
    : { state: 'present', value: current };
}

function found(issue: Issue, fullPath: Path, options: ZodProblemOptions): Found {
  if ('input' in issue && issue.input !== undefined) {
    return { state: 'present', value: issue.input };
  }
  if (!('input' in options)) return { state: 'unknown', value: undefined };
  const prefix = options.prefix ?? [];
  return lookup(options.input, fullPath.slice(prefix.length));
}

const got = (f: Found): string => (f.state === 'present' ? `, got ${describeValue(f.value)}` : '');

/** At most this many values are listed in one message: every option of a schema, not a thousand unknown keys. */
const MAX_LISTED = 40;

function quoteAll(values: readonly unknown[]): string {
  const words = values
    .slice(0, MAX_LISTED)
    .map((v) => (typeof v === 'string' ? quoteText(v) : String(v)));
  if (values.length > MAX_LISTED) words.push(`${values.length - MAX_LISTED} more`);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function sizeWord(origin: string, count: number | bigint): string {
  if (origin === 'string') return `${count} character${count === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return `${count} item${count === 1 ? '' : 's'}`;
  return String(count);
}

/** A schema's own message, with what was found added when the message does not already say. */
function customMessage(issue: Issue, f: Found): string {
  if (f.state !== 'present' || /\bgot\b/.test(issue.message)) return issue.message;
  if (typeof f.value === 'string' && issue.message.includes(quoteText(f.value))) {
    return issue.message;
  }
  // A number counts as said only as a whole token, so "2" is not found inside "2024".
  if (typeof f.value === 'number') {
    const token = String(f.value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\d.])${token}($|[^\\d.])`).test(issue.message)) return issue.message;
  }
  return f.value !== null && typeof f.value === 'object'
    ? issue.message
    : `${issue.message}${got(f)}`;
}

/** `; did you mean "steeep"?` for a near-miss among allowed text values. */
function didYouMean(values: readonly unknown[], f: Found): string {
  if (typeof f.value !== 'string') return '';
  const close = closestId(
    f.value,
    values.filter((v): v is string => typeof v === 'string'),
  );
  return close === undefined ? '' : `; did you mean "${close}"?`;
}

/** The plain-English message for one issue (not a union: those are expanded by the caller). */
function plainMessage(issue: Issue, f: Found): string {
  if (!ZOD_DEFAULT.test(issue.message)) return customMessage(issue, f);
  switch (issue.code) {
    case 'invalid_type': {
      if (f.state === 'missing') return 'is required';
      const expected = expectedWord(issue.expected);
      return `must be ${expected}${got(f)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quoteAll(issue.values)}${got(f)}`
        : `must be one of ${quoteAll(issue.values)}${got(f)}${didYouMean(issue.values, f)}`;
    case 'too_small': {
      const { origin, minimum, inclusive } = issue;
      if ((origin === 'string' || origin === 'array') && minimum === 1) {
        return origin === 'string' ? 'must not be empty' : 'must have at least one item';
      }
      if (issue.exact) return `must be exactly ${sizeWord(origin, minimum)} long`;
      const bound = inclusive === false ? 'more than' : 'at least';
      if (origin === 'number' || origin === 'int' || origin === 'bigint') {
        return `must be ${inclusive === false ? 'greater than' : 'at least'} ${minimum}${got(f)}`;
      }
      return `must have ${bound} ${sizeWord(origin, minimum)}`;
    }
    case 'too_big': {
      const { origin, maximum, inclusive } = issue;
      if (issue.exact) return `must be exactly ${sizeWord(origin, maximum)} long`;
      if (origin === 'number' || origin === 'int' || origin === 'bigint') {
        return `must be ${inclusive === false ? 'less than' : 'at most'} ${maximum}${got(f)}`;
      }
      return `must have ${inclusive === false ? 'fewer than' : 'at most'} ${sizeWord(origin, maximum)}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got(f)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `must be a web address${got(f)}`;
      if (issue.format === 'email') return `must be an email address${got(f)}`;
      return `is not in the expected format${issue.format === 'regex' ? '' : ` (${issue.format})`}${got(f)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${quoteAll(issue.keys)}`;
    case 'invalid_key':
      // The path already ends with the offending key, so say what a key must be.
      return `is not an allowed key: ${innerMessages(issue.issues)}`;
    case 'invalid_element':
      return `is not an allowed element: ${innerMessages(issue.issues)}`;
    case 'custom':
    case 'invalid_union':
    default:
      return 'is not valid';
  }
}

function innerMessages(issues: readonly Issue[]): string {
  return issues
    .map((i) =>
      ZOD_DEFAULT.test(i.message)
        ? plainMessage(i, { state: 'unknown', value: undefined })
        : i.message,
    )
    .join('; ');
}

/** True for a branch that failed only because the value was of another type or option. */
function isMismatch(issues: readonly Issue[]): boolean {
  return issues.every(
    (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
  );
}

/** What the mismatched branches of a union wanted, e.g. `text or an object`, `"a", "b" or a list`. */
function unionExpectation(branches: readonly Issue[][]): { words: string; values: unknown[] } {
  const wanted: string[] = [];
  const values: unknown[] = [];
  for (const issue of branches.flat()) {
    const words =
      issue.code === 'invalid_type'
        ? [expectedWord(issue.expected)]
        : issue.code === 'invalid_value'
          ? issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)))
          : [];
    if (issue.code === 'invalid_value') values.push(...issue.values);
    for (const word of words) if (!wanted.includes(word)) wanted.push(word);
  }
  const words =
    wanted.length <= 1
      ? wanted.join('')
      : `${wanted.slice(0, -1).join(', ')} or ${wanted[wanted.length - 1]}`;
  return { words, values };
}

function collect(issue: Issue, base: Path, options: ZodProblemOptions, out: Problem[]): void {
  const fullPath: Path = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got past the type check (the shape the author clearly meant);
    // if several did, the one with the fewest issues is the closest.
    const serious = issue.errors
      .filter((branch) => !isMismatch(branch))
      .sort((a, b) => a.length - b.length);
    if (serious.length > 0) {
      for (const inner of serious[0] ?? []) collect(inner, fullPath, options, out);
      return;
    }
    {
      const f = found(issue, fullPath, options);
      const expected = unionExpectation(issue.errors);
      const message =
        f.state === 'missing'
          ? 'is required'
          : `must be ${expected.words}${got(f)}${didYouMean(expected.values, f)}`;
      out.push(problemAt(fullPath, message, options));
      return;
    }
  }
  out.push(problemAt(fullPath, plainMessage(issue, found(issue, fullPath, options)), options));
}

function problemAt(path: Path, message: string, options: ZodProblemOptions): Problem {
  const segments = path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  return {
    where: segments.length > 0 ? formatPath(segments) : (options.root ?? 'the input'),
    message,
    path: segments,
  };
}

/**
 * Turns zod issues into problems in plain English, each naming its JSON path:
 * `measures[2].data[5].y: must be a number, got text "abc"`. Messages written into a schema are
 * kept as they are; zod's own wording is rephrased. Unions report the branch the input was
 * closest to. Pass the parsed `input` so messages can say what was found.
 */
export function zodIssuesToProblems(
  issues: readonly Issue[],
  options: ZodProblemOptions = {},
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) collect(issue, options.prefix ?? [], options, out);
  // One problem per place: a bad date fails both the format and the calendar check, say it once.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = JSON.stringify(p.path ?? p.where);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
