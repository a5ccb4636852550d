import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';
import { sample, writeSampleData } from './support/sample-data.ts';
import {
  assertSampleView,
  en,
  expectedSummary,
  prepareView,
  readView,
} from './support/sample-page.ts';

// The CDN bundle on plain HTML pages with no build step, served as a trust's own server would,
// with the SDK sample published as JSON files next to the pages.
const root = new URL('../', import.meta.url).pathname;
const strictCsp =
  "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data: blob:";

describe('CDN bundle on static pages', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let cspServer: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    writeSampleData();
    server = await serveStatic(root);
    cspServer = await serveStatic(root, { headers: { 'content-security-policy': strictCsp } });
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await cspServer?.close();
  });

  test('a plain <script type="module"> renders all seven elements with the sample', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await prepareView(page);
      await page.goto(`${server.url}e2e/pages/static.html`);
      assertSampleView(await readView(page));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('loading the kit twice warns, does not throw, and everything renders', async () => {
    const { page, problems, context } = await openPage(browser);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    try {
      // The same page as an intranet might serve it with two CMS widgets: the whole kit a second
      // time (a distinct URL, so a second copy runs) and a one-element bundle as well.
      const url = `${server.url}e2e/pages/static.html`;
      await page.route(url, async (route) => {
        const original = await route.fetch();
        const html = (await original.text()).replace(
          '</head>',
          '<script type="module" src="../../dist/cdn/qms-kit.js?copy=2"></script>' +
            '<script type="module" src="../../dist/cdn/spc-icon.js"></script></head>',
        );
        assert.notEqual(html, await original.text(), 'the page has a </head> to add to');
        await route.fulfill({ response: original, body: html });
      });
      await prepareView(page);
      await page.goto(url);
      assertSampleView(await readView(page));
      assert.deepEqual(problems, []);
      assert.ok(
        warnings.some((w) => w.includes('already defined by another copy')),
        `expected a duplicate-definition warning, got ${JSON.stringify(warnings)}`,
      );
    } finally {
      await context.close();
    }
  });

  test('works under a strict Content-Security-Policy with no violations', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.cspViolations.push(
            `${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
          ),
        );
      });
      await prepareView(page);
      // The plain page itself: its slotted JSON is data, never run, so it needs no exception.
      const response = await page.goto(`${cspServer.url}e2e/pages/static.html`);
      assert.equal(response?.headers()['content-security-policy'], strictCsp);
      assertSampleView(await readView(page));
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('one element bundle (spc-chart.js) works on its own', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await prepareView(page);
      await page.goto(`${server.url}e2e/pages/spc-chart.html`);
      const view = await readView(page);
      assert.deepEqual(view.alerts, []);
      const chart = view.charts.chart;
      assert.equal(chart?.title, en(sample.falls.name));
      assert.equal(chart?.desc, expectedSummary(sample.falls));
      assert.ok(chart?.icons.length === 2 && chart.icons.every((i) => i.length > 0));
      // Only what the chart needs is defined.
      const defined = await page.evaluate(() =>
        ['qms-spc-chart', 'qms-spc-icon', 'qms-steeep-scorecard', 'qms-provider'].filter(
          (tag) => customElements.get(tag) !== undefined,
        ),
      );
      assert.deepEqual(defined, ['qms-spc-chart', 'qms-spc-icon']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
