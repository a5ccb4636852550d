import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../scripts/browser.mjs';

// Every docs page of the built Storybook (MDX pages and autodocs) must render its text, and any
// qms-* element on it, with nothing logged as an error.
const dist = new URL('../dist/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', dist), 'utf8')) as {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string }>;
};
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');

describe('Storybook docs pages', { concurrency: 3 }, () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    server = await serveStatic(dist.pathname);
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('include the hand-written MDX pages', () => {
    const titles = docs.map((d) => d.title);
    for (const title of ['Introduction', 'Embedding', 'Reading SPC']) {
      assert.ok(titles.includes(title), `no docs page "${title}" in the build`);
    }
  });

  for (const entry of docs) {
    test(`renders ${entry.id}`, async () => {
      const { page, problems, context } = await openPage(browser);
      try {
        await page.goto(`${server.url}iframe.html?id=${entry.id}&viewMode=docs`);
        // The page's title heading is the first thing the docs container draws.
        const heading = page.locator('#storybook-docs h1').first();
        await heading.waitFor({ timeout: 20000 });
        // Every qms-* element on the page has drawn into its shadow root.
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('#storybook-docs *')]
              .filter((e) => e.localName.startsWith('qms-'))
              .every((e) => !!e.shadowRoot && e.shadowRoot.childElementCount > 0),
          undefined,
          { timeout: 15000 },
        );
        const text = await page.locator('#storybook-docs').innerText();
        assert.ok(text.trim().length > 200, `${entry.id} shows almost no text`);
        assert.match(await heading.innerText(), /\S/);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
