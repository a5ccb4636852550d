// Parsers meet any text in time linear in its length. Each case (linear-cases.ts) feeds a
// million-character cell and must finish within 10 s in a worker thread, where a linear pass
// takes milliseconds and the old backtracking patterns took hours: a generous outer bound,
// never a tight wall-clock assertion.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isPlainDecimal, readNumber } from '../../src/io/csv-values.js';
import { cases } from './linear-cases.js';
import { finishesWithin } from './within.js';

const here = new URL('./linear-cases.ts', import.meta.url);

describe('number, date and CSV parsing run in linear time', () => {
  for (const name of Object.keys(cases)) {
    test(name, { timeout: 30_000 }, () => finishesWithin(here, name));
  }
});

describe('readNumber accepts exactly what the old pattern accepted', () => {
  // The old, backtracking pattern is safe as an oracle on short cells.
  const OLD = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  test('on short cells of number-ish characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9.eE,% x]{0,12}$/), (cell) => {
        assert.equal(isPlainDecimal(cell), OLD.test(cell), JSON.stringify(cell));
      }),
      { numRuns: 5000 },
    );
  });
  test('hints for thousands separators and percent signs are kept', () => {
    assert.match((readNumber('1,234') as { error: string }).error, /thousands separators/);
    assert.match((readNumber('-1,234.5') as { error: string }).error, /thousands separators/);
    assert.match((readNumber('12%') as { error: string }).error, /% sign/);
    assert.deepEqual(readNumber('-3.5e2'), { value: -350 });
    assert.deepEqual(readNumber('.5'), { value: 0.5 });
    assert.deepEqual(readNumber('12.'), { value: 12 });
  });
});
