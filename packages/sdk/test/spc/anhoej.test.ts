import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { binomialFifthPercentile } from '../../src/index.js';
import { crossingsLimit, longestRunLimit, runsAnalysis } from '../../src/spc/anhoej.js';
import { chart } from './helpers.js';

/** R's qbinom(0.05, size, 0.5) by exact integer arithmetic: the smallest k with 20 Σ C(size, j) ≥ 2^size. */
function exactQuantile(size: number): number {
  const total = 1n << BigInt(size);
  let term = 1n;
  let sum = 1n;
  let k = 0;
  while (20n * sum < total) {
    term = (term * BigInt(size - k)) / BigInt(k + 1);
    k++;
    sum += term;
  }
  return k;
}

describe('qbinom(0.05, n, 0.5)', () => {
  test('matches exact arithmetic for every size up to 1,200 (the summed range and beyond the switch)', () => {
    for (let size = 0; size <= 1200; size++) {
      assert.equal(binomialFifthPercentile(size), exactQuantile(size), `size ${size}`);
    }
  });
  test('matches exact arithmetic for sizes up to 12,000', () => {
    const sizes = [
      1001, 1999, 2000, 2500, 3001, 4096, 5000, 6007, 7777, 8191, 9999, 10_000, 10_001, 12_000,
    ];
    for (let size = 1000; size <= 12_000; size += 211) sizes.push(size);
    for (const size of sizes)
      assert.equal(binomialFifthPercentile(size), exactQuantile(size), `size ${size}`);
  });
  test('stays within a normal approximation for very large sizes', () => {
    for (const size of [100_000, 1_000_000, 10_000_000]) {
      const approx = size / 2 - 1.6449 * (Math.sqrt(size) / 2);
      assert.ok(Math.abs(binomialFifthPercentile(size) - approx) < 2, `size ${size}`);
    }
  });
});

describe('Anhøj critical values (DOMAIN.md §1.7)', () => {
  const n = [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 36, 40, 50, 60];
  const longest = [6, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 9, 9];
  const crossings = [2, 3, 4, 4, 5, 6, 7, 8, 8, 9, 10, 13, 14, 19, 23];
  n.forEach((useful, i) => {
    test(`n = ${useful}: longest run ≤ ${longest[i]}, crossings ≥ ${crossings[i]}`, () => {
      assert.equal(longestRunLimit(useful), longest[i]);
      assert.equal(crossingsLimit(useful), crossings[i]);
    });
  });
});

describe('runs analysis', () => {
  const analyse = (values: number[], centre: number) =>
    runsAnalysis(
      Float64Array.from(values),
      Int32Array.from(values.keys()),
      0,
      values.length,
      centre,
    );

  test('points on the centre line are dropped; runs and crossings counted on the rest', () => {
    // Signs: + + 0 + − − 0 + : useful 6, runs (+++)(−−)(+) = 3, crossings 2, longest 3.
    const r = analyse([2, 3, 1, 4, -1, -2, 1, 5], 1);
    assert.deepEqual(r, {
      useful: 6,
      longestRun: 3,
      longestRunMax: 6,
      crossings: 2,
      crossingsMin: 1,
      signal: false,
    });
  });
  test('an unusually long run signals', () => {
    // 10 useful: the limit is 6; a run of 7 signals.
    const r = analyse([1, 1, 1, 1, 1, 1, 1, -1, 1, -1], 0);
    assert.equal(r.longestRun, 7);
    assert.equal(r.signal, true);
  });
  test('unusually few crossings signal', () => {
    // 10 useful: at least 2 crossings needed; 5 up then 5 down has 1.
    const r = analyse([1, 1, 1, 1, 1, -1, -1, -1, -1, -1], 0);
    assert.equal(r.crossings, 1);
    assert.equal(r.longestRun, 5);
    assert.equal(r.signal, true);
  });
  test('no useful points: nothing to judge', () => {
    assert.deepEqual(analyse([1, 1], 1), {
      useful: 0,
      longestRun: null,
      longestRunMax: null,
      crossings: null,
      crossingsMin: null,
      signal: false,
    });
  });
  test('is reported for every partition of a chart, against its centre line', () => {
    const r = chart([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2], { chart: 'run' });
    assert.equal(r.partitions[0]?.runs.useful, 14);
    assert.equal(r.partitions[0]?.runs.crossings, 13);
    const mr = chart([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192], {
      chart: 'mr',
    });
    assert.equal(
      mr.partitions[0]?.runs.signal,
      false,
      'qicharts2 does not judge runs on an MR chart',
    );
  });
});
