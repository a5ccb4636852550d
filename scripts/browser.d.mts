import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
export function openBrowser(): Promise<Browser>;
export function openPage(
  browser: Browser,
  options?: BrowserContextOptions,
): Promise<{ page: Page; problems: string[]; context: BrowserContext }>;
