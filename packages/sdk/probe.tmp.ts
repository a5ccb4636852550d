import { spc } from './src/index.js';
const charts = ['run','xmr','mr','p','pp','u','up','c','g','t','xbar','s'] as const;
const sets: Record<string, number[]> = {
  sub: [5e-324, 1e-323, 5e-324, 2e-323, 5e-324, 1e-323, 5e-324, 2e-323, 5e-324, 1e-323, 5e-324, 2e-323, 5e-324, 1e-323, 5e-324],
  big: [1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308, -1e308, 1e308],
  max: Array.from({length: 15}, (_, i) => i % 2 ? Number.MAX_VALUE : Number.MAX_VALUE * 0.9),
  mixed: [1, 5e-324, 1e308, 2, 3, -1e308, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  pos: Array.from({length: 15}, (_, i) => i % 3 ? 1e308 : 5e-324),
};
function bad(v: unknown) { return typeof v === 'number' && !Number.isFinite(v); }
for (const [name, ys] of Object.entries(sets)) for (const chart of charts) {
  const data = ys.map((y, i) => ({ x: i, y: ['p','pp','u','up','c','g','t'].includes(chart) ? Math.abs(y) : y, n: ['p','pp'].includes(chart) ? Math.max(Math.abs(y), 1) : ['u','up'].includes(chart) ? 1 : undefined }));
  try {
    const r = spc({ chart, data: data.map(d => d.n === undefined ? { x: d.x, y: d.y } : d), rules: 'mdc' });
    const found: string[] = [];
    for (const p of r.points) for (const k of ['y','centre','lower','upper','lowerNear','upperNear'] as const) if (bad(p[k]) ) found.push(`pt ${k}=${p[k]}`);
    for (const p of r.partitions) for (const k of ['centre','lower','upper','sigma'] as const) if (bad(p[k])) found.push(`part ${k}=${p[k]}`);
    const s = JSON.stringify(r.partitions);
    console.log(name, chart, r.variation, r.problems.length ? 'P:'+r.problems[0]!.message.slice(0,60) : '', found.slice(0,3).join(','), r.warnings.map(w=>w.code).join(','), r.partitions[0] ? [r.partitions[0].centre, r.partitions[0].lower, r.partitions[0].upper, r.partitions[0].sigma].join(' ') : '');
  } catch (e) { console.log(name, chart, 'THROW', e); }
}
