// Runs in the browser: times <qms-spc-chart> drawing 1,000, 10,000 and 100,000 points.
// First render = setting `data` on a new chart until updateComplete and the next animation
// frame; update = setting new `data` of the same size on that chart. The longest main-thread
// task comes from PerformanceObserver 'longtask' entries (tasks over 50 ms) in that window.
import '../dist/define/spc-chart.js';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = { 1000: 9, 10000: 7, 100000: 5 };
const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Daily points from 1800 with a level shift at 60%, so the rules find special causes. */
function makeData(size, seed) {
  const next = random(seed);
  const start = Date.UTC(1800, 0, 1);
  const data = new Array(size);
  for (let i = 0; i < size; i++) {
    const level = i < size * 0.6 ? 100 : 104;
    data[i] = {
      x: new Date(start + i * DAY).toISOString().slice(0, 10),
      y: Math.round((level + 10 * (next() + next() + next() - 1.5)) * 100) / 100,
    };
  }
  return data;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

async function timed(action, el) {
  await settle();
  const start = performance.now();
  action();
  await el.updateComplete;
  await frame();
  const end = performance.now();
  await settle();
  const longest = longTasks
    .filter((t) => t.startTime >= start - 1 && t.startTime <= end)
    .reduce((m, t) => Math.max(m, t.duration), 0);
  return { ms: end - start, longest };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function run() {
  const stage = document.getElementById('stage');
  const rows = [];
  for (const size of SIZES) {
    const first = [];
    const update = [];
    let longest = 0;
    for (let r = 0; r < RUNS[size]; r++) {
      const a = makeData(size, size + r);
      const b = makeData(size, size * 7 + r);
      const el = document.createElement('qms-spc-chart');
      el.setAttribute('improvement', 'increase');
      el.setAttribute('target', '100');
      el.setAttribute('label', `Benchmark ${size}`);
      stage.append(el);
      await el.updateComplete;
      const f = await timed(() => (el.data = a), el);
      const u = await timed(() => (el.data = b), el);
      // The first run warms the JIT; it is not counted.
      if (r > 0) {
        first.push(f.ms);
        update.push(u.ms);
        longest = Math.max(longest, f.longest, u.longest);
      }
      const drawn = el.shadowRoot.querySelector('svg.chart');
      if (!drawn) throw new Error(`no chart drawn for ${size} points`);
      el.remove();
    }
    rows.push({ size, first: median(first), update: median(update), longest, runs: first.length });
  }
  return rows;
}

run().then(
  (rows) => {
    window.benchResult = rows;
    document.getElementById('out').textContent = JSON.stringify(rows, null, 2);
  },
  (error) => {
    window.benchError = String(error?.stack ?? error);
  },
);
