import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spc } from '../../src/index.js';
import { EAGER_POINTS } from '../../src/spc/points.js';

describe('points of large results', () => {
  const size = EAGER_POINTS + 10;
  const r = spc({ data: Array.from({ length: size }, (_, i) => ({ x: i, y: (i * 7919) % 101 })) });

  test('behave as an array of point objects', () => {
    const points = r.points;
    assert.ok(Array.isArray(points));
    assert.equal(points.length, size);
    assert.equal(points[5]?.index, 5);
    assert.equal(points[5], points[5], 'made once and kept');
    assert.equal(points.at(-1)?.index, size - 1);
    assert.equal(points.filter((p) => p.y === 0).length, Math.ceil(size / 101));
    let count = 0;
    for (const p of points) if (p.partition === 0) count++;
    assert.equal(count, size);
    assert.equal([...points].length, size);
    assert.equal(5 in points, true);
    assert.equal(size in points, false);
    assert.equal(Object.keys(points.slice(0, 3)).length, 3);
  });

  test('iterate directly, and accept writes like an array', () => {
    const points = spc({
      data: Array.from({ length: size }, (_, i) => ({ x: i, y: i % 7 })),
    }).points;
    let count = 0;
    for (const p of points.values()) count += p.index === count ? 1 : 0;
    assert.equal(count, size);
    const replacement = { ...points[0], y: 99 } as (typeof points)[number];
    points[0] = replacement;
    assert.equal(points[0], replacement);
    assert.equal(points.length, size);
  });

  test('serialise like a plain array and can be copied into one', () => {
    const plain = Array.from(r.points.slice(0, 3));
    assert.equal(JSON.stringify(r.points.slice(0, 3)), JSON.stringify(plain));
    const parsed = JSON.parse(JSON.stringify({ points: r.points })) as { points: unknown[] };
    assert.equal(parsed.points.length, size);
    assert.deepEqual(structuredClone(Array.from(r.points.slice(0, 2))), plain.slice(0, 2));
  });

  test('small results are plain arrays', () => {
    const small = spc({ data: [{ x: 0, y: 1 }] });
    assert.deepEqual(structuredClone(small.points), small.points);
  });
});
