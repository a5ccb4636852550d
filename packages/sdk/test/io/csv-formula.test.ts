import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeFormula, isFormulaLike, unescapeFormula } from '../../src/io/csv-formula.js';
import { formatCsv, formatCsvCell } from '../../src/io/csv-format.js';
import { isPlainDecimal } from '../../src/io/csv-values.js';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠'];

describe('escapeFormula: one function for every CSV the kit writes', () => {
  for (const trigger of TRIGGERS) {
    const name = JSON.stringify(trigger);
    test(`a cell starting with ${name}, alone or after spaces or apostrophes, is escaped`, () => {
      for (const cell of [
        `${trigger}A1`,
        `  ${trigger}A1`,
        `\u00a0${trigger}1`,
        `\u3000${trigger}x`,
        `'${trigger}x`,
        `'' ${trigger}x`,
      ]) {
        assert.equal(escapeFormula(cell), `'${cell}`, JSON.stringify(cell));
        assert.equal(unescapeFormula(escapeFormula(cell)), cell);
      }
    });
  }

  test('plain numbers, negative ones included, stay numbers', () => {
    for (const cell of ['-3.5', '+2', '-0', '1e-3', '-1.5E+10', '.5', '-.5', '12.']) {
      assert.equal(escapeFormula(cell), cell, cell);
    }
    // Anything more than a number is escaped: sums, ranges, signs before text.
    for (const cell of ['-2+3', '-A1', '+1 ', '-1,000', '=1', '-3.5%', '- 3']) {
      assert.equal(escapeFormula(cell), `'${cell}`, cell);
    }
  });

  test('text that cannot run is left alone', () => {
    for (const cell of ['', 'Ann', ' Ann', "it's", "'quoted'", 'a=b', 'a-b', '2024-04-01', '  ']) {
      assert.equal(escapeFormula(cell), cell, JSON.stringify(cell));
    }
  });

  test('escaped cells never start with a formula character after trimming (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...TRIGGERS, ' ', '\u00a0', '\u2003', '\u3000', "'", '"', ',', '1', '.', 'e'),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (cell) => {
        const escaped = escapeFormula(cell);
        const first = escaped.trim().charAt(0);
        if (isPlainDecimal(escaped)) return;
        assert.ok(!TRIGGERS.includes(first), JSON.stringify({ cell, escaped }));
        assert.equal(isFormulaLike(escaped) ? escaped.startsWith("'") : true, true);
      }),
      { numRuns: 5000 },
    );
  });

  test('unescapeFormula undoes escapeFormula exactly, and nothing else (property)', () => {
    const unit = fc.constantFrom(...TRIGGERS, ' ', "'", 'a', '1', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (cell) => {
        assert.equal(unescapeFormula(escapeFormula(cell)), cell);
        // Text that was never escaped reads back as itself.
        if (escapeFormula(cell) === cell) assert.equal(unescapeFormula(cell), cell);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatCsv', () => {
  test('quotes commas, quotes, line breaks and edge white space; escapes formulas', () => {
    assert.equal(formatCsvCell('a,b'), '"a,b"');
    assert.equal(formatCsvCell('say "hi"'), '"say ""hi"""');
    assert.equal(formatCsvCell('two\nlines'), '"two\nlines"');
    assert.equal(formatCsvCell(' padded '), '" padded "');
    assert.equal(formatCsvCell('=1+1'), "'=1+1");
    assert.equal(formatCsvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(formatCsvCell('-3.5'), '-3.5');
  });

  test('a byte-order mark and line ends on request', () => {
    assert.equal(
      formatCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
      'a,b\n1,2',
    );
    assert.equal(
      formatCsv([['a'], ['1']], { bom: true, newline: '\r\n', finalNewline: true }),
      '\ufeffa\r\n1\r\n',
    );
  });
});
