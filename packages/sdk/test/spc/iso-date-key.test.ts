// The engine's hand-written date key (read in one pass for million-row series) against the
// platform's own ISO date parser, its oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isoDateKey } from '../../src/schema/x-order.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

test('isoDateKey gives Date.parse’s milliseconds for every calendar date of years 0000–9999', () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      (d) => {
        const s = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
        assert.equal(isoDateKey(s), Date.parse(s), s);
      },
    ),
    { numRuns: 2000 },
  );
});

test('isoDateKey at the edges: leap days, year ends and the epoch', () => {
  for (const s of [
    '1970-01-01',
    '2000-02-29',
    '1900-03-01',
    '2024-12-31',
    '0000-03-01',
    '9999-12-31',
  ])
    assert.equal(isoDateKey(s), Date.parse(s), s);
});
