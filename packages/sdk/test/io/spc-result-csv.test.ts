import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spc } from '../../src/spc/index.js';
import { SPC_CSV_COLUMNS, spcResultCsv } from '../../src/io/spc-result-csv.js';
import { readCsvRecords } from '../../src/io/csv-rows.js';

const data = [-3.5, -2, -4, -3, -2.5, -3.25, -4.5, -3].map((y, i) => ({
  x: `2024-0${1 + Math.floor(i / 4)}-0${1 + (i % 4)}`,
  y,
}));

test('spcResultCsv: a BOM, CRLF rows, negative numbers as numbers, notes defused', () => {
  const result = spc({ data, chart: 'xmr' });
  const notes = [
    '=HYPERLINK("http://example.com")',
    ' -2+3',
    '＠SUM(A1)',
    'Ward 7, Ysbyty Gwynedd',
  ];
  const csv = spcResultCsv(result, { notes });
  assert.ok(csv.startsWith('\ufeff'));
  assert.ok(csv.endsWith('\r\n'));
  const { records } = readCsvRecords(csv.slice(1));
  assert.deepEqual(records[0], [...SPC_CSV_COLUMNS]);
  assert.equal(records.length, data.length + 1);
  assert.equal(records[1]?.[1], '-3.5');
  assert.deepEqual(
    records.slice(1, 5).map((r) => r[13]),
    [`'=HYPERLINK("http://example.com")`, `' -2+3`, `'＠SUM(A1)`, 'Ward 7, Ysbyty Gwynedd'],
  );
  assert.ok(!spcResultCsv(result, { bom: false }).startsWith('\ufeff'));
});
