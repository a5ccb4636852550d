// Reads what the qms-kit elements on a no-build page drew, and checks it against the SDK sample.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describeSpc, getFramework, spcForMeasure } from '@qms-kit/sdk';
import { sample } from './sample-data.ts';

/** What one page's elements show, read from their shadow roots. */
export interface View {
  tags: string[];
  alerts: string[];
  empty: string[];
  icons: string[];
  charts: Record<string, { title: string; desc: string; icons: string[] }>;
  tiles: { domain: string; heading: string }[];
  segments: string[];
  wheelText: string;
  cards: Record<string, string>;
  trackerRows: string[];
}

// Plain JavaScript installed in the page before it loads (kept as source text, so the test's
// compiler never rewrites it, and run as an init script, which a strict CSP allows).
// An element is ready when it shows its content, an error panel (reported in `alerts`) or its
// empty state (reported in `empty`).
const pageScript = `window.qmsE2e = (() => {
  const content = {
    'qms-spc-icon': 'svg title',
    'qms-spc-chart': 'svg title#plot-title',
    'qms-steeep-scorecard': '[part~="tile"]',
    'qms-cycle-wheel': '[part~="segment"]',
    'qms-statement-card': '[part~="card"]',
    'qms-action-tracker': 'tbody tr',
  };
  const qms = () =>
    [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('qms-'));
  const text = (n) => (n?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const ready = () => {
    const els = qms();
    return (
      els.length > 0 &&
      els.every((e) => {
        const root = e.shadowRoot;
        if (!root) return false;
        const selector = content[e.localName];
        return Boolean(
          (selector ? root.querySelector(selector) : root.firstElementChild) ||
            root.querySelector('[role="alert"], [part~="status"]:not([role])'),
        );
      })
    );
  };
  const view = () => {
    const all = qms();
    const of = (tag) => all.filter((e) => e.localName === tag);
    const key = (e, i) => e.id || String(i);
    const alerts = [];
    const walk = (root) => {
      for (const a of root.querySelectorAll('[role="alert"]')) if (text(a)) alerts.push(text(a));
      for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
    };
    walk(document);
    const iconsIn = (root) =>
      [...root.querySelectorAll('qms-spc-icon')].map((i) =>
        text(i.shadowRoot?.querySelector('title')),
      );
    const charts = {};
    of('qms-spc-chart').forEach((e, i) => {
      const r = e.shadowRoot;
      charts[key(e, i)] = {
        title: text(r?.querySelector('#plot-title')),
        desc: text(r?.querySelector('#plot-desc')),
        icons: r ? iconsIn(r) : [],
      };
    });
    const cards = {};
    of('qms-statement-card').forEach((e, i) => (cards[key(e, i)] = text(e.shadowRoot)));
    const wheel = of('qms-cycle-wheel')[0]?.shadowRoot;
    const scorecard = of('qms-steeep-scorecard')[0]?.shadowRoot;
    const tracker = of('qms-action-tracker')[0]?.shadowRoot;
    return {
      tags: [...new Set(all.map((e) => e.localName))].sort(),
      alerts,
      empty: all
        .filter((e) => e.shadowRoot?.querySelector('[part~="status"]:not([role])'))
        .map((e) => e.localName + (e.id ? '#' + e.id : '')),
      icons: of('qms-spc-icon').map((e) => text(e.shadowRoot?.querySelector('title'))),
      charts,
      tiles: [...(scorecard?.querySelectorAll('[part~="tile"]') ?? [])].map((t) => ({
        domain: t.getAttribute('data-domain') ?? '',
        heading: text(t.querySelector('[role="heading"]')),
      })),
      segments: [...(wheel?.querySelectorAll('[part~="segment"]') ?? [])].map(
        (s) => s.getAttribute('aria-label') ?? '',
      ),
      wheelText: text(wheel),
      cards,
      trackerRows: [...(tracker?.querySelectorAll('tbody tr') ?? [])].map((r) => text(r)),
    };
  };
  return { ready, view };
})();`;

interface PageHelpers {
  qmsE2e: { ready(): boolean; view(): View };
}

/** Call before `page.goto`: installs the in-page reader. */
export async function prepareView(page: Page): Promise<void> {
  await page.addInitScript(pageScript);
}

/** Waits until every qms-kit element on the page shows its data (or an error), then reads them. */
export async function readView(page: Page): Promise<View> {
  await page.waitForFunction(() => (window as unknown as PageHelpers).qmsE2e.ready());
  return page.evaluate(() => (window as unknown as PageHelpers).qmsE2e.view());
}

export const allTags = [
  'qms-action-tracker',
  'qms-cycle-wheel',
  'qms-provider',
  'qms-spc-chart',
  'qms-spc-icon',
  'qms-statement-card',
  'qms-steeep-scorecard',
];

/** The English of an SDK text (a string, or `{ en, cy? }`). */
export const en = (t: string | Record<string, string> | undefined): string =>
  typeof t === 'string' ? t : (t?.en ?? '');

/** The chart's plain-language summary, as the SDK words it for this measure. */
export function expectedSummary(measure: typeof sample.falls): string {
  return describeSpc(spcForMeasure(measure), 'en', {
    unit: en(measure.unit) === '%' ? '%' : undefined,
    ...(measure.decimals !== undefined ? { decimals: measure.decimals } : {}),
  });
}

/** Checks the view of static.html (as served plainly, twice-loaded or under a strict CSP). */
export function assertSampleView(view: View): void {
  assert.deepEqual(view.alerts, [], 'no element shows an error panel');
  assert.deepEqual(view.empty, [], 'no element is left without data');
  assert.deepEqual(view.tags, allTags, 'all seven elements are on the page');

  // Icons: an English and a Welsh accessible name.
  assert.match(view.icons[0] ?? '', /improving/i);
  assert.ok(
    (view.icons[1] ?? '').length > 0 && !/consistently fail/i.test(view.icons[1] ?? ''),
    `Welsh name expected, got ${view.icons[1]}`,
  );

  // The chart from sample/falls.json: named, summarised by the SDK's words, with its MDC icons.
  const chart = view.charts.chart;
  assert.ok(chart, 'the falls chart is on the page');
  assert.equal(chart.title, en(sample.falls.name));
  assert.equal(chart.desc, expectedSummary(sample.falls));
  assert.ok(chart.icons.length === 2 && chart.icons.every((i) => i.length > 0), 'two MDC icons');
  assert.match(view.charts['slotted-chart']?.title ?? '', /falls .*\(2024\)/);

  // The scorecard lists the six STEEEP domains by name.
  const steeep = getFramework('steeep').domains.filter((d) => d.kind === 'domain');
  assert.equal(steeep.length, 6);
  for (const domain of steeep) {
    const tile = view.tiles.find((t) => t.domain === domain.id);
    assert.ok(tile, `a tile for ${domain.id}, got ${JSON.stringify(view.tiles)}`);
    assert.ok(tile.heading.startsWith(en(domain.label)), `${tile.heading} names ${domain.id}`);
  }
  const safeCount = sample.dataset.measures.filter((m) => m.domain === 'safe').length;
  assert.match(view.tiles.find((t) => t.domain === 'safe')!.heading, new RegExp(`${safeCount}`));

  // The wheel: the four QMS aspects and the sample's organisation.
  for (const aspect of ['Planning', 'Control', 'Improvement', 'Assurance']) {
    assert.ok(
      view.segments.some((s) => s.includes(`Quality ${aspect}`)),
      `a Quality ${aspect} segment in ${JSON.stringify(view.segments)}`,
    );
  }
  assert.ok(view.wheelText.includes(en(sample.dataset.assessment?.scopeName)));

  // The statement card from sample/statement.json.
  const card = Object.entries(view.cards).find(([id]) => id !== 'provided-card')?.[1] ?? '';
  assert.ok(card.includes(en(sample.statement.title)), card.slice(0, 200));
  assert.ok(card.includes(en(sample.statement.iStatement)), 'the I statement is shown');

  // The tracker lists every sample action.
  assert.equal(view.trackerRows.length, sample.dataset.actions.length);
  for (const action of sample.dataset.actions) {
    assert.ok(
      view.trackerRows.some((r) => r.includes(en(action.title))),
      `the tracker lists "${en(action.title)}"`,
    );
  }

  // Inside <qms-provider>: a chart and a card with no data of their own show the dataset's.
  const px = sample.dataset.measures.find((m) => m.id === 'px')!;
  assert.equal(view.charts['provided-chart']?.title, en(px.name));
  const provided = view.cards['provided-card'] ?? '';
  const statement = sample.dataset.statements.find((s) => s.id === 'wales-person-centred')!;
  assert.ok(provided.includes(en(statement.weStatement)), provided.slice(0, 200));
  // Linked measures are named only when the card has the provider's measures.
  for (const id of statement.measureIds ?? []) {
    const measure = sample.dataset.measures.find((m) => m.id === id)!;
    assert.ok(provided.includes(en(measure.name)), `the card names linked measure ${id}`);
  }
}
