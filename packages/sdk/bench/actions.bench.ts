// Times the action tracker's list logic (filter, text search, sort, group) on 1,000 and 10,000
// synthetic actions and prints a plain table of medians. A benchmark, not a test:
// `npx tsx bench/actions.bench.ts`.
import {
  actionStatusSchema,
  filterActions,
  queryActions,
  sortActions,
  walesHcqs2023,
  type Action,
  type ActionListOptions,
} from '../src/index.js';

const SIZES = [1_000, 10_000];
const RUNS = 41;
const OWNERS = ['Ward 7', 'ED lead', 'Medical Director', 'Tissue viability', 'Board secretary'];
const WORDS = ['falls', 'sepsis', 'pressure', 'ulcer', 'screening', 'board', 'review', 'audit'];
const DOMAINS = walesHcqs2023.domains.map((d) => d.id);
const ASPECTS = ['planning', 'control', 'improvement', 'assurance', undefined] as const;

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

function makeActions(size: number): Action[] {
  const next = random(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const day = (offset: number) =>
    new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: size }, (_, i) => ({
    id: `A${i + 1}`,
    title: { en: `${pick(WORDS)} ${pick(WORDS)} action ${i + 1}`, cy: `Cam gweithredu ${i + 1}` },
    description: { en: `Improve ${pick(WORDS)} on ward ${i % 40}` },
    owner: { en: pick(OWNERS) },
    source: 'local',
    status: pick(actionStatusSchema.options),
    due: day(Math.floor(next() * 900)),
    deliveryConfidence: pick(['high', 'medium', 'low'] as const),
    aspect: pick(ASPECTS),
    domain: pick(DOMAINS),
    measureIds: [],
    statementIds: [],
    lastUpdate: day(Math.floor(next() * 400)),
    pdsaCycles: [],
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

function time(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const options: ActionListOptions = { today: '2025-03-20', lang: 'en', framework: walesHcqs2023 };
const rows: string[][] = [['operation', 'actions', 'median ms']];
for (const size of SIZES) {
  const actions = makeActions(size);
  const cases: [string, () => unknown][] = [
    [
      'filter (status + owner + overdue)',
      () =>
        filterActions(
          actions,
          {
            status: ['in-progress', 'blocked'],
            owner: ['Ward 7'],
            dueState: ['overdue', 'due-soon'],
          },
          options,
        ),
    ],
    [
      'search "sepsis screening"',
      () => filterActions(actions, { query: 'sepsis screening' }, options),
    ],
    [
      'sort by title',
      () => sortActions(actions, { key: 'title', direction: 'ascending' }, options),
    ],
    [
      'sort by due date',
      () => sortActions(actions, { key: 'due', direction: 'descending' }, options),
    ],
    [
      'filter + search + sort + group (tracker view)',
      () =>
        queryActions(
          actions,
          {
            filter: { status: ['in-progress'], query: 'falls' },
            sort: { key: 'title', direction: 'ascending' },
            groupBy: 'domain',
          },
          options,
        ),
    ],
  ];
  for (const [name, work] of cases) {
    work(); // warm up
    rows.push([name, size.toLocaleString('en-GB'), time(work).toFixed(2)]);
  }
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) {
  console.log(
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  '),
  );
}
