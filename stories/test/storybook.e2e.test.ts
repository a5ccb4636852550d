import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../scripts/browser.mjs';

// The built Storybook (dist/) must list every story and render each one in headless Chromium.
const dist = new URL('../dist/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', dist), 'utf8')) as {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string }>;
};
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

// Plain JavaScript (not transpiled, so no helper names leak in): records Storybook's channel
// events from the moment the preview creates its channel.
const recordStorybookEvents = `
  window.sbEvents = [];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      for (const event of ['storyFinished', 'storyErrored', 'storyThrewException',
        'playFunctionThrewException', 'unhandledErrorsWhilePlaying']) {
        value.on(event, (p) => window.sbEvents.push({ event, status: p && p.status }));
      }
    },
  });
`;

describe('Storybook build', { concurrency: 3 }, () => {
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

  test('has stories', () => {
    assert.ok(stories.length > 0, 'no stories in the build');
  });

  for (const story of stories) {
    test(`renders ${story.id}`, async () => {
      const { page, problems, context } = await openPage(browser);
      try {
        // Record Storybook's own verdict: a story whose render or play function throws
        // finishes with status "error" (play functions are tests, run in the browser).
        await page.addInitScript({ content: recordStorybookEvents });
        await page.goto(`${server.url}iframe.html?id=${story.id}&viewMode=story`);
        // A story renders when a qms-* element in the root has drawn into its shadow root.
        await page.waitForFunction(
          () => {
            const root = document.querySelector('#storybook-root');
            const el =
              root && [...root.querySelectorAll('*')].find((e) => e.localName.startsWith('qms-'));
            return !!el?.shadowRoot && el.shadowRoot.childElementCount > 0;
          },
          undefined,
          { timeout: 10000 },
        );
        await page.waitForFunction(
          () =>
            (window as unknown as { sbEvents: { event: string }[] }).sbEvents.some(
              (e) => e.event === 'storyFinished',
            ),
          undefined,
          { timeout: 15000 },
        );
        const events = await page.evaluate(
          () => (window as unknown as { sbEvents: { event: string; status?: string }[] }).sbEvents,
        );
        assert.deepEqual(
          events.filter((e) => e.event !== 'storyFinished' || e.status !== 'success'),
          [],
          'the story or its play function failed',
        );
        // Error-state stories log nothing either: errors are rendered, not thrown.
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
