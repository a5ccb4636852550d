import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  findJsonSyntaxError,
  parseDatasetJson,
  parseJsonText,
  parseMeasureJson,
} from '../../src/index.js';
import { assertProblem, problemsOf, valueOf } from './helpers.js';

describe('JSON text', () => {
  test('syntax errors give line and column in plain words', () => {
    const text = '{\n  "organisation": "x",\n  "measures": [1,]\n}';
    assertProblem(
      problemsOf(parseDatasetJson(text)),
      'line 3, column 18',
      'is not valid JSON: a comma may not come right before "]" in JSON',
    );
    assertProblem(
      problemsOf(parseDatasetJson("{'organisation': 1}")),
      'line 1, column 2',
      'is not valid JSON: property names must use double quotes ("), not single quotes',
    );
    assertProblem(
      problemsOf(parseDatasetJson('{"a": 1\r\n"b": 2}')),
      'line 2, column 1',
      'is not valid JSON: expected "," or "}", found "\\""',
    );
    assertProblem(
      problemsOf(parseDatasetJson('{"a": [1, 2')),
      'line 1, column 12',
      'is not valid JSON: the text ends before the list is closed; is a ] missing?',
    );
    assertProblem(
      problemsOf(parseDatasetJson('{"a": "unterminated}')),
      'line 1, column 7',
      'is not valid JSON: this text in quotes is never closed with a "',
    );
    assertProblem(
      problemsOf(parseDatasetJson('{"a": undefined}')),
      'line 1, column 7',
      'is not valid JSON: unexpected word "undefined"; text must be in double quotes, and only true, false and null are allowed bare',
    );
    assertProblem(
      problemsOf(parseDatasetJson('{} x')),
      'line 1, column 4',
      'is not valid JSON: unexpected text after the end of the JSON value',
    );
    assertProblem(
      problemsOf(parseDatasetJson('   ')),
      'line 1, column 1',
      'the text is empty; expected JSON',
    );
  });

  test('a byte-order mark is ignored', () => {
    assert.deepEqual(valueOf(parseJsonText('\ufeff{"a":1}')), { a: 1 });
  });

  test('the syntax checker agrees with JSON.parse on tricky inputs', () => {
    const cases = [
      '1',
      '-0.5e+3',
      '01',
      '1.',
      '.5',
      '"\\u12"',
      '"\\x"',
      '"a\tb"',
      '[]',
      '{}',
      '[,]',
      '{"a":}',
      'nul',
      'true false',
      '"\\ud800"',
      '[[[[]]]]',
      '{"a":{"b":[{}]}}',
    ];
    for (const text of cases) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      assert.equal(findJsonSyntaxError(text) === undefined, valid, text);
    }
  });

  test('deep nesting neither overflows nor throws', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    const found = findJsonSyntaxError(deep);
    assert.equal(found?.offset, deep.length);
    assert.equal(parseDatasetJson(deep).ok, false);
  });
});

describe('JSON paths', () => {
  test('a bad value deep inside names the full path', () => {
    const measure = {
      id: 'falls',
      name: 'Falls',
      data: [
        { x: '2024-01-01', y: 1 },
        { x: '2024-02-01', y: true },
      ],
    };
    assertProblem(problemsOf(parseMeasureJson(measure)), 'data[1].y', 'must be a number, got true');
    // Only a value passed in memory can be infinite (JSON has no Infinity); it is refused too.
    for (const [y, got] of [
      [Infinity, 'Infinity'],
      [-Infinity, '-Infinity'],
      [NaN, 'NaN (not a number)'],
    ] as const) {
      const bad = { ...measure, data: [{ x: '2024-01-01', y }] };
      assertProblem(problemsOf(parseMeasureJson(bad)), 'data[0].y', `must be a number, got ${got}`);
    }
    assertProblem(
      problemsOf(
        parseMeasureJson(
          JSON.stringify({
            ...measure,
            annotations: [{ x: '2024-01-01', label: { 'en GB': 'x' } }],
          }),
        ),
      ),
      'annotations[0].label["en GB"]',
      'is not an allowed key: must be a language tag such as "en" or "cy"',
    );
  });
});
