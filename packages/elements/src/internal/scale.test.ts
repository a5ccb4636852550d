import { expect } from '@open-wc/testing';
import { scaleLinear as d3Linear, scaleUtc as d3Utc } from 'd3-scale';
import { niceDomain, scaleLinear, scaleUtc } from './scale.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('scales agree with d3-scale', () => {
  const next = random(20241123);
  const value = () => {
    const k = next();
    if (k < 0.1) return 0;
    if (k < 0.3) return Math.round(next() * 100);
    return (next() - 0.5) * 10 ** (next() * 12 - 4);
  };

  it('linear: nice domain, mapping, inverse and ticks', () => {
    for (let i = 0; i < 3000; i++) {
      const a = value();
      const b = next() < 0.1 ? a : value();
      const count = 1 + Math.floor(next() * 12);
      const range = [200 * next(), 10 * next()] as const;
      const ref = d3Linear().domain([a, b]).range(range);
      const ours = scaleLinear([a, b], range);
      const context = JSON.stringify({ a, b, count, range });
      expect(niceDomain([a, b], count), context).to.deep.equal(
        d3Linear().domain([a, b]).nice(count).domain(),
      );
      for (const v of [a, b, (a + b) / 2, value()]) expect(ours(v), context).to.equal(ref(v));
      for (const p of [range[0], range[1], value()]) {
        expect(ours.invert(p), context).to.deep.equal(ref.invert(p));
      }
      expect(ours.ticks(count), context).to.deep.equal(ref.ticks(count));
    }
  });

  it('UTC time: mapping, inverse, domain and calendar ticks', () => {
    for (let i = 0; i < 2000; i++) {
      const t0 = Math.round(Date.UTC(2000, 0, 1) + next() * 3e11 * (next() < 0.5 ? 1 : 0.01));
      const t1 = Math.round(t0 + next() * 3e11 * (next() < 0.3 ? 0.001 : 1));
      const count = 1 + Math.floor(next() * 12);
      const range = [10 * next(), 300 * next()] as const;
      const ref = d3Utc()
        .domain([new Date(t0), new Date(t1)])
        .range(range);
      const ours = scaleUtc([t0, t1], range);
      const context = JSON.stringify({ t0, t1, count, range });
      expect(ours.ticks(count).map(Number), context).to.deep.equal(ref.ticks(count).map(Number));
      expect(ours.domain().map(Number), context).to.deep.equal(ref.domain().map(Number));
      for (const t of [t0, t1, new Date((t0 + t1) / 2)]) expect(ours(t), context).to.equal(ref(t));
      for (const p of [range[0], range[1], value()]) {
        expect(+ours.invert(p), context).to.deep.equal(+ref.invert(p)); // NaN for huge pixels
      }
    }
  });

  it('subnormal and huge domains give finite ticks (or none), never a RangeError', () => {
    // d3's ticks(5e-324, 1e-323) computes 10^324 = Infinity and asks for an array of NaN length.
    expect(() => d3Linear().domain([5e-324, 1e-323]).ticks(5)).to.throw(RangeError);
    for (const domain of [
      [5e-324, 1e-323],
      [0, 5e-324],
      [-1e308, 1e308],
      [-Number.MAX_VALUE, Number.MAX_VALUE],
      [NaN, 1],
      [1, Infinity],
    ] as [number, number][]) {
      const ticks = scaleLinear(domain, [100, 0]).ticks(5);
      expect(ticks.every(Number.isFinite), String(domain)).to.equal(true);
      const nice = niceDomain(domain, 5);
      expect(
        nice.every((v) => !Number.isNaN(v)) || domain.some(Number.isNaN),
        String(domain),
      ).to.equal(true);
    }
  });

  it('null and NaN map to undefined, as in d3', () => {
    const ours = scaleLinear([0, 1], [0, 100]);
    expect(ours(Number.NaN)).to.equal(undefined);
    expect(ours(null as unknown as number)).to.equal(undefined);
    expect(scaleLinear([2, 2], [0, 100])(5)).to.equal(50);
  });
});
