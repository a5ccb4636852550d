// Starts Debian's Chromium through playwright-core for end-to-end checks, and records
// console errors, page errors and failed requests so a test can assert there were none.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

export async function openBrowser() {
  const browser = await chromium.launch(chromiumLaunchOptions);
  return browser;
}

/** A new page that collects everything that went wrong while it was open. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  return { page, problems, context };
}
