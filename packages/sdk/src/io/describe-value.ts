import { QUOTE_LIMIT, quoteText } from '../quote-text.js';

export { quoteText };

// A value inside a sentence about something else: a short start is enough to recognise it.
const MAX_TEXT = 40;

/** A value as plain words for a problem message: `text "abc"`, `12`, `a list`, `nothing (null)`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      if (value === '') return 'empty text';
      return `text ${quoteText(value, MAX_TEXT)}`;
    case 'number':
      return Number.isNaN(value) ? 'NaN (not a number)' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `the big integer ${String(value)}`;
    case 'undefined':
      return 'nothing';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
      if (value instanceof Date) return 'a Date object';
      return 'an object';
  }
}

/** A JSON-ish path for people: `measures[2].data[5].y`, with odd keys quoted: `labels["en-GB"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (key.length <= QUOTE_LIMIT && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${quoteText(key)}]`;
  }
  return out;
}
