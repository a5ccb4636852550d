import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';

// The SDK's IndexedDB action store in two tabs of one browser profile (two pages in one
// context share IndexedDB and BroadcastChannel), with edits interleaved between them.
const entry = fileURLToPath(new URL('../../sdk/src/storage/index.ts', import.meta.url));

// Runs in the page (kept as source text, so the test's compiler never rewrites it): one store
// per tab, the tab's view of the actions and the base that view was made from.
const pageScript = `
  import * as sdk from './store.js';
  const name = 'tabs-e2e';
  const store = sdk.createIndexedDbActionStore({ name });
  const tab = {
    heard: [],
    view: [],
    base: undefined,
    async seed(ids) {
      const r = await store.save(ids.map((id) => ({ id, title: 'Action ' + id, owner: 'Ward 7' })));
      if (!r.ok) throw new Error(r.problems[0].message);
    },
    async read() {
      const r = await store.read();
      if (!r.ok) throw new Error(r.problems[0].message);
      tab.view = r.value.actions;
      tab.base = r.value.base;
      return tab.view.map((a) => a.id);
    },
    async edit(id, title) {
      const next = tab.view.map((a) => (a.id === id ? { ...a, title: { en: title } } : a));
      const r = await store.save(next, { base: tab.base });
      if (r.ok) {
        tab.view = next;
        tab.base = r.value;
      }
      const saved = await sdk.createIndexedDbActionStore({ name }).load();
      return {
        ok: r.ok,
        conflicts: r.ok ? [] : sdk.conflictedActionIds(r.problems),
        titles: Object.fromEntries(saved.value.map((a) => [a.id, a.title])),
      };
    },
  };
  store.subscribe((change) => tab.heard.push([change.kind, change.actions]));
  window.tab = tab;
`;

type Outcome = { ok: boolean; conflicts: string[]; titles: Record<string, unknown> };

describe('IndexedDB action store in two tabs', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qms-store-tabs-'));
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      outfile: join(dir, 'store.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'tab.js'), pageScript);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>tab</title><script type="module" src="tab.js"></script>',
    );
    server = await serveStatic(dir);
    browser = await openBrowser();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openTab(): Promise<{ page: Page; problems: string[] }> {
    let page: Page;
    const problems: string[] = [];
    if (!context) {
      const opened = await openPage(browser);
      context = opened.context;
      page = opened.page;
      problems.push(...opened.problems);
    } else {
      page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
    }
    await page.goto(server.url);
    await page.waitForFunction('window.tab !== undefined');
    return { page, problems };
  }

  const read = (page: Page) => page.evaluate('window.tab.read()') as Promise<string[]>;
  const edit = (page: Page, id: string, title: string) =>
    page.evaluate(
      `window.tab.edit(${JSON.stringify(id)}, ${JSON.stringify(title)})`,
    ) as Promise<Outcome>;

  test('interleaved edits: nothing is lost, the stale edit of the same action is a conflict, the other tab hears', async () => {
    const a = await openTab();
    const b = await openTab();
    // Tab A seeds the store with three actions.
    await a.page.evaluate(`window.tab.seed(['A1', 'A2', 'A3'])`);
    assert.deepEqual(await read(a.page), ['A1', 'A2', 'A3']);
    assert.deepEqual(await read(b.page), ['A1', 'A2', 'A3']);

    const first = await edit(a.page, 'A1', 'A edits 1');
    assert.equal(first.ok, true);
    // B has not reloaded: it saves an edit of action 2 from its stale base. Both are kept.
    const second = await edit(b.page, 'A2', 'B edits 2');
    assert.equal(second.ok, true);
    assert.deepEqual(second.titles.A1, { en: 'A edits 1' });
    assert.deepEqual(second.titles.A2, { en: 'B edits 2' });
    // B, still stale about action 1, edits it: refused as a conflict; A's edit is intact.
    const third = await edit(b.page, 'A1', 'B edits 1');
    assert.equal(third.ok, false);
    assert.deepEqual(third.conflicts, ['A1']);
    assert.deepEqual(third.titles.A1, { en: 'A edits 1' });
    assert.deepEqual(third.titles.A2, { en: 'B edits 2' });
    // B was told of A's save through the channel (and A of B's).
    await b.page.waitForFunction('window.tab.heard.length >= 2');
    const heardB = await b.page.evaluate('window.tab.heard');
    assert.deepEqual(heardB, [
      ['save', ['A1', 'A2', 'A3']],
      ['save', ['A1']],
    ]);
    await a.page.waitForFunction('window.tab.heard.length >= 1');
    const heardA = await a.page.evaluate('window.tab.heard');
    assert.deepEqual(heardA, [['save', ['A2']]]);
    // After refreshing, B's edit of action 1 goes through.
    await read(b.page);
    const fourth = await edit(b.page, 'A1', 'B edits 1');
    assert.equal(fourth.ok, true);
    assert.deepEqual(fourth.titles.A1, { en: 'B edits 1' });
    assert.deepEqual([...a.problems, ...b.problems], []);
  });
});
