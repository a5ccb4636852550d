import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseScorecardJson,
  sortSummaryRows,
  summariseByDomain,
  type MeasureSummaryRow,
} from '../../src/index.js';
import { sampleDataset, sampleMeasures } from '../../src/sample/index.js';

const rows = summariseByDomain(sampleMeasures, 'wales-hcqs-2023').rows;
const ids = (list: readonly MeasureSummaryRow[]) => list.map((r) => r.id);

describe('sortSummaryRows', () => {
  test('by variation: concern first (high before low), then improvement, neither, common cause', () => {
    assert.deepEqual(ids(sortSummaryRows(rows, 'variation')), [
      'sick',
      'meds',
      'active',
      'sepsis',
      'pu',
      'emadm',
      'falls',
      'ed4h',
      'px',
      'readm',
    ]);
  });

  test('by assurance: fail, hit or miss, pass, then no target', () => {
    assert.deepEqual(ids(sortSummaryRows(rows, 'assurance')).slice(0, 2), ['ed4h', 'sick']);
    assert.deepEqual(ids(sortSummaryRows(rows, 'assurance')).slice(-3), ['px', 'meds', 'emadm']);
  });

  test('numbers ascending and descending; missing targets last both ways', () => {
    const up = ids(sortSummaryRows(rows, 'target'));
    const down = ids(sortSummaryRows(rows, 'target', 'descending'));
    assert.deepEqual(up.slice(0, 2), ['pu', 'sick']);
    assert.deepEqual(up.slice(-2), ['meds', 'emadm']);
    assert.deepEqual(down.slice(0, 2), ['ed4h', 'sepsis']);
    assert.deepEqual(down.slice(-2), ['meds', 'emadm']);
  });

  test('by name with the reader’s names and locale; ties keep the given order', () => {
    const name = (r: MeasureSummaryRow) =>
      typeof r.measure.name === 'string' ? r.measure.name : (r.measure.name.en ?? r.id);
    const sorted = ids(sortSummaryRows(rows, 'name', 'ascending', { name, locale: 'en-GB' }));
    // "Emergency admissions", "Emergency department…", "Emergency readmissions…", "Hospital…"
    assert.deepEqual(sorted.slice(0, 4), ['emadm', 'ed4h', 'readm', 'pu']);
    assert.deepEqual(ids(sortSummaryRows(rows, 'period')), ids(rows));
  });

  test('returns a new array and leaves the input alone', () => {
    const before = ids(rows);
    const sorted = sortSummaryRows(rows, 'latest', 'descending');
    assert.notEqual(sorted, rows);
    assert.deepEqual(ids(rows), before);
    assert.equal(sorted[0]?.id, 'emadm');
  });
});

describe('parseScorecardJson', () => {
  test('a whole dataset', () => {
    const r = parseScorecardJson(JSON.parse(JSON.stringify(sampleDataset)));
    assert.ok(r.ok);
    assert.equal(r.value.measures.length, 10);
    assert.equal(r.value.framework, 'wales-hcqs-2023');
    assert.equal(r.value.synthetic, true);
  });

  test('{ measures, framework } and a bare list, also as JSON text', () => {
    const doc = parseScorecardJson({ measures: sampleMeasures, framework: 'cqc-5kq' });
    assert.ok(doc.ok);
    assert.equal(doc.value.framework, 'cqc-5kq');
    const list = parseScorecardJson(JSON.stringify(sampleMeasures.slice(0, 2)));
    assert.ok(list.ok);
    assert.deepEqual(list.value, { measures: list.value.measures });
    assert.equal(list.value.measures.length, 2);
  });

  test('problems name the path; bad JSON names line and column', () => {
    const bad = parseScorecardJson({
      measures: [{ id: 'x', name: 'X', data: [{ x: 'nope', y: 1 }] }],
    });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.match(bad.problems[0]?.where ?? '', /measures\[0\]\.data\[0\]\.x/);
    const text = parseScorecardJson('{"measures": [}');
    assert.equal(text.ok, false);
    if (!text.ok) assert.match(text.problems[0]?.where ?? '', /line 1, column/);
    const preset = parseScorecardJson({ measures: [], framework: 'nope' });
    assert.equal(preset.ok, false);
  });
});
