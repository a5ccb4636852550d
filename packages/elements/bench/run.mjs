// `pnpm bench`: builds the elements, bundles the benchmark page's script with esbuild, serves
// packages/elements on 127.0.0.1, runs the page in headless Chromium and prints a table of
// first-render and update times (median ms) and the longest main-thread task. A benchmark,
// not a test: nothing here fails on a slow machine. `--no-build` skips the build.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { openBrowser, openPage } from '../../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

if (!process.argv.includes('--no-build')) {
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
}
await build({
  entryPoints: [fileURLToPath(new URL('spc-chart.bench.js', import.meta.url))],
  outfile: fileURLToPath(new URL('../dist/bench/spc-chart.bench.js', import.meta.url)),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  logLevel: 'warning',
});

const server = await serveStatic(root);
const browser = await openBrowser();
try {
  const { page, problems } = await openPage(browser, { viewport: { width: 1024, height: 800 } });
  await page.goto(`${server.url}bench/spc-chart.bench.html`);
  await page.waitForFunction(() => window.benchResult || window.benchError, undefined, {
    timeout: 600_000,
  });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const rows = await page.evaluate(() => window.benchResult);
  const table = [
    ['points', 'first render ms', 'update ms', 'longest task ms', 'runs'],
    ...rows.map((r) => [
      r.size.toLocaleString('en-GB'),
      r.first.toFixed(1),
      r.update.toFixed(1),
      r.longest > 0 ? r.longest.toFixed(0) : '< 50',
      String(r.runs),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  console.log('<qms-spc-chart> in headless Chromium, chart 960 px wide (median of runs)');
  for (const row of table) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
  if (problems.length > 0) console.log(`page problems:\n${problems.join('\n')}`);
} finally {
  await browser.close();
  await server.close();
}
