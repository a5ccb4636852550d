import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';
import { sample, writeSampleData } from './support/sample-data.ts';
import { en, prepareView, readView } from './support/sample-page.ts';

// The framework-agnostic claim: the CDN bundle inside a Vue 3 app (Vue's own browser build, no
// build step), with rich data bound as properties and qms events handled by Vue.
const root = new URL('../', import.meta.url).pathname;
const nameOf = (id: string) => en(sample.dataset.measures.find((m) => m.id === id)!.name);

async function chartTitle(page: Page): Promise<string> {
  return page
    .locator('qms-spc-chart #plot-title')
    .textContent()
    .then((t) => t ?? '');
}

describe('CDN bundle in a Vue page', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    writeSampleData();
    server = await serveStatic(root);
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('Vue binds properties, handles qms events and re-renders the elements', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await prepareView(page);
      await page.goto(`${server.url}e2e/pages/vue.html`);
      await page.locator('#shown').waitFor();

      // :measure.prop and :measures.prop reached the elements.
      const view = await readView(page);
      assert.deepEqual(view.alerts, []);
      assert.deepEqual(view.empty, []);
      assert.equal(view.charts['0']?.title, nameOf('falls'));
      assert.ok(view.tiles.some((t) => t.domain === 'safe' && /Safe/.test(t.heading)));
      assert.equal(await page.locator('#shown').textContent(), `Charted: ${nameOf('falls')}`);

      // qms-point-select (keyboard: last point, Enter) reaches Vue's handler, which shows it.
      await page.locator('qms-spc-chart [part~="plot"]').focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const last = sample.falls.data.at(-1)!;
      await page.waitForFunction(
        () => !document.querySelector('#selected')?.textContent?.includes('No point'),
      );
      assert.equal(
        await page.locator('#selected').textContent(),
        `Point ${sample.falls.data.length}: ${last.y}`,
      );

      // qms-measure-select from the scorecard: Vue changes its state, the chart follows.
      await page.locator('qms-steeep-scorecard [data-domain="safe"] [part~="disclosure"]').click();
      await page
        .locator('qms-steeep-scorecard [part~="measure"]', { hasText: nameOf('pu') })
        .click();
      await page.waitForFunction(
        (name) => document.querySelector('#shown')?.textContent === `Charted: ${name}`,
        nameOf('pu'),
      );
      await page.waitForFunction(
        (name) =>
          document.querySelector('qms-spc-chart')?.shadowRoot?.querySelector('#plot-title')
            ?.textContent === name,
        nameOf('pu'),
      );

      // A reactive change made in Vue re-renders the element with the new property.
      await page.locator('#next').click();
      await page.waitForFunction(
        (name) =>
          document.querySelector('qms-spc-chart')?.shadowRoot?.querySelector('#plot-title')
            ?.textContent === name,
        nameOf('ed4h'),
      );
      assert.equal(await chartTitle(page), nameOf('ed4h'));
      assert.equal(await page.locator('#shown').textContent(), `Charted: ${nameOf('ed4h')}`);

      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
