import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';

// Bundles a small React app per React version and checks a property and an event in Chromium.
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

  for (const name of ['react18', 'react19']) {
    test(`${name}: sets properties and receives events`, async () => {
      const { page, problems, context } = await openPage(browser);
      try {
        await page.goto(`${server.url}${name}.html`);
        await page.waitForFunction(
          () => (document.querySelector('#good')?.shadowRoot?.childElementCount ?? 0) > 0,
        );
        const state = await page.evaluate(() => {
          const good = document.querySelector('#good') as HTMLElement & { value: string };
          return {
            value: good.value,
            name: good.shadowRoot?.querySelector('title')?.textContent ?? '',
            events: (window as unknown as { qmsEvents: string[] }).qmsEvents,
            version: (window as unknown as { reactVersion?: string }).reactVersion ?? '',
          };
        });
        assert.equal(state.value, 'improvement-high');
        assert.match(state.name, /improving/i);
        await page.waitForFunction(
          () => (window as unknown as { qmsEvents: string[] }).qmsEvents.length > 0,
        );
        assert.deepEqual(
          await page.evaluate(() => (window as unknown as { qmsEvents: string[] }).qmsEvents),
          ['qms-error'],
        );
        if (name === 'react19') assert.match(state.version, /^19\./);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
