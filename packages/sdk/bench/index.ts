// Times spc() with the mdc rules on 10^3 … 10^6 points for XmR, p and run charts and prints a
// plain table: median of several runs and points per second. A benchmark, not a test.
import { spc, type SpcDataPoint, type SpcInput } from '../src/index.js';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const CHARTS = ['xmr', 'p', 'run'] as const;

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(day: number): string {
  return new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function makeData(chart: (typeof CHARTS)[number], size: number): SpcDataPoint[] {
  const next = random(size);
  const data: SpcDataPoint[] = new Array<SpcDataPoint>(size);
  for (let i = 0; i < size; i++) {
    // A level shift half-way gives the rules something to find.
    const level = i < size / 2 ? 100 : 104;
    if (chart === 'p') {
      const n = 200 + Math.floor(next() * 300);
      data[i] = { x: isoDay(i), y: Math.floor(n * (0.2 + 0.05 * next())), n };
    } else {
      data[i] = { x: isoDay(i), y: level + 10 * (next() + next() + next() - 1.5) };
    }
  }
  return data;
}

function runsFor(size: number): number {
  return size >= 1_000_000 ? 9 : size >= 100_000 ? 15 : 31;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const rows: string[][] = [['chart', 'points', 'runs', 'median ms', 'points/s']];
for (const chart of CHARTS) {
  for (const size of SIZES) {
    const input: SpcInput = {
      chart,
      data: makeData(chart, size),
      rules: 'mdc',
      improvement: 'increase',
      target: 100,
    };
    // Warm up the JIT so the median reflects steady-state speed.
    for (let i = 0; i < 3; i++) spc(input);
    const times: number[] = [];
    let points = 0;
    for (let i = 0; i < runsFor(size); i++) {
      const start = performance.now();
      const result = spc(input);
      times.push(performance.now() - start);
      points += result.points.length;
      if (result.problems.length > 0)
        throw new Error(`bench input rejected: ${result.problems[0]?.message ?? ''}`);
    }
    const ms = median(times);
    rows.push([
      chart,
      size.toLocaleString('en-GB'),
      String(times.length),
      ms.toFixed(2),
      Math.round((size / ms) * 1000).toLocaleString('en-GB'),
    ]);
    if (points === 0) throw new Error('no points');
  }
}

// Above 50,000 points, point objects are made on first access: also time reading them all, honestly.
{
  const size = 1_000_000;
  const input: SpcInput = { chart: 'xmr', data: makeData('xmr', size), rules: 'mdc' };
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = spc(input);
    let flagged = 0;
    for (const point of result.points) if (point.signals.length > 0) flagged++;
    times.push(performance.now() - start);
    if (flagged < 0) throw new Error('unreachable');
  }
  const ms = median(times);
  rows.push([
    'xmr, every point read',
    size.toLocaleString('en-GB'),
    String(times.length),
    ms.toFixed(2),
    Math.round((size / ms) * 1000).toLocaleString('en-GB'),
  ]);
}

const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
for (const [r, row] of rows.entries()) {
  console.log(
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  '),
  );
  if (r === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
