import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CALM, chart, flagged, near } from './helpers.js';

describe('rebase', () => {
  test('each partition has its own mean and limits; points carry their partition', () => {
    const low = CALM;
    const high = CALM.map((v) => v + 20);
    const r = chart([...low, ...high], { rebase: [20] });
    assert.equal(r.partitions.length, 2);
    const [a, b] = r.partitions;
    assert.deepEqual([a?.start, a?.end, b?.start, b?.end], [0, 19, 20, 39]);
    assert.equal(a?.centre, 10);
    assert.equal(b?.centre, 30);
    assert.ok(near(b?.upper, 35.32));
    assert.equal(r.points[19]?.partition, 0);
    assert.equal(r.points[20]?.partition, 1);
    assert.equal(r.points[20]?.centre, 30);
    // Without the rebase the step is a special cause; with it both halves are common cause.
    assert.equal(r.variation, 'common-cause');
    assert.notEqual(chart([...low, ...high]).variation, 'common-cause');
  });

  test('the moving range does not cross a rebase', () => {
    const r = chart([...CALM, ...CALM.map((v) => v + 100)], { rebase: [20], chart: 'mr' });
    assert.equal(r.points[20]?.y, null);
    assert.equal(r.partitions[1]?.centre, 2);
  });

  test('rebase indices are sorted, de-duplicated, and 0 is harmless', () => {
    const r = chart([...CALM, ...CALM, ...CALM], { rebase: [40, 0, 20, 20] });
    assert.deepEqual(
      r.partitions.map((p) => p.start),
      [0, 20, 40],
    );
  });

  test('each partition gets its own runs analysis', () => {
    const r = chart([...CALM, ...CALM], { rebase: [20] });
    assert.equal(r.partitions[1]?.runs.useful, 20);
    assert.equal(r.partitions[1]?.runs.crossings, 19);
  });
});

describe('baseline', () => {
  test('centre and limits come from the first N points and are projected over the partition', () => {
    // The calm series mirrored (11, 9, …, 9) so that it ends below the mean.
    const r = chart([...CALM.map((v) => 20 - v), 12, 13, 12, 13, 12, 13], { baseline: 20 });
    assert.equal(r.partitions[0]?.centre, 10);
    assert.ok(near(r.partitions[0]?.upper, 15.32));
    assert.equal(r.points[25]?.centre, 10);
    // Six points above the fixed mean are a shift.
    assert.deepEqual(flagged(r, 'shift'), [20, 21, 22, 23, 24, 25]);
    assert.ok(!r.warnings.some((w) => w.code === 'baseline-special-cause'));
  });

  test('applies in each partition, from its own first N included points', () => {
    const r = chart([...CALM, 50, ...CALM.map((v) => v + 20)], {
      baseline: 4,
      rebase: [21],
      exclude: [20],
    });
    // First 4 of partition 2: 29, 31, 29, 31 → mean 30, MRbar 2.
    assert.equal(r.partitions[1]?.centre, 30);
    assert.ok(near(r.partitions[1]?.upper, 35.32));
  });

  test('warns when the baseline contains special cause', () => {
    const values = [...CALM];
    values[3] = 30;
    const r = chart([...values, 10, 11], { baseline: 20, rules: 'nhsr' });
    const w = r.warnings.find((x) => x.code === 'baseline-special-cause');
    assert.ok(w);
    assert.deepEqual(w.points, [3]);
    assert.equal(w.partition, 0);
  });

  test('a baseline longer than the partition uses all of it, with a warning', () => {
    const r = chart(CALM, { baseline: 30 });
    assert.equal(r.partitions[0]?.centre, 10);
    assert.ok(r.warnings.some((w) => w.code === 'baseline-longer-than-partition'));
  });
});

describe('ghosts (exclude)', () => {
  test('are drawn but left out of the mean, the moving ranges, the limits and the rules', () => {
    const values = [...CALM];
    values.splice(5, 0, 1000);
    const r = chart(values, { exclude: [5] });
    const ghost = r.points[5];
    assert.equal(ghost?.ghost, true);
    assert.equal(ghost?.y, 1000);
    assert.deepEqual(ghost?.signals, []);
    assert.equal(ghost?.type, 'common-cause');
    assert.equal(ghost?.centre, 10);
    assert.equal(r.partitions[0]?.centre, 10);
    // The moving range skips the ghost: 9 → (1000) → 11 counts as |11 − 9| = 2.
    assert.ok(near(r.partitions[0]?.sigma, 2 / 1.128));
    assert.equal(r.partitions[0]?.points, 20);
  });

  test('the variation icon comes from the last point that is not a ghost', () => {
    const r = chart([...CALM, 40], { exclude: [20], improvement: 'increase' });
    assert.equal(r.variation, 'common-cause');
    const shown = chart([...CALM, 40], { improvement: 'increase' });
    assert.equal(shown.variation, 'improvement-high');
  });

  test('excluding every point leaves nothing to calculate', () => {
    const r = chart([1, 2, 3], { exclude: [0, 1, 2] });
    assert.ok(r.warnings.some((w) => w.code === 'all-excluded'));
    assert.equal(r.variation, 'none');
    assert.ok(r.points.every((p) => p.ghost && p.centre === null));
  });

  test('a ghost does not break a shift: the run continues across it', () => {
    const r = chart([1, 1, 1, -5, 1, 1, 1, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1], {
      exclude: [3],
    });
    assert.deepEqual(flagged(r, 'shift'), [0, 1, 2, 4, 5, 6]);
  });
});
