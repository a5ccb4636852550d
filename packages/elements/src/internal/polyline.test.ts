import { expect } from '@open-wc/testing';
import { line } from 'd3-shape';
import { polyline } from './polyline.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('polyline', () => {
  it('draws the same path as d3-shape’s line(), where d3 would write NaN leaving a gap', () => {
    const next = random(7);
    for (let run = 0; run < 2000; run++) {
      const data = Array.from({ length: Math.floor(next() * 12) }, (): number | null => {
        const k = next();
        if (k < 0.25) return null;
        if (k < 0.3) return Number.NaN;
        return (next() - 0.5) * 10 ** (next() * 8 - 3);
      });
      const defined = (v: number | null) => v !== null;
      const x = (_: number | null, i: number) => i * 7.12345;
      const y = (v: number | null) => v ?? 0;
      // d3 writes "NaN" into the path for a defined point that is not a number; we leave a gap.
      const drawable = (v: number | null) => defined(v) && Number.isFinite(y(v));
      const ref = line<number | null>().defined(drawable).x(x).y(y)(data) ?? '';
      expect(polyline(data, x, y, defined), JSON.stringify(data)).to.equal(ref);
    }
  });

  it('never writes NaN or Infinity: such a point is a gap', () => {
    const ys = [1, NaN, 2, 3, Infinity, 4, -Infinity];
    const path = polyline(
      ys,
      (_, i) => i,
      (v) => v,
    );
    expect(path).to.equal('M0,1ZM2,2L3,3M5,4Z');
    expect(
      polyline(
        [1e308, -1e308],
        (_, i) => i,
        (v) => v * 10,
      ),
    ).to.equal('');
  });

  it('gives an empty string when nothing is defined', () => {
    expect(polyline([1, 2], Number, Number, () => false)).to.equal('');
    expect(
      polyline(
        [3],
        () => 1,
        () => 2,
      ),
    ).to.equal('M1,2Z');
  });
});
