import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';

// End-to-end check of the built demo (dist/): every qms-* element renders, nothing logs an error,
// and a screenshot can be taken (written to .test-output/, not committed).
const dist = new URL('../dist/', import.meta.url);
const shots = new URL('../../../.test-output/', import.meta.url);

describe('demo app (built)', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    server = await serveStatic(dist.pathname);
    browser = await openBrowser();
    mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('renders every qms-* element with content and logs no errors', async () => {
    const { page, problems, context } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
    });
    try {
      await page.goto(server.url);
      await page.waitForFunction(
        () => {
          const els = [...document.querySelectorAll('*')].filter((e) =>
            e.localName.startsWith('qms-'),
          );
          return (
            els.length > 0 &&
            els.every(
              (e) => customElements.get(e.localName) && (e.shadowRoot?.childElementCount ?? 0) > 0,
            )
          );
        },
        undefined,
        { timeout: 15000 },
      );
      const tags = await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll('*')]
            .map((e) => e.localName)
            .filter((n) => n.startsWith('qms-')),
        ),
      ]);
      assert.ok(tags.length > 0, 'no qms-* element on the page');
      await page.screenshot({
        path: new URL('demo-desktop-en.png', shots).pathname,
        fullPage: true,
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('is labelled as synthetic data', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto(server.url);
      assert.match(await page.locator('body').innerText(), /Synthetic data/);
    } finally {
      await context.close();
    }
  });
});
