import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { cy, en, filterDatasetBySelection, type QmsSelection } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import { serveStatic, type StaticServer } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';
import {
  collectTexts,
  cspViolations,
  demoReady,
  qmsTags,
  recordCspViolations,
  runAxe,
  savedDataset,
  withoutIndexedDb,
} from './page-scripts.js';

// End-to-end checks of the BUILT demo (dist/, made by `vite build` before the tests), served
// with a strict Content-Security-Policy. One browser; a fresh context (so fresh IndexedDB and
// localStorage) per test. Screenshots go to .test-output/ at the repository root (gitignored).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const shots = fileURLToPath(new URL('../../../.test-output/', import.meta.url));
const axePath = fileURLToPath(
  new URL('../../../packages/elements/node_modules/axe-core/axe.min.js', import.meta.url),
);
const goodCsv = fileURLToPath(new URL('../public/sample-upload.csv', import.meta.url));
const CSP = "default-src 'self'";

/**
 * English interface text known to leak from ELEMENTS into the Welsh page. The demo does not fix
 * element source: each entry is an element leak, reported to the element's owner. Remove an
 * entry once it is fixed. The test still fails on any other leak.
 */
const knownElementLeaks: { text: string; reason: string }[] = [];

/** Content-Security-Policy violations allowed: none (the chart's tooltip is placed through the CSSOM). */
const knownElementCspViolations: string[] = [];

interface Demo {
  page: Page;
  problems: string[];
  close(): Promise<void>;
  /** Fails on console errors, page errors, failed requests and CSP violations so far. */
  assertClean(): Promise<void>;
}

describe('demo app (built)', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveStatic(dist, { headers: { 'Content-Security-Policy': CSP } });
    browser = await openBrowser();
    mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDemo(
    options: { width?: number; height?: number; noIndexedDb?: boolean; bypassCsp?: boolean } = {},
  ): Promise<Demo> {
    const { page, problems, context } = await openPage(browser, {
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      // Only for the axe test: axe is injected as an inline script, which the CSP would block.
      bypassCSP: options.bypassCsp ?? false,
    });
    await context.addInitScript({ content: recordCspViolations });
    if (options.noIndexedDb) await context.addInitScript({ content: withoutIndexedDb });
    await page.goto(server.url);
    await waitReady(page);
    return {
      page,
      problems,
      close: () => context.close(),
      async assertClean() {
        const all = (await page.evaluate(cspViolations)) as string[];
        const violations = all.filter((v) => !knownElementCspViolations.includes(v));
        assert.deepEqual(violations, [], `CSP violations:\n${violations.join('\n')}`);
        // Chromium also logs each blocked style attribute; drop one line per known violation.
        let known = all.length - violations.length;
        const rest = problems.filter(
          (p) => !(p.startsWith('console: Applying inline style violates') && known-- > 0),
        );
        assert.deepEqual(rest, [], `console or network problems:\n${rest.join('\n')}`);
      },
    };
  }

  async function waitReady(page: Page): Promise<void> {
    await until(page, demoReady, 'the demo did not finish drawing', 15000);
  }

  async function counts(page: Page) {
    const read = async (name: string) => {
      const text = await page.locator(`[data-count="${name}"]`).innerText();
      return Number(/\d+/.exec(text)?.[0]);
    };
    return {
      measures: await read('measures'),
      statements: await read('statements'),
      actions: await read('actions'),
      cards: await page.locator('qms-statement-card').count(),
      rows: await page.locator('qms-action-tracker tr.row').count(),
      chart: await page.locator('#chart-measure').inputValue(),
    };
  }

  /** What the page should show for a selection, worked out by the SDK. */
  function expected(selection: QmsSelection) {
    const picked = filterDatasetBySelection(sampleDataset, selection);
    const withoutMeasure = filterDatasetBySelection(sampleDataset, {
      ...selection,
      measure: undefined,
    });
    return {
      measures: picked.measures.length,
      statements: picked.statements.length,
      actions: picked.actions.length,
      cards: picked.statements.length,
      rows: picked.actions.length,
      chart: selection.measure ?? withoutMeasure.measures[0]?.id ?? '',
    };
  }

  async function expectCounts(page: Page, selection: QmsSelection): Promise<void> {
    const want = expected(selection);
    // Elements re-render asynchronously: poll until the page agrees, then compare for a message.
    let got = await counts(page);
    for (let i = 0; i < 50 && !isDeepStrictEqual(got, want); i++) {
      await new Promise((r) => setTimeout(r, 100));
      got = await counts(page);
    }
    assert.deepEqual(got, want, `counts for ${JSON.stringify(selection)}`);
  }

  async function switchTo(page: Page, lang: 'en' | 'cy'): Promise<void> {
    await page.locator(`button[data-lang="${lang}"]`).click();
    await until(page, `document.documentElement.lang === '${lang}'`, `lang is not ${lang}`);
    // Elements follow <html lang> on their own, in their next update.
    const heading = lang === 'cy' ? 'Meysydd ansawdd' : 'Domains';
    await page
      .locator('qms-steeep-scorecard')
      .getByText(heading, { exact: true })
      .first()
      .waitFor({ timeout: 5000 });
    await settle(page);
  }

  const tile = (page: Page, domain: string): Locator =>
    page.locator(
      `qms-steeep-scorecard [part~="tile"][data-domain="${domain}"] [part~="disclosure"]`,
    );

  const wheelSegment = (page: Page, segment: string): Locator =>
    page
      .locator(
        `qms-cycle-wheel [part~="segment"][data-segment="${segment}"], qms-cycle-wheel .list-button[data-segment="${segment}"]`,
      )
      .filter({ visible: true })
      .first();

  test('every element renders with the sample data, with no errors', async () => {
    const demo = await openDemo();
    try {
      const tags = (await demo.page.evaluate(qmsTags)) as Record<
        string,
        { count: number; empty: number }
      >;
      for (const tag of [
        'qms-provider',
        'qms-steeep-scorecard',
        'qms-spc-chart',
        'qms-spc-icon',
        'qms-cycle-wheel',
        'qms-statement-card',
        'qms-action-tracker',
      ]) {
        assert.ok(tags[tag]?.count, `${tag} is on the page`);
        assert.equal(tags[tag]?.empty, 0, `every ${tag} has shadow content`);
      }
      assert.equal(tags['qms-statement-card']?.count, sampleDataset.statements.length);
      // No element shows an error panel with the sample data.
      assert.equal(await demo.page.locator('[part~="error"]').count(), 0, 'no element error panel');
      const body = await demo.page.locator('body').innerText();
      assert.match(body, /Synthetic data – not real performance/);
      assert.match(body, /Example University Health Board: quality dashboard/);
      // Landmarks, headings and the skip link.
      // (Light DOM only: the elements have headers of their own in their shadow roots.)
      const landmarks = await demo.page.evaluate(
        `['header', 'main#main', 'footer', 'h1'].map((s) => document.querySelectorAll(s).length)`,
      );
      assert.deepEqual(landmarks, [1, 1, 1, 1], 'one banner, main, contentinfo and h1');
      await demo.page.keyboard.press('Tab');
      assert.equal(
        await demo.page.evaluate('document.activeElement.getAttribute("href")'),
        '#main',
        'the skip link is the first tab stop',
      );
      await expectCounts(demo.page, {});
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('selecting a domain, a measure and a QMS aspect filters the page; Clear selection shows everything', async () => {
    const demo = await openDemo();
    const { page } = demo;
    try {
      const framework = sampleDataset.framework as string;
      await tile(page, 'safe').click();
      await expectCounts(page, { domain: 'safe', framework });
      assert.equal(await tile(page, 'safe').getAttribute('aria-expanded'), 'true');

      // Choosing a measure in the tile's table charts it and narrows the page to it.
      await page
        .locator(
          'qms-steeep-scorecard [part~="tile"][data-domain="safe"] tr[data-measure="pu"] [part~="measure"]',
        )
        .click();
      await expectCounts(page, { domain: 'safe', framework, measure: 'pu' });
      const charted = await page.evaluate(
        `document.querySelector('.area-chart qms-spc-chart').measure.id`,
      );
      assert.equal(charted, 'pu');

      // Another domain: the measure chosen in the first one is dropped.
      await tile(page, 'effective').click();
      await expectCounts(page, { domain: 'effective', framework });

      // The picker charts another measure of the domain.
      await page.locator('#chart-measure').selectOption('readm');
      await expectCounts(page, { domain: 'effective', framework, measure: 'readm' });

      await page.locator('[data-command="clear-selection"]').click();
      await expectCounts(page, {});
      assert.equal(await tile(page, 'safe').getAttribute('aria-expanded'), 'false');

      // A wheel segment selects its QMS aspect.
      await wheelSegment(page, 'improvement').click();
      await expectCounts(page, { aspect: 'improvement' });
      await page.locator('[data-command="clear-selection"]').click();
      await expectCounts(page, {});
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('in Cymraeg no English interface text is left', async () => {
    const demo = await openDemo();
    const { page } = demo;
    try {
      await switchTo(page, 'cy');
      // Open what is closed, so its words are checked too: first a domain, an action's details,
      // a statement's edit form and the tracker's add form…
      await tile(page, 'safe').click();
      await page.locator('qms-action-tracker tr.row .details-toggle').first().click();
      await page.locator('qms-statement-card [part~="edit-button"]').first().click();
      await page.locator('qms-action-tracker [part~="commands"] button').first().click();
      await settle(page);
      const texts = (await page.evaluate(collectTexts)) as { text: string; where: string }[];
      // …then, with nothing selected, a wheel segment's panel and the wheel's centre.
      await page.locator('[data-command="clear-selection"]').click();
      await wheelSegment(page, 'planning').click();
      await settle(page);
      texts.push(...((await page.evaluate(collectTexts)) as typeof texts));
      await wheelSegment(page, 'centre').click();
      await settle(page);
      texts.push(...((await page.evaluate(collectTexts)) as typeof texts));

      const leaks = englishLeaks(texts);
      const unknown = leaks.filter((l) => !knownElementLeaks.some((k) => k.text === l.text));
      const report = unknown
        .map((l) => `  "${l.text}" (${l.key}) at ${l.where.slice(-160)}`)
        .join('\n');
      assert.equal(unknown.length, 0, `English interface text in the Welsh page:\n${report}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'cy');
      assert.match(await page.title(), /dangosfwrdd ansawdd/);

      // And back: English again, no Welsh catalogue text left in the demo's own chrome.
      await switchTo(page, 'en');
      assert.match(await page.locator('h1').innerText(), /quality dashboard/);
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('a good CSV is charted under "Your data"; bad files show row-level errors and change nothing', async () => {
    const demo = await openDemo();
    const { page } = demo;
    try {
      const input = page.locator('#upload-input');
      await input.setInputFiles(goodCsv);
      const charts = page.locator('.your-data qms-spc-chart');
      await charts.first().waitFor();
      assert.equal(await charts.count(), 2, 'one chart per measure in the CSV');
      await waitReady(page);
      assert.equal(await page.locator('.your-data [part~="error"]').count(), 0);
      assert.match(await page.locator('.notice--success').innerText(), /sample-upload\.csv/);
      const names = await page.evaluate(
        `[...document.querySelectorAll('.your-data qms-spc-chart')].map((c) => c.measure.id)`,
      );
      assert.deepEqual(names, ['ward7-falls', 'clinic-dna']);

      // A bad CSV: every problem with its row and column, in an alert; the charts stay.
      await input.setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'measure,date,value\nfalls,2024-01-01,lots\nfalls,2024-02-30,5\n,2024-03-01,4\n',
        ),
      });
      const alert = page.locator('#upload-errors[role="alert"]');
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /Row 2, column value/);
      assert.match(text, /Row 3, column date/);
      assert.match(text, /Row 4, column measure/);
      assert.match(text, /bad\.csv/);
      assert.equal(
        await page.evaluate('document.activeElement?.id'),
        'upload-errors',
        'the error summary takes focus',
      );
      assert.equal(await charts.count(), 2, 'a bad file changes nothing else');

      // Bad JSON: the dataset's problems, and the sample stays on the dashboard.
      await input.setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{ "organisation": "Ward 7", "framework": "no-such-framework" }'),
      });
      await page.getByText('bad.json', { exact: false }).first().waitFor();
      assert.match(await alert.innerText(), /framework/);
      await expectCounts(page, {});

      // A file of another kind.
      await input.setInputFiles({
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('hello'),
      });
      await page.getByText('is not a CSV or JSON file').waitFor();

      // A good JSON dataset replaces the dashboard's data: its measure is on the scorecard.
      const dataset = {
        organisation: { en: 'Ward 7', cy: 'Ward 7' },
        framework: 'steeep',
        measures: [
          {
            id: 'w7-falls',
            name: 'Ward 7 falls',
            domain: 'safe',
            improvement: 'decrease',
            data: Array.from({ length: 20 }, (_, i) => ({
              x: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
              y: 5 + (i % 3),
            })),
          },
        ],
      };
      await input.setInputFiles({
        name: 'ward7.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(dataset)),
      });
      await page.locator('h1').getByText('Ward 7: quality dashboard').waitFor();
      await waitReady(page);
      assert.equal(await page.locator('#upload-errors').count(), 0);
      assert.equal(await page.locator('#chart-measure').inputValue(), 'w7-falls');
      assert.equal(await tile(page, 'safe').count(), 1, 'the measure is on the scorecard');
      assert.equal(await page.locator('.demo-tag').count(), 0, 'not labelled synthetic');
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('a 200 KB upload whose one cell is 200,000 digits and a letter is refused at once, quoting a bounded part', async () => {
    // It froze the page for about 18 s: the number pattern backtracked on the long run of digits.
    const demo = await openDemo();
    const { page } = demo;
    try {
      await page.locator('#upload-input').setInputFiles({
        name: 'digits.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`measure,date,value\nfalls,2024-04-01,${'9'.repeat(200_000)}x\n`),
      });
      // A generous outer bound, not a timing claim: linear parsing answers in well under a second.
      const alert = page.locator('#upload-errors[role="alert"]');
      await alert.waitFor({ timeout: 10_000 });
      const text = await alert.innerText();
      assert.match(text, /Row 2, column value/);
      assert.match(text, /200001 characters/);
      assert.ok(
        text.length < 2_000,
        `the message quotes a bounded part (${text.length} characters)`,
      );
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('an action status change and a wheel answer survive a reload; Reset to sample data brings the sample back', async () => {
    const demo = await openDemo();
    const { page } = demo;
    try {
      const row = page.locator('qms-action-tracker tr.row[data-id="A4"]');
      const status = row.locator('td[data-status]');
      assert.equal(await status.getAttribute('data-status'), 'in-progress');
      await row.locator('.details-toggle').click();
      const details = page.locator('qms-action-tracker tr[data-details="A4"]');
      await details.locator('select').first().selectOption('blocked');
      await details.locator('[data-command="apply-status"]').click();
      await until(page, statusOf('A4', 'blocked'), 'A4 is not blocked');
      // Wait until the change is in IndexedDB before reloading.
      await waitForSaved(page, (d) => d?.actions.find((a) => a.id === 'A4')?.status === 'blocked');

      // A guiding question's answer in the wheel's Quality Planning panel.
      const question = page.locator('qms-cycle-wheel fieldset.question').first();
      const questionId = async () => (await question.getAttribute('data-question')) ?? '';
      const answerOf = (d: typeof sampleDataset | undefined, id: string) =>
        d?.assessment?.aspects.planning.questions.find((q) => q.id === id)?.answer;
      await wheelSegment(page, 'planning').click();
      const id = await questionId();
      const before = answerOf(sampleDataset, id);
      const changed = before === 'no' ? 'yes' : 'no';
      await question.locator(`input[type="radio"][value="${changed}"]`).check();
      await waitForSaved(page, (d) => answerOf(d, id) === changed);

      await page.reload();
      await waitReady(page);
      assert.equal(await status.getAttribute('data-status'), 'blocked', 'kept after a reload');
      await wheelSegment(page, 'planning').click();
      assert.equal(await questionId(), id);
      assert.ok(
        await question.locator(`input[type="radio"][value="${changed}"]`).isChecked(),
        'the answer is kept after a reload',
      );
      assert.match(await page.locator('[data-storage]').innerText(), /IndexedDB/);

      await page.locator('[data-command="reset"]').click();
      await until(page, statusOf('A4', 'in-progress'), 'A4 is not back in progress');
      await page.reload();
      await waitReady(page);
      assert.equal(await status.getAttribute('data-status'), 'in-progress', 'reset is kept too');
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('without IndexedDB the demo still works and says edits will not be kept', async () => {
    const demo = await openDemo({ noIndexedDb: true });
    try {
      assert.equal(
        await demo.page.locator('[data-storage]').getAttribute('data-storage'),
        'unavailable',
      );
      assert.match(await demo.page.locator('[data-storage]').innerText(), /will not be kept/);
      await tile(demo.page, 'safe').click();
      await expectCounts(demo.page, { domain: 'safe', framework: 'wales-hcqs-2023' });
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('axe finds no violations on the whole page, in English and in Cymraeg, in every theme', async () => {
    const demo = await openDemo({ bypassCsp: true });
    const { page } = demo;
    try {
      await page.addScriptTag({ path: axePath });
      const check = async (state: string) => {
        const violations = (await page.evaluate(runAxe)) as {
          id: string;
          impact: string;
          help: string;
          nodes: { target: unknown; summary: string }[];
        }[];
        const report = violations
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help}\n${v.nodes
                .map(
                  (n) =>
                    `    ${JSON.stringify(n.target)}\n      ${n.summary.replace(/\n/g, '\n      ')}`,
                )
                .join('\n')}`,
          )
          .join('\n');
        assert.equal(violations.length, 0, `axe violations (${state}):\n${report}`);
      };
      await check('English');
      await tile(page, 'safe').click();
      await wheelSegment(page, 'control').click();
      await check('English, a domain and an aspect open');
      await switchTo(page, 'cy');
      await check('Cymraeg');
      for (const theme of ['high-contrast', 'vendor']) {
        await page.locator('#theme').selectOption(theme);
        await settle(page);
        await check(`Cymraeg, ${theme} theme`);
      }
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test("works under Content-Security-Policy: default-src 'self'", async () => {
    const html = readFileSync(`${dist}index.html`, 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i, 'no inline script');
    assert.doesNotMatch(html, /<style/i, 'no <style> element');
    assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
    assert.doesNotMatch(html, /fonts\.googleapis|@font-face/i, 'system fonts only');

    const demo = await openDemo();
    const { page } = demo;
    try {
      // Exercise what draws or restyles: themes, language, a selection, the chart's tooltip.
      for (const theme of ['high-contrast', 'vendor', 'nhs']) {
        await page.locator('#theme').selectOption(theme);
        assert.ok(await page.locator(`html.theme-${theme}`).count());
      }
      await switchTo(page, 'cy');
      await tile(page, 'timely').click();
      // force: the tooltip it opens may cover the very spot the pointer is on.
      await page.locator('.area-chart qms-spc-chart [part~="plot"]').hover({ force: true });
      await switchTo(page, 'en');
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('forced colours and print: every element still draws; the print fits an A4 page', async () => {
    const demo = await openDemo();
    const { page } = demo;
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await waitReady(page);
      await page.screenshot({ path: `${shots}demo-forced-colours.png`, fullPage: true });

      // Board packs: print at A4 width (794 CSS px) with print styles.
      await page.emulateMedia({ forcedColors: 'none', media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await waitReady(page);
      const overflow = (await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      )) as number;
      assert.ok(overflow <= 0, `print layout wider than A4 by ${overflow} px`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.ok(pdf.length > 10_000, 'the printed PDF is empty');
      await demo.assertClean();
    } finally {
      await demo.close();
    }
  });

  test('screenshots in English and Welsh, desktop and phone; nothing overflows at 320 px', async () => {
    for (const width of [1280, 375, 320]) {
      const demo = await openDemo({ width });
      try {
        for (const lang of ['en', 'cy'] as const) {
          if (lang === 'cy') await switchTo(demo.page, 'cy');
          const overflow = (await demo.page.evaluate(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth',
          )) as number;
          assert.ok(overflow <= 0, `no horizontal scrolling at ${width} px (${lang}): ${overflow}`);
          if (width !== 320) {
            await demo.page.screenshot({
              path: `${shots}demo-${lang}-${width}.png`,
              fullPage: true,
            });
          }
        }
        await demo.assertClean();
      } finally {
        await demo.close();
      }
    }
  });

  async function waitForSaved(
    page: Page,
    done: (d: typeof sampleDataset | undefined) => boolean,
  ): Promise<void> {
    for (let i = 0; i < 50; i++) {
      if (done((await page.evaluate(savedDataset)) as typeof sampleDataset | undefined)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('the change was not saved in IndexedDB');
  }
});

/** Polls an expression in the page (no waitForFunction: its string form needs eval, which the CSP forbids). */
async function until(page: Page, expression: string, message: string, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) assert.fail(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const settle = (page: Page) =>
  page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))');

const statusOf = (id: string, status: string) =>
  `document.querySelector('qms-action-tracker')?.shadowRoot?.querySelector('tr.row[data-id="${id}"] td[data-status]')?.dataset.status === '${status}'`;

/** Sample-data strings (measure names, action titles…): what the user supplied, not the UI's. */
function dataStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(norm(value));
  else if (Array.isArray(value)) for (const v of value) dataStrings(v, into);
  else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) dataStrings(v, into);
  }
  return into;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Texts that are an English catalogue value whose Welsh differs: exactly, or (for messages with
 * {placeholders} and enough words around them) by the message's pattern. Texts that are also a
 * Welsh value, or data from the sample, are not leaks.
 */
function englishLeaks(texts: { text: string; where: string }[]) {
  const welsh = cy as Record<string, string>;
  const welshValues = new Set(Object.values(welsh).map(norm));
  const ignored = dataStrings(sampleDataset);
  const exact = new Map<string, string>();
  const patterns: { re: RegExp; key: string }[] = [];
  for (const [key, value] of Object.entries(en as Record<string, string>)) {
    if (welsh[key] === value) continue;
    const text = norm(value);
    if (!text.includes('{')) exact.set(text, key);
    else if ((text.replace(/\{\w+\}/g, ' ').match(/\p{L}{2,}/gu) ?? []).length >= 2) {
      // At least two words of its own, and short fills: "{count} measures" alone would match
      // any text ending in "measures".
      const source = escapeRegExp(text).replace(/\\\{\w+\\\}/g, '.{1,40}');
      patterns.push({ re: new RegExp(`^${source}$`, 'u'), key });
    }
  }
  const leaks: { text: string; key: string; where: string }[] = [];
  for (const { text, where } of texts) {
    if (ignored.has(text) || welshValues.has(text)) continue;
    const key = exact.get(text) ?? patterns.find((p) => p.re.test(text))?.key;
    if (key && !leaks.some((l) => l.text === text)) leaks.push({ text, key, where });
  }
  return leaks;
}
