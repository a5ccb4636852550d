import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../../scripts/static-server.mjs';
import { openBrowser } from '../../../scripts/browser.mjs';
import { demoReady } from './page-scripts.js';

// Two tabs of the BUILT demo in one browser profile (one context: shared IndexedDB and
// BroadcastChannel). Tab B hears nothing from other tabs (as when a message comes late, or the
// browser has no BroadcastChannel), so its view goes stale and its saves must be checked.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const axePath = fileURLToPath(
  new URL('../../../packages/elements/node_modules/axe-core/axe.min.js', import.meta.url),
);

/** Tab B's channel still posts, but never hears: its onmessage is ignored. */
const deaf = `(() => {
  const Original = window.BroadcastChannel;
  if (!Original) return;
  window.BroadcastChannel = class extends Original {
    set onmessage(_) {}
    get onmessage() { return null; }
  };
})()`;

const axeOnStorage = `axe
  .run({ include: [['section[aria-labelledby="storage-heading"]']] }, { resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) })))`;

/** The action store's saved status of one action, read straight from IndexedDB. */
const savedStatus = (id: string) => `new Promise((resolve) => {
  const req = indexedDB.open('qms-kit-demo-actions');
  req.onerror = () => resolve(undefined);
  req.onsuccess = () => {
    const db = req.result;
    const get = db.transaction('actions').objectStore('actions').get('current');
    get.onsuccess = () => {
      db.close();
      resolve(get.result?.actions.find((a) => a.id === ${JSON.stringify(id)})?.status);
    };
  };
})`;

const statusOf = (id: string) =>
  `document.querySelector('qms-action-tracker')?.shadowRoot?.querySelector('tr.row[data-id="${id}"] td[data-status]')?.dataset.status`;

/** Polls an expression in the page (the CSP forbids waitForFunction's eval). */
async function until(page: Page, expression: string, want: unknown, message: string) {
  let got: unknown;
  for (let i = 0; i < 100; i++) {
    got = await page.evaluate(expression);
    if (got === want) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out: ${message} (got ${String(got)})`);
}

describe('demo app in two tabs', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    server = await serveStatic(dist, {
      headers: { 'Content-Security-Policy': "default-src 'self'" },
    });
    browser = await openBrowser();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function openTab(
    options: { deaf?: boolean } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (options.deaf) await page.addInitScript({ content: deaf });
    await page.goto(server.url);
    await until(page, demoReady, true, 'the demo did not finish drawing');
    return { page, errors };
  }

  async function setStatus(page: Page, id: string, status: string): Promise<void> {
    const row = page.locator(`qms-action-tracker tr.row[data-id="${id}"]`);
    const details = page.locator(`qms-action-tracker tr[data-details="${id}"]`);
    if (!(await details.isVisible())) await row.locator('.details-toggle').click();
    await details.locator('select').first().selectOption(status);
    await details.locator('[data-command="apply-status"]').click();
    await until(page, statusOf(id), status, `${id} is not ${status} on screen`);
  }

  test('an edit in one tab shows in the other; a stale edit shows a conflict and loses nothing', async () => {
    // The CSP is bypassed only so axe can be injected; demo.e2e.test.ts checks the CSP.
    context = await browser.newContext({ bypassCSP: true });
    const a = await openTab();
    const b = await openTab({ deaf: true });

    // B's change reaches A, which reads the actions again and shows it.
    await setStatus(b.page, 'A5', 'blocked');
    await until(a.page, statusOf('A5'), 'blocked', 'tab A did not refresh');

    // A changes A4; B, which did not hear of it, changes A4 too: refused, and said so.
    await setStatus(a.page, 'A4', 'blocked');
    await until(a.page, savedStatus('A4'), 'blocked', 'A4 is not saved as blocked');
    assert.equal(await b.page.evaluate(statusOf('A4')), 'in-progress', 'B is stale');
    await setStatus(b.page, 'A4', 'complete');
    const conflict = b.page.locator('#storage-conflict');
    await conflict.waitFor({ timeout: 5000 });
    assert.equal(await conflict.getAttribute('role'), 'alert');
    assert.match(await conflict.innerText(), /Another tab or window changed A4/);
    // Nothing lost: A's change is what is saved, and B's change is still on B's screen.
    assert.equal(await b.page.evaluate(savedStatus('A4')), 'blocked');
    assert.equal(await b.page.evaluate(statusOf('A4')), 'complete');
    // The message is accessible (axe on the storage panel: the tracker's open details row is
    // the tracker's own business), and worded in Welsh on a Welsh page.
    await b.page.addScriptTag({ path: axePath });
    const violations = (await b.page.evaluate(axeOnStorage)) as {
      id: string;
      nodes: { target: unknown }[];
    }[];
    assert.deepEqual(
      violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      [],
      'axe in the conflict state',
    );
    await b.page.locator('button[data-lang="cy"]').click();
    await until(b.page, 'document.documentElement.lang', 'cy', 'the page is not in Welsh');
    assert.match(await conflict.innerText(), /Newidiodd tab neu ffenestr arall A4/);
    assert.match(await conflict.innerText(), /Cadw fy newid/);

    // B keeps its change: saved, and A (which hears) shows it.
    await conflict.locator('[data-command="keep-mine"]').click();
    await until(b.page, savedStatus('A4'), 'complete', 'B’s change was not saved');
    await until(a.page, statusOf('A4'), 'complete', 'tab A did not show B’s kept change');
    assert.equal(await b.page.locator('#storage-conflict').count(), 0, 'the conflict is settled');
    assert.equal(await b.page.evaluate(statusOf('A5')), 'blocked', 'B’s earlier change is kept');

    // Another stale edit (A changes A6, B changes it from its old view): B takes A's version.
    await setStatus(a.page, 'A6', 'blocked');
    await until(a.page, savedStatus('A6'), 'blocked', 'A6 is not saved');
    await setStatus(b.page, 'A6', 'complete');
    await b.page.locator('#storage-conflict [data-command="keep-theirs"]').click();
    await until(b.page, statusOf('A6'), 'blocked', 'B does not show A’s version');
    assert.equal(await b.page.evaluate(savedStatus('A6')), 'blocked');
    assert.deepEqual([...a.errors, ...b.errors], []);
  });
});
