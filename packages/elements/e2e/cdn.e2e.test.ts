import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';

// The CDN bundle on plain HTML pages with no build step, served as a trust's own server would.
const root = new URL('../', import.meta.url).pathname;
const strictCsp =
  "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data: blob:";

async function renderedTags(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('qms-'));
    return els.length > 0 && els.every((e) => (e.shadowRoot?.childElementCount ?? 0) > 0);
  });
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('qms-')),
  );
}

describe('CDN bundle on static pages', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let cspServer: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    server = await serveStatic(root);
    cspServer = await serveStatic(root, { headers: { 'content-security-policy': strictCsp } });
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await cspServer?.close();
  });

  test('a plain <script type="module"> renders the elements with no errors', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(`${server.url}e2e/pages/static.html`);
      assert.ok((await renderedTags(page)).length >= 2);
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('qms-spc-icon')].map(
          (e) => e.shadowRoot?.querySelector('title')?.textContent ?? '',
        ),
      );
      assert.match(names[0] ?? '', /improving/i);
      assert.ok(
        (names[1] ?? '').length > 0 && !/consistently fail/i.test(names[1] ?? ''),
        'Welsh name expected',
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('loading the kit twice warns and does not throw', async () => {
    const { page, problems, context } = await openPage(browser);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    try {
      await page.goto(`${server.url}e2e/pages/twice.html`);
      assert.ok((await renderedTags(page)).length >= 1);
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
      await page.goto(`${cspServer.url}e2e/pages/csp.html`);
      assert.ok((await renderedTags(page)).length >= 2);
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
