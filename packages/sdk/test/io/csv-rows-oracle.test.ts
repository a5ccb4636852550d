// The one-pass CSV reader against d3-dsv, the well-kept library it replaced on the hot path:
// on any text d3-dsv writes, both read the same records (d3-dsv is the oracle, RFC 4180).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { readCsvRecords } from '../../src/io/csv-rows.js';

// Characters that matter to CSV, plus ordinary and Welsh letters and a formula sign.
const cell = fc.string({
  unit: fc.constantFrom('a', 'B', '7', ' ', ',', '"', '\n', '\r', '\r\n', 'ŵ', 'ŷ', '=', ';', '\t'),
  maxLength: 12,
});

/**
 * Our reader drops spaces around a cell that is not quoted (they carry no meaning there), while
 * d3-dsv keeps them; cells d3-dsv quotes are compared exactly.
 */
const needsQuotes = (text: string): boolean => /[",\n\r]/.test(text);
const comparable = (row: string[]): string[] => row.map((c) => (needsQuotes(c) ? c : c.trim()));

test('readCsvRecords reads what d3-dsv writes exactly as d3-dsv reads it', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
      (rows) => {
        const text = csvFormatRows(rows.map(comparable));
        const ours = readCsvRecords(text);
        assert.equal(ours.unclosed, undefined);
        assert.deepEqual(ours.records, csvParseRows(text).map(comparable));
      },
    ),
    { numRuns: 500 },
  );
});

test('quoted cells keep their edge spaces, as d3-dsv does', () => {
  const text = '" Ann ",b\n"x, y ","he said ""hi"""';
  assert.deepEqual(readCsvRecords(text).records, csvParseRows(text));
});
