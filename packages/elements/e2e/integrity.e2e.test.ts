import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';

// The pinned CDN snippet in the README and the Subresource Integrity hashes the build writes.
const root = new URL('../', import.meta.url);
const cdnDir = new URL('dist/cdn/', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  name: string;
  version: string;
};
const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const sriForm = /^sha384-[A-Za-z0-9+/]{64}$/;
// The script that writes the README block (a plain .mjs, so imported by URL).
const { snippet } = (await import(new URL('../scripts/cdn-snippet.mjs', import.meta.url).href)) as {
  snippet: (name: string, version: string, hash: string) => string;
};

function readmeBlock(): string {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const blocks = readme.match(/<!-- cdn-snippet:start -->[\s\S]*?<!-- cdn-snippet:end -->/g);
  assert.equal(blocks?.length, 1, 'README.md has one cdn-snippet block');
  return blocks[0]!;
}

function integrityJson(): Record<string, string> {
  return JSON.parse(readFileSync(new URL('integrity.json', cdnDir), 'utf8')) as Record<
    string,
    string
  >;
}

describe('pinned CDN snippet', () => {
  test('the README pins the package version with a sha384 hash, as cdn:snippet writes it', () => {
    const block = readmeBlock();
    const cdnUrl = block.match(
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/(@[^@"]+)@([^/"]+)\/([^"]+)"/,
    );
    assert.ok(cdnUrl, 'a jsDelivr URL');
    assert.equal(cdnUrl[1], pkg.name);
    assert.equal(cdnUrl[2], pkg.version, 'the snippet names the exact current version');
    assert.equal(cdnUrl[3], 'dist/cdn/qms-kit.js');
    const hashes = [...block.matchAll(/integrity="([^"]*)"/g)].map((m) => m[1]!);
    assert.equal(hashes.length, 2, 'the jsDelivr and the self-hosted snippet');
    assert.match(hashes[0]!, sriForm);
    assert.equal(hashes[1], hashes[0]);
    assert.ok(block.includes(`/static/qms-kit/${pkg.version}/qms-kit.js`), 'self-host path');
    // The block is the script's output for that version and hash (not edited by hand). Its hash
    // is the released file's, so it is not compared with today's build.
    assert.equal(block, snippet(pkg.name, pkg.version, hashes[0]!));
  });

  test('integrity.json holds the real hash of every built bundle', () => {
    const integrity = integrityJson();
    const bundles = readdirSync(cdnDir)
      .filter((f) => f.endsWith('.js'))
      .sort();
    assert.ok(bundles.includes('qms-kit.js') && bundles.length > 1);
    assert.deepEqual(Object.keys(integrity).sort(), bundles);
    for (const file of bundles) {
      assert.match(integrity[file]!, sriForm);
      assert.equal(integrity[file], sha384(readFileSync(new URL(file, cdnDir))), file);
    }
  });
});

describe('the integrity attribute in a browser', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  before(async () => {
    server = await serveStatic(root.pathname);
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // A page as an editor pastes the snippet, served from the package's own origin.
  async function open(page: Page, bundle: string, integrity: string): Promise<void> {
    const url = `${server.url}e2e/pages/integrity.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
<script type="module" src="../../dist/cdn/${bundle}" integrity="${integrity}"
  crossorigin="anonymous"></script></head>
<body><qms-spc-icon kind="variation" value="improvement-high"></qms-spc-icon></body></html>`,
      }),
    );
    await page.goto(url);
  }

  for (const bundle of ['qms-kit.js', 'spc-icon.js']) {
    test(`${bundle} with its hash from integrity.json loads and renders`, async () => {
      const { page, problems, context } = await openPage(browser);
      try {
        await open(page, bundle, integrityJson()[bundle]!);
        await page.waitForFunction(
          () => document.querySelector('qms-spc-icon')?.shadowRoot?.querySelector('title') != null,
        );
        const name = await page.evaluate(
          () =>
            document.querySelector('qms-spc-icon')?.shadowRoot?.querySelector('title')?.textContent,
        );
        assert.match(name ?? '', /improving/i);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('qms-kit.js with a wrong hash is blocked', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      const blocked = page.waitForEvent('console', (m) => /integrity/i.test(m.text()));
      await open(page, 'qms-kit.js', sha384(Buffer.from('some other file')));
      await blocked;
      assert.equal(await page.evaluate(() => customElements.get('qms-spc-icon')), undefined);
      assert.equal(
        await page.evaluate(() => document.querySelector('qms-spc-icon')?.shadowRoot),
        null,
      );
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0]!, /integrity/i);
    } finally {
      await context.close();
    }
  });
});
