// Hostile input into every public loader: arbitrary text, CSV-shaped noise and arbitrary JSON
// never throw, and always give either a value or problems whose messages are bounded.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  findJsonSyntaxError,
  parseActionsCsv,
  parseActionsJson,
  parseAssessmentJson,
  parseDataPointsCsv,
  parseDatasetJson,
  parseFrameworkJson,
  parseJsonText,
  parseMeasureJson,
  parseMeasuresCsv,
  parseStatementJson,
  type Result,
} from '../../src/index.js';

const MAX_MESSAGE = 1_000;

function assertWellFormed(result: Result<unknown>): void {
  if (result.ok) return;
  assert.ok(result.problems.length > 0, 'a failure names at least one problem');
  assert.ok(result.problems.length <= 101, `${result.problems.length} problems`);
  for (const p of result.problems) {
    assert.equal(typeof p.where, 'string');
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.length > 0 && p.message.length < MAX_MESSAGE, p.message.slice(0, 100));
    assert.ok(p.where.length < MAX_MESSAGE, p.where.slice(0, 100));
  }
}

const jsonLoaders = {
  parseDatasetJson,
  parseMeasureJson,
  parseActionsJson,
  parseStatementJson,
  parseAssessmentJson,
  parseFrameworkJson,
  parseJsonText,
};
const csvLoaders = {
  parseMeasuresCsv: (t: string) => parseMeasuresCsv(t),
  parseDataPointsCsv: (t: string) => parseDataPointsCsv(t),
  parseActionsCsv,
};

// Text made of what CSV and JSON are built from, so the parsers' edge cases come up often.
const structural = fc.string({
  unit: fc.constantFrom(
    '"',
    ',',
    '\n',
    '\r',
    ' ',
    '{',
    '}',
    '[',
    ']',
    ':',
    '\\',
    'u',
    '1',
    '-',
    '.',
    'e',
    'a',
    '\ufeff',
  ),
  maxLength: 60,
});
const csvShaped = fc
  .tuple(
    fc.constantFrom(
      'measure,date,value',
      'id,title,owner,status',
      'measure,date,value,denominator,note',
      '',
    ),
    fc.array(
      fc.array(
        fc.oneof(structural, fc.string(), fc.constantFrom('2024-04-01', '12', 'm', 'A1', '-3.5')),
        { maxLength: 6 },
      ),
      { maxLength: 6 },
    ),
  )
  .map(([header, rows]) => [header, ...rows.map((r) => r.join(','))].join('\n'));

describe('every loader, any input: a value or bounded problems, never a throw', () => {
  for (const [name, load] of Object.entries(csvLoaders)) {
    test(`${name}: arbitrary and CSV-shaped text`, () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), structural, csvShaped),
          (text) => {
            assertWellFormed(load(text));
          },
        ),
        { numRuns: 500 },
      );
      // Hosts pass whatever they have: anything that is not text is refused in words.
      fc.assert(
        fc.property(fc.anything(), (value) => {
          if (typeof value !== 'string') assert.equal(load(value as never).ok, false);
        }),
        { numRuns: 100 },
      );
    });
  }

  for (const [name, load] of Object.entries(jsonLoaders)) {
    test(`${name}: arbitrary text and arbitrary JSON values`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), structural, fc.json()), (text) => {
          assertWellFormed(load(text));
        }),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
          if (name !== 'parseJsonText') assertWellFormed(load(value as never));
        }),
        { numRuns: 300 },
      );
    });
  }

  test('findJsonSyntaxError agrees with JSON.parse on whether text is valid', () => {
    fc.assert(
      fc.property(fc.oneof(structural, fc.json()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const error = findJsonSyntaxError(text);
        assert.equal(error === undefined, valid, JSON.stringify(text));
        if (error) assert.ok(error.reason.length < MAX_MESSAGE);
      }),
      { numRuns: 1000 },
    );
  });
});
