// Starts Debian's Chromium through playwright-core for end-to-end checks, and records
// console errors, page errors and failed requests so a test can assert there were none.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

export async function openBrowser() {
  return chromium.launch(chromiumLaunchOptions);
}

// The browser asks for /favicon.ico on its own; a page that has none is not broken.
const ignoredUrl = (url) => new URL(url).pathname === '/favicon.ico';

/** A new page that collects everything that went wrong while it was open. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    // Failed loads are reported below with their address; the console line has none.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (!ignoredUrl(req.url())) problems.push(`request failed: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !ignoredUrl(res.url())) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  return { page, problems, context };
}
