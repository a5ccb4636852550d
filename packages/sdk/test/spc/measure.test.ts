import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { measureSchema, spcForMeasure, type Measure } from '../../src/index.js';
import { monthly, SAMPLE_MEASURES } from './fixtures/sample-measures.js';

const dates = monthly(36);
function sample(id: string, extra: Partial<Measure> = {}): Measure {
  const m = SAMPLE_MEASURES.find((s) => s.id === id);
  assert.ok(m);
  return measureSchema.parse({
    id: m.id,
    name: m.id,
    improvement: m.improvement,
    ...(m.target === undefined ? {} : { target: m.target }),
    data: m.values.map((y, i) => ({ x: dates[i] ?? '', y })),
    ...extra,
  });
}

describe('spcForMeasure', () => {
  test('uses the measure’s direction, target and default chart', () => {
    const r = spcForMeasure(sample('sepsis'));
    assert.equal(r.chart, 'xmr');
    assert.equal(r.variation, 'improvement-high');
    assert.equal(r.assurance, 'hit-or-miss');
  });

  test('rebase dates become the first point on or after each date', () => {
    const r = spcForMeasure(sample('pu', { rebase: ['2024-07-01', '2024-09-15'] }));
    assert.deepEqual(
      r.partitions.map((p) => p.start),
      [0, dates.indexOf('2024-07-01'), dates.indexOf('2024-10-01')],
    );
  });

  test('a rebase date after the data is ignored with a warning', () => {
    const r = spcForMeasure(sample('falls', { rebase: ['2030-01-01'] }));
    assert.equal(r.partitions.length, 1);
    assert.ok(r.warnings.some((w) => w.code === 'rebase-not-found'));
  });

  test('ghosted rows are excluded; rules, baseline and options carry over', () => {
    const m = sample('falls');
    const data = m.data.map((d, i) => (i === 3 ? { ...d, ghost: true } : d));
    const r = spcForMeasure({ ...m, data, rules: 'nhsr', baseline: 20 }, { target: 7 });
    assert.equal(r.points[3]?.ghost, true);
    assert.equal(r.rules.preset, 'nhsr');
    assert.equal(r.partitions[0]?.points, 35);
    assert.equal(r.target, 7);
  });

  test('Xbar: a ghosted row excludes its subgroup, and rebase dates map to subgroups', () => {
    const m = measureSchema.parse({
      id: 'lab',
      name: 'Lab turnaround',
      chart: 'xbar',
      rebase: ['2024-01-03'],
      data: [
        { x: '2024-01-01', y: 2 },
        { x: '2024-01-01', y: 4 },
        { x: '2024-01-02', y: 3, ghost: true },
        { x: '2024-01-02', y: 5 },
        { x: '2024-01-03', y: 1 },
        { x: '2024-01-03', y: 3 },
      ],
    });
    const r = spcForMeasure(m);
    assert.equal(r.points.length, 3);
    assert.equal(r.points[1]?.ghost, true);
    assert.deepEqual(
      r.partitions.map((p) => p.start),
      [0, 2],
    );
  });

  test('invalid measure data comes back as problems, not an exception', () => {
    const m = sample('falls');
    const r = spcForMeasure({ ...m, chart: 'p' });
    assert.equal(r.points.length, 0);
    assert.equal(r.problems[0]?.where, 'data[0].n');
  });
});
