// Million-character inputs for every parser; linear-parsing.test.ts runs each case in a worker
// with a time limit.
import assert from 'node:assert/strict';
import { readDate, readNumber, isPlainDecimal } from '../../src/io/csv-values.js';
import { readCsvRecords } from '../../src/io/csv-rows.js';
import { findJsonSyntaxError } from '../../src/io/json-syntax.js';
import { isIsoDate } from '../../src/spc/iso-date.js';
import { calendarDay } from '../../src/schema/calendar.js';
import { isoDateSchema, idSchema } from '../../src/schema/common.js';
import { parseActionsCsv, parseMeasuresCsv, parseMeasureJson } from '../../src/io/index.js';

const M = 1_000_000;
const digits = '7'.repeat(M);

/** Each case runs in a worker with a time limit (see `within.ts`). */
export const cases: Record<string, () => void> = {
  'a number of a million digits and a letter is refused': () => {
    const result = readNumber(`${digits}x`);
    assert.ok('error' in result);
    assert.ok(result.error.length < 400, 'the message quotes only the start of the cell');
  },

  'a million digits with a point, an exponent or a sign in odd places': () => {
    for (const cell of [
      `${digits}.${digits}x`,
      `-${digits}e${digits}x`,
      `.${digits}e`,
      `1,${digits},`,
    ]) {
      assert.ok('error' in readNumber(cell));
    }
    // A million digits is a plain decimal, but not a finite number.
    assert.deepEqual(Object.keys(readNumber(digits)), ['error']);
    assert.equal(isPlainDecimal(`${digits}.${digits}e-5`), true);
  },

  'a date-looking million-character string is refused by every date reader': () => {
    const long = `2024-04-01T${'1'.repeat(M)}x`;
    assert.ok('error' in readDate(long));
    assert.ok('error' in readDate(`2024-04-01${'0'.repeat(M)}`));
    assert.equal(isIsoDate(long), false);
    assert.equal(isIsoDate(`2024-04-01T${':'.repeat(M)}+0`), false);
    assert.equal(isoDateSchema.safeParse(long).success, false);
    assert.equal(isoDateSchema.safeParse(`2024-04-01T${'.'.repeat(M)}+01:0`).success, false);
    // calendarDay reads the date part of a date-time, whatever follows it.
    assert.equal(typeof calendarDay(long), 'number');
    assert.equal(idSchema.safeParse(`a${'-'.repeat(M)}!`).success, false);
  },

  'a million-character quoted cell is read whole, quotes and all': () => {
    const cell = `a""b,\n${'x'.repeat(M)}`;
    const { records, unclosed } = readCsvRecords(`h\n"${cell}"\n`);
    assert.equal(unclosed, undefined);
    assert.equal(records[1]?.[0], cell.replace('""', '"'));
  },

  'a million doubled quotes and unbalanced quotes': () => {
    assert.equal(readCsvRecords(`"${'""'.repeat(M / 2)}"`).records[0]?.[0]?.length, M / 2);
    const open = readCsvRecords(`a,b\n1,"${'x,'.repeat(M / 2)}`);
    assert.equal(open.unclosed, 1);
    const stray = readCsvRecords(`a\n${'"x"y'.repeat(M / 4)}`);
    assert.equal(stray.records.length, 2);
  },

  'each CSV loader refuses such cells quickly and says so briefly': () => {
    const measures = [
      `measure,date,value\nm,2024-04-01,${digits}x`,
      `measure,date,value\nm,2024-04-01T${'1'.repeat(M)},1`,
      `measure,date,value\nm,2024-04-01,"${'1'.repeat(M)}`,
      `measure,date,value\n"${'m'.repeat(M)}",2024-04-01,1\n"${'m'.repeat(M)}",2024-04-01,1`,
    ];
    for (const text of measures) {
      const result = parseMeasuresCsv(text);
      assert.equal(result.ok, false);
      if (!result.ok)
        for (const p of result.problems) assert.ok(p.message.length < 600, p.message.slice(0, 80));
    }
    const actions = parseActionsCsv(
      `id,title,owner,status\nA1,"${'t'.repeat(M)}",me,${'x'.repeat(M)}`,
    );
    assert.equal(actions.ok, false);
    if (!actions.ok) for (const p of actions.problems) assert.ok(p.message.length < 600);
  },

  'JSON syntax errors in million-character words, numbers and strings': () => {
    assert.match(findJsonSyntaxError(`[${'a'.repeat(M)}]`)?.reason ?? '', /unexpected word/);
    assert.ok((findJsonSyntaxError(`[${'a'.repeat(M)}]`)?.reason.length ?? 0) < 600);
    assert.ok(findJsonSyntaxError(`[-${digits}.${digits}e]`));
    assert.ok(findJsonSyntaxError(`["${'\\u00'.repeat(M / 4)}`));
    const measure = parseMeasureJson(`{"id":"m","name":"m","chart":"${'x'.repeat(M)}","data":[]}`);
    assert.equal(measure.ok, false);
  },
};
