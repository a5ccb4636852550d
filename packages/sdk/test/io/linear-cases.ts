// Million-character inputs for every parser; linear-parsing.test.ts runs each case in a worker
// with a time limit.
import assert from 'node:assert/strict';
import { readDate, readNumber, isPlainDecimal } from '../../src/io/csv-values.js';
import { readCsvRecords } from '../../src/io/csv-rows.js';
import { findJsonSyntaxError } from '../../src/io/json-syntax.js';
import { isIsoDate } from '../../src/spc/iso-date.js';
import { calendarDay } from '../../src/schema/calendar.js';
import { isoDateSchema, idSchema } from '../../src/schema/common.js';
import {
  actionsToCsv,
  parseActionsCsv,
  parseMeasuresCsv,
  parseMeasureJson,
} from '../../src/io/index.js';
import { sampleDataset } from '../../src/sample/index.js';

const M = 1_000_000;
const digits = '7'.repeat(M);

const KB200 = 200_000;

/** A long-format measures CSV of about 200 KB: five measures of daily values. */
export function measuresCsv200k(): string {
  const lines = ['measure,date,value,denominator,note'];
  let size = lines[0]!.length;
  for (let i = 0; size < KB200; i++) {
    const date = new Date(Date.UTC(1990, 0, 1) + Math.floor(i / 5) * 86_400_000);
    const line = `m${i % 5},${date.toISOString().slice(0, 10)},${(i % 97) + 0.5},,"note ${i}, with a comma"`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** The tracker's CSV of about 200 KB: the sample actions repeated under new ids. */
export function actionsCsv200k(): string {
  const actions = [];
  for (let i = 0; ; i++) {
    const action = sampleDataset.actions[i % sampleDataset.actions.length]!;
    actions.push({ ...action, id: `${action.id}-${i}`, pdsaCycles: [], driverDiagram: undefined });
    if (i % 50 === 49 && actionsToCsv(actions).length >= KB200) return actionsToCsv(actions);
  }
}

/** Each case runs in a worker with a time limit (see `within.ts`). */
export const cases: Record<string, () => void> = {
  'a 200 KB measures CSV parses': () => {
    const csv = measuresCsv200k();
    assert.ok(csv.length >= KB200);
    const result = parseMeasuresCsv(csv);
    assert.ok(result.ok);
    assert.equal(result.value.length, 5);
  },

  'a 200 KB actions CSV parses': () => {
    const csv = actionsCsv200k();
    assert.ok(csv.length >= KB200);
    const result = parseActionsCsv(csv);
    assert.ok(result.ok);
    assert.ok(result.value.length > 500);
  },

  'a 200 KB file that is one cell of digits and a letter is refused': () => {
    const result = parseMeasuresCsv(`measure,date,value\nm,2024-04-01,${'9'.repeat(KB200)}x`);
    assert.equal(result.ok, false);
  },

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
