import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';
import type { FixtureWindow, Received } from './fixtures/mount.js';
import { TODAY, safeSystems, sampleDataset, sepsis } from './fixtures/sample.js';

// Bundles a small React app per React version; each page renders one element (`?element=`)
// with the SDK's sample data. Every element is checked in both versions: a rich property (an
// object or array, which only arrives intact as a property) is rendered, and a real interaction
// (or bad data, for the icon) reaches the handler given as a React prop.
const dir = mkdtempSync(join(tmpdir(), 'qms-react-'));
const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;

async function bundle(name: string, alias: Record<string, string>) {
  await build({
    entryPoints: [fixture(`${name}.tsx`)],
    outfile: join(dir, `${name}.js`),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    alias,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      `<script type="module" src="./${name}.js"></script></head><body><div id="root"></div></body></html>`,
  );
}

/** The events the React props have received so far, once there are at least `count`. */
async function received(page: Page, count: number): Promise<Received[]> {
  const read = () => page.evaluate(() => (window as unknown as FixtureWindow).qmsEvents);
  try {
    await page.waitForFunction(
      (n) => (window as unknown as FixtureWindow).qmsEvents.length >= n,
      count,
    );
  } catch {
    const types = (await read()).map((e) => e.type);
    assert.fail(`expected ${count} event(s) through the React props, got [${types.join(', ')}]`);
  }
  return read();
}

/** Resolves once every qms-kit element on the page has rendered. */
async function rendered(page: Page) {
  await page.locator('#el').waitFor({ state: 'attached' });
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('#root *')]
        .filter((e) => e.localName.startsWith('qms-'))
        .map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    ),
  );
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Text of the first match (Playwright's CSS selectors reach into shadow roots). */
const textOf = async (page: Page, selector: string) =>
  squash(await page.locator(selector).first().textContent());
/** Evaluates `read` on the element `#el` (the element under test). */
const onElement = <T>(page: Page, read: (el: Element & Record<string, unknown>) => T) =>
  page.locator('#el').evaluate(read as (el: Element) => T);

interface Case {
  title: string;
  check(page: Page): Promise<void>;
}

const sepsisName = sepsis.name as { en: string };
const sepsisLast = sepsis.data.at(-1)!;
const ed4h = sampleDataset.measures.find((m) => m.id === 'ed4h')!;
const a7 = sampleDataset.actions.find((a) => a.id === 'A7')!;

const cases: Record<string, Case> = {
  'spc-icon': {
    title: 'value as a property; qms-error through onQmsError / onqms-error',
    async check(page) {
      await page.locator('#el title').waitFor({ state: 'attached' });
      assert.match(await textOf(page, '#el title'), /improving/i);
      assert.equal(await onElement(page, (el) => el['value']), 'improvement-high');
      const [event, ...more] = await received(page, 1);
      assert.deepEqual(more, []);
      assert.equal(event?.type, 'qms-error');
      assert.equal(event?.on, 'qms-spc-icon');
      assert.equal((event?.detail as { source: string }).source, 'attribute');
    },
  },

  'spc-chart': {
    title: 'measure (object) is charted; a keyboard-selected point reaches the point-select prop',
    async check(page) {
      // The plot is named by the measure passed as a property.
      const plot = page.getByRole('application', { name: sepsisName.en });
      await plot.waitFor();
      assert.equal(await onElement(page, (el) => (el['measure'] as { id: string }).id), 'sepsis');
      await plot.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const [event, ...more] = await received(page, 1);
      assert.deepEqual(more, []);
      assert.equal(event?.type, 'qms-point-select');
      assert.equal(event?.on, 'qms-spc-chart');
      const detail = event?.detail as { measureId: string; point: { index: number; y: number } };
      assert.equal(detail.measureId, 'sepsis');
      assert.equal(detail.point.index, sepsis.data.length - 1);
      assert.equal(detail.point.y, sepsisLast.y);
    },
  },

  'steeep-scorecard': {
    title: 'measures (array) fill the tiles; opening a tile and choosing a measure reach the props',
    async check(page) {
      const tile = '#el [part~="tile"][data-domain="timely"]';
      const timely = sampleDataset.measures.filter((m) => m.domain === 'timely').length;
      assert.ok(timely > 0);
      assert.match(
        await textOf(page, `${tile} button.disclosure`),
        new RegExp(`\\b${timely} measures?\\b`),
      );
      await page.locator(`${tile} button.disclosure`).click();
      const [opened] = await received(page, 1);
      assert.equal(opened?.type, 'qms-domain-select');
      assert.equal(opened?.on, 'qms-steeep-scorecard');
      assert.deepEqual(opened?.detail, {
        domainId: 'timely',
        frameworkId: 'steeep',
        kind: 'domain',
        expanded: true,
      });
      // The summary table lists the sample measure by name.
      const row = `${tile} tr[data-measure="ed4h"] [part="measure"]`;
      assert.equal(await textOf(page, row), (ed4h.name as { en: string }).en);
      await page.locator(row).click();
      const events = await received(page, 2);
      assert.equal(events.length, 2);
      assert.equal(events[1]?.type, 'qms-measure-select');
      const detail = events[1]?.detail as { measureId: string; domainId: string; measure: unknown };
      assert.equal(detail.measureId, 'ed4h');
      assert.equal(detail.domainId, 'timely');
      assert.deepEqual(detail.measure, ed4h);
    },
  },

  'cycle-wheel': {
    title: 'assessment (object) sets the stages; selecting a segment and answering reach the props',
    async check(page) {
      const segment = (id: string) => page.locator(`#el .wheel [data-segment="${id}"]`);
      await segment('planning').waitFor();
      // Stages from the sample assessment: planning 2, control 1, improvement 3, assurance 2.
      assert.match(
        (await segment('planning').getAttribute('aria-label')) ?? '',
        /^Quality Planning\. Stage 2 of 4: Implementing\./,
      );
      assert.equal(await segment('improvement').getAttribute('data-stage'), '3');
      await segment('control').focus();
      await page.keyboard.press('Enter');
      const [selected] = await received(page, 1);
      assert.equal(selected?.type, 'qms-segment-select');
      assert.equal(selected?.on, 'qms-cycle-wheel');
      assert.deepEqual(selected?.detail, { segment: 'control', selected: true });
      // q8 is answered "partly" in the sample; answer "yes" in the opened panel.
      await page.locator('#el [data-question="q8"] input[value="yes"]').check();
      const events = (await received(page, 3)).slice(1);
      assert.deepEqual(
        events.map((e) => e.type),
        ['qms-assessment-before-change', 'qms-assessment-change'],
      );
      for (const event of events) {
        const detail = event.detail as {
          aspect: string;
          change: unknown;
          assessment: { aspects: { control: { questions: { id: string; answer: string }[] } } };
        };
        assert.equal(detail.aspect, 'control');
        assert.deepEqual(detail.change, { type: 'answer', questionId: 'q8', answer: 'yes' });
        assert.equal(
          detail.assessment.aspects.control.questions.find((q) => q.id === 'q8')?.answer,
          'yes',
        );
      }
    },
  },

  'statement-card': {
    title: 'statement (object) is shown; an edited score reaches the statement-change props',
    async check(page) {
      const title = (safeSystems.title as { en: string }).en;
      await page.getByRole('heading', { name: title }).waitFor();
      assert.equal(
        await textOf(page, '#el .voice--i blockquote'),
        (safeSystems.iStatement as { en: string }).en,
      );
      await page.locator('#el #edit').click();
      await page.locator('#el #f-score-3').check();
      await page.locator('#el #save').click();
      const events = await received(page, 2);
      assert.deepEqual(
        events.map((e) => [e.type, e.on]),
        [
          ['qms-statement-before-change', 'qms-statement-card'],
          ['qms-statement-change', 'qms-statement-card'],
        ],
      );
      for (const event of events) {
        const detail = event.detail as {
          before: typeof safeSystems;
          after: typeof safeSystems;
        };
        assert.deepEqual(detail.before, safeSystems);
        assert.equal(detail.after.id, safeSystems.id);
        assert.deepEqual(detail.after.score, { ...safeSystems.score, value: 3, date: TODAY });
      }
    },
  },

  'action-tracker': {
    title: 'actions (array) are listed; a status change reaches the action-change props',
    async check(page) {
      const all = sampleDataset.actions.length;
      assert.match(
        await textOf(page, '#el .count'),
        new RegExp(`Showing ${all} of ${all} actions`),
      );
      const row = '#el tr[data-id="A7"]';
      assert.ok((await textOf(page, `${row} th`)).includes((a7.title as { en: string }).en));
      await page.locator(`${row} .details-toggle`).click();
      await page.locator('#el #status-A7').selectOption('blocked');
      await page.locator('#el [data-details="A7"] [data-command="apply-status"]').click();
      const events = await received(page, 2);
      assert.deepEqual(
        events.map((e) => [e.type, e.on]),
        [
          ['qms-action-before-change', 'qms-action-tracker'],
          ['qms-action-change', 'qms-action-tracker'],
        ],
      );
      for (const event of events) {
        const detail = event.detail as {
          kind: string;
          before: { id: string; status: string };
          after: { id: string; status: string; lastUpdate: string };
        };
        assert.equal(detail.kind, 'status');
        assert.equal(detail.before.status, a7.status);
        assert.deepEqual(
          [detail.after.id, detail.after.status, detail.after.lastUpdate],
          ['A7', 'blocked', TODAY],
        );
      }
      assert.equal(
        await page.locator(`${row} td[data-status]`).getAttribute('data-status'),
        'blocked',
      );
    },
  },

  provider: {
    title: 'data (dataset object) reaches a child scorecard; its selection reaches the prop',
    async check(page) {
      // The child has no data of its own: its tiles come from the provider's dataset, grouped
      // by the dataset's framework.
      const tile = '#child [part~="tile"][data-domain="safe"]';
      const safe = sampleDataset.measures.filter((m) => m.domain === 'safe').length;
      assert.match(
        await textOf(page, `${tile} button.disclosure`),
        new RegExp(`\\b${safe} measures?\\b`),
      );
      assert.equal(
        await onElement(page, (el) => (el['value'] as { framework: string }).framework),
        sampleDataset.framework,
      );
      await page.locator(`${tile} button.disclosure`).click();
      const [event, ...more] = await received(page, 1);
      assert.deepEqual(more, []);
      assert.equal(event?.type, 'qms-selection-change');
      assert.equal(event?.on, 'qms-provider');
      assert.deepEqual(event?.detail, { domain: 'safe', framework: sampleDataset.framework });
    },
  },
};

describe('React bindings', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    await bundle('react18', {});
    await bundle('react19', { react: 'react19', 'react-dom': 'react-dom19' });
    server = await serveStatic(dir);
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, major] of [
    ['react18', '18'],
    ['react19', '19'],
  ] as const) {
    for (const [element, { title, check }] of Object.entries(cases)) {
      test(`React ${major} <qms-${element}>: ${title}`, async () => {
        const { page, problems, context } = await openPage(browser);
        try {
          // Failures show as a timeout naming what was awaited, not a 30 s hang.
          page.setDefaultTimeout(10_000);
          await page.goto(`${server.url}${name}.html?element=${element}`);
          await rendered(page);
          await check(page);
          const version = await page.evaluate(
            () => (window as unknown as FixtureWindow).reactVersion,
          );
          assert.equal(version.split('.')[0], major);
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
