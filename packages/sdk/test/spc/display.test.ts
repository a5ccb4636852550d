import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  centreIsMedian,
  isProportionChart,
  oneSigmaLine,
  pointsAreRows,
  showsSpcIcons,
} from '../../src/index.js';
import { CALM, chart } from './helpers.js';

describe('centre and icons', () => {
  test('an XmR chart has a mean centre and icons', () => {
    const result = chart(CALM);
    assert.equal(centreIsMedian(result), false);
    assert.equal(showsSpcIcons(result), true);
  });
  test('run and g charts have a median centre; run charts no icons', () => {
    const run = chart(CALM, { chart: 'run' });
    assert.equal(centreIsMedian(run), true);
    assert.equal(showsSpcIcons(run), false);
    const g = chart(CALM, { chart: 'g' });
    assert.equal(centreIsMedian(g), true);
    assert.equal(showsSpcIcons(g), true);
  });
  test('an MR chart has a mean centre and no icons', () => {
    const mr = chart(CALM, { chart: 'mr' });
    assert.equal(centreIsMedian(mr), false);
    assert.equal(showsSpcIcons(mr), false);
  });
  test('runs analysis makes any chart a median without icons', () => {
    const runs = { chart: 'xmr', rules: { analysis: 'run-chart' } } as const;
    assert.equal(centreIsMedian(runs), true);
    assert.equal(showsSpcIcons(runs), false);
  });
});

describe('chart kinds', () => {
  test('p and p′ are proportions', () => {
    assert.deepEqual((['xmr', 'p', 'pp', 'u', 'c'] as const).map(isProportionChart), [
      false,
      true,
      true,
      false,
      false,
    ]);
  });
  test('Xbar and S points are subgroups, not rows', () => {
    assert.deepEqual((['xmr', 'run', 'xbar', 's'] as const).map(pointsAreRows), [
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('1σ line', () => {
  test('half-way to the 2σ line when the limit is at 3σ', () => {
    assert.equal(oneSigmaLine(10, 14, 16), 12);
    assert.equal(oneSigmaLine(10, 6, 4), 8);
  });
  test('not drawn when the limit is clipped or transformed', () => {
    assert.ok(Number.isNaN(oneSigmaLine(0.1, 0.02, 0)));
    assert.ok(Number.isNaN(oneSigmaLine(10, 14, 17)));
  });
  test('not drawn when a line is missing', () => {
    assert.ok(Number.isNaN(oneSigmaLine(10, NaN, 16)));
    assert.ok(Number.isNaN(oneSigmaLine(NaN, 14, 16)));
  });
});
