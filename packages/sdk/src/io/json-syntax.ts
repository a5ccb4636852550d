import { quoteText } from '../quote-text.js';

/** Where JSON text first breaks the grammar, and why, in plain words. */
export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  offset: number;
  line: number;
  column: number;
  reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

type Container = '{' | '[';

/** 1-based line and column of an offset (lines split at \n, \r\n or \r). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function show(ch: string | undefined): string {
  return ch === undefined ? 'the end of the text' : JSON.stringify(ch);
}

/**
 * Finds the first JSON syntax error in `text` (undefined if it is valid JSON). JSON.parse's own
 * messages differ between engines and often omit the position, so the grammar is re-walked here,
 * iteratively, so deep nesting cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const stack: Container[] = [];
  const at = (offset: number, reason: string): JsonSyntaxError => ({
    offset,
    ...lineAndColumn(text, offset),
    reason,
  });
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  };

  // Reads a string starting at the opening quote; returns an error or undefined.
  const readString = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < text.length) {
      const ch = text[i] ?? '';
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return at(i, 'a \\u escape must be followed by four hexadecimal digits');
          }
          i += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) {
          return at(i, `${show(`\\${next ?? ''}`)} is not a valid escape in JSON text`);
        }
        i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) {
        return at(
          i,
          'text in quotes may not contain a line break or tab; write \\n or \\t instead',
        );
      }
      i++;
    }
    return at(start, 'this text in quotes is never closed with a "');
  };

  // Reads one value; containers are opened (pushed) and closed by the main loop.
  const readValue = (): JsonSyntaxError | 'opened' | undefined => {
    skip();
    const ch = text[i];
    if (ch === undefined) return at(i, 'the text ends where a value was expected');
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      return 'opened';
    }
    if (ch === '"') return readString();
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') return at(i, 'this is not a valid number');
      i += m[0].length;
      return undefined;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return undefined;
    }
    if (ch === "'") return at(i, 'JSON text must use double quotes ("), not single quotes');
    if (word !== undefined) {
      return at(
        i,
        `unexpected word ${quoteText(word)}; text must be in double quotes, and only true, false and null are allowed bare`,
      );
    }
    if (ch === '}' || ch === ']') return at(i, `unexpected ${show(ch)} where a value was expected`);
    return at(i, `unexpected ${show(ch)} where a value was expected`);
  };

  // Reads `"key":` inside an object.
  const readKey = (): JsonSyntaxError | undefined => {
    skip();
    const ch = text[i];
    if (ch === undefined) return at(i, 'the text ends inside an object; is a } missing?');
    if (ch !== '"') {
      return at(
        i,
        ch === "'"
          ? 'property names must use double quotes ("), not single quotes'
          : `expected a property name in double quotes, found ${show(ch)}`,
      );
    }
    const error = readString();
    if (error) return error;
    skip();
    if (text[i] !== ':')
      return at(i, `expected ":" after the property name, found ${show(text[i])}`);
    i++;
    return undefined;
  };

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      const result = readValue();
      if (result !== undefined && result !== 'opened') return result;
      if (result === 'opened') {
        skip();
        const top = stack[stack.length - 1];
        const close = top === '{' ? '}' : ']';
        if (text[i] === close) {
          stack.pop();
          i++;
        } else if (top === '{') {
          const error = readKey();
          if (error) return error;
          continue;
        } else {
          continue;
        }
      }
      expectValue = false;
    }
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      return i < text.length ? at(i, 'unexpected text after the end of the JSON value') : undefined;
    }
    const close = top === '{' ? '}' : ']';
    const ch = text[i];
    if (ch === ',') {
      i++;
      skip();
      if (text[i] === close)
        return at(i, `a comma may not come right before ${show(close)} in JSON`);
      if (top === '{') {
        const error = readKey();
        if (error) return error;
      }
      expectValue = true;
    } else if (ch === close) {
      stack.pop();
      i++;
    } else if (ch === undefined) {
      return at(
        i,
        `the text ends before the ${top === '{' ? 'object' : 'list'} is closed; is a ${close} missing?`,
      );
    } else {
      return at(i, `expected "," or ${show(close)}, found ${show(ch)}`);
    }
  }
}
