import { expect } from '@open-wc/testing';
import { spcForMeasure, parseMeasureJson, type SpcResult } from '@qms-kit/sdk';
import { drawSet, POINTS_PER_COLUMN } from './decimate.js';
import { chartOf, plotArea, root } from './fixtures.test.js';
import { buildModel, MARKER_KINDS, type ChartModel } from './model.js';

const GHOST = MARKER_KINDS.indexOf('ghost');
const SPECIAL = MARKER_KINDS.indexOf('improvement-high');

/** A model of n points one ms apart, drawn into `columns` pixels (x = t × columns / n). */
function fakeModel(
  ys: readonly number[],
  options: { special?: number[]; ghost?: number[]; partitionStarts?: number[] } = {},
): ChartModel {
  const n = ys.length;
  const y = Float64Array.from(ys);
  const kind = new Uint8Array(n);
  const special = new Uint8Array(n);
  const partition = new Int32Array(n);
  for (const i of options.special ?? []) {
    special[i] = 1;
    kind[i] = SPECIAL;
  }
  for (const i of options.ghost ?? []) kind[i] = GHOST;
  for (const start of options.partitionStarts ?? [])
    partition.fill(partition[start - 1]! + 1, start);
  const navigable = Int32Array.from(
    Array.from({ length: n }, (_, i) => i).filter((i) => !Number.isNaN(y[i]!)),
  );
  const nan = () => new Float64Array(n).fill(NaN);
  return {
    result: {} as SpcResult,
    length: n,
    time: Float64Array.from({ length: n }, (_, i) => i),
    y,
    kind,
    special,
    partition,
    lines: { centre: nan(), lower: nan(), upper: nan(), lowerNear: nan(), upperNear: nan() },
    navigable,
    monthly: false,
    hasLimits: false,
    hasNearLines: false,
    hasDenominator: false,
    extent: [0, 1],
    kinds: new Set(),
  };
}

/** Pseudo-random values, the same on every run. */
function noise(n: number, seed = 1): number[] {
  let a = seed;
  return Array.from({ length: n }, () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  });
}

describe('drawSet (decimation for drawing only)', () => {
  it('draws every point when there are few per pixel column', () => {
    const model = fakeModel([1, 2, NaN, 4, 5, 6], { ghost: [4] });
    const set = drawSet(
      model,
      (t) => t * 100,
      (v) => v,
      600,
    );
    expect(set.decimated).to.equal(false);
    // The missing value breaks the line; the ghost is left off it.
    expect(Array.from(set.line)).to.deep.equal([0, 1, -1, 3, 5]);
    expect(Array.from(set.markers)).to.deep.equal([0, 1, 3, 4, 5]);
  });

  it('breaks the line at a new partition', () => {
    const model = fakeModel([1, 2, 3, 4], { partitionStarts: [2] });
    const set = drawSet(
      model,
      (t) => t * 100,
      (v) => v,
      400,
    );
    expect(Array.from(set.line)).to.deep.equal([0, 1, -1, 2, 3]);
  });

  it('keeps first, lowest, highest and last of each column, so the line looks the same', () => {
    const n = 10_000;
    const columns = 100;
    const ys = noise(n);
    const model = fakeModel(ys);
    const x = (t: number) => (t * columns) / n;
    const set = drawSet(model, x, (v) => v * 300, columns);
    expect(set.decimated).to.equal(true);
    expect(set.line.length).to.be.at.most(columns * 4);
    for (let c = 0; c < columns; c++) {
      const all = ys.slice(c * 100, c * 100 + 100);
      const kept = Array.from(set.line)
        .filter((i) => i >= 0 && Math.floor(x(i)) === c)
        .map((i) => ys[i]!);
      expect(Math.min(...kept)).to.equal(Math.min(...all));
      expect(Math.max(...kept)).to.equal(Math.max(...all));
    }
    // Both ends of the series stay.
    expect(set.line[0]).to.equal(0);
    expect(set.line[set.line.length - 1]).to.equal(n - 1);
    // Common-cause points get no markers when thinned.
    expect(set.markers.length).to.equal(0);
  });

  it('always keeps special-cause points and ghosts as markers, and partition ends on the line', () => {
    const n = 20_000;
    const ys = noise(n, 7).map((v) => 0.2 + v * 0.6);
    // Special points in the middle of the range: neither the lowest nor the highest of a column.
    const specials = [123, 4_567, 9_999, 12_001, 19_998];
    for (const i of specials) ys[i] = 0.5;
    const model = fakeModel(ys, { special: specials, ghost: [777], partitionStarts: [10_000] });
    const set = drawSet(
      model,
      (t) => (t * 400) / n,
      (v) => v * 300,
      400,
    );
    expect(set.decimated).to.equal(true);
    expect(Array.from(set.markers)).to.include.members([...specials, 777]);
    const line = Array.from(set.line);
    expect(line).to.include.members([0, 9_999, 10_000, n - 1]);
    expect(line).to.not.include(777);
    expect(line[line.indexOf(9_999) + 1]).to.equal(-1);
  });

  it(`thins only beyond ${POINTS_PER_COLUMN} points per column`, () => {
    const model = fakeModel(noise(800));
    expect(
      drawSet(
        model,
        (t) => t / 2,
        (v) => v,
        400,
      ).decimated,
    ).to.equal(false);
    expect(
      drawSet(
        model,
        (t) => t / 4,
        (v) => v,
        200,
      ).decimated,
    ).to.equal(true);
  });
});

describe('<qms-spc-chart> long series', () => {
  const start = Date.UTC(1990, 0, 1);
  const data = noise(12_000, 3).map((v, i) => ({
    x: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    y: (i > 8_000 ? 104 : 100) + v * 10,
  }));
  const measure = { id: 'long', name: 'Long', improvement: 'increase' as const, data };

  it('thins the drawing but never the statistics or the table', async () => {
    const el = await chartOf(measure);
    const parsed = parseMeasureJson(measure);
    if (!parsed.ok) throw new Error('bad fixture');
    const expected = spcForMeasure(parsed.value);
    const result = el.result!;
    expect(result.points).to.have.length(12_000);
    expect(result.partitions).to.deep.equal(expected.partitions);
    expect(result.variation).to.equal(expected.variation);
    expect(root(el).querySelector('.points.decimated')).to.not.equal(null);
    // The table pages through every point, in order.
    expect(root(el).querySelector('.pager-status')!.textContent).to.equal(
      'Rows 1 to 100 of 12,000',
    );
    const firstRow = root(el).querySelector('tbody tr td')!.textContent;
    expect(firstRow).to.equal(
      new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(data[0]!.y),
    );
  });

  it('every special-cause point is drawn, at its own x', async () => {
    const el = await chartOf(measure);
    const model = buildModel(el.result!);
    const area = plotArea(el);
    const t0 = model.time[0]!;
    const t1 = model.time[model.length - 1]!;
    const px = (i: number) => area.x + (area.width * (model.time[i]! - t0)) / (t1 - t0);
    const drawn = root(el).querySelector('.points path[data-kind="improvement-high"]')!;
    // Triangles start at their apex: "M<x> <y>".
    const xs = [...drawn.getAttribute('d')!.matchAll(/M(-?[\d.]+) /g)].map((m) => Number(m[1]));
    let checked = 0;
    for (const i of model.navigable) {
      if (MARKER_KINDS[model.kind[i]!] !== 'improvement-high') continue;
      checked++;
      expect(
        xs.some((x) => Math.abs(x - px(i)) < 0.6),
        `point ${i}`,
      ).to.equal(true);
    }
    expect(checked).to.be.greaterThan(100);
  });
});
