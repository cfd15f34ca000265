/** Browser contexts for testing pages with and without the site's JavaScript. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { axeViolations, type AxeViolation } from './axe';

export interface ScriptContexts {
  /** JavaScript on. */
  js: BrowserContext;
  /** JavaScript off. */
  noJs: BrowserContext;
  /**
   * Axe violations on a path of the site as it is without the site's scripts: JavaScript stays on
   * so axe can run, but the site's own bundles are blocked.
   */
  axeWithoutSiteScripts(path: string): Promise<AxeViolation[]>;
}

/**
 * Starts one browser for the test file, with a context per way of loading a page, and closes it
 * after the file. The contexts are there once the file's `beforeAll` hooks have run.
 */
export function useScriptContexts(): ScriptContexts {
  const origin = inject('origin');
  let browser: Browser | undefined;
  let siteScriptsBlocked: BrowserContext;
  const contexts = {
    async axeWithoutSiteScripts(path: string) {
      const page = await siteScriptsBlocked.newPage();
      await page.goto(origin + path);
      const violations = await axeViolations(page);
      await page.close();
      return violations;
    },
  } as ScriptContexts;
  beforeAll(async () => {
    browser = await launchBrowser();
    contexts.js = await browser.newContext();
    contexts.noJs = await browser.newContext({ javaScriptEnabled: false });
    siteScriptsBlocked = await browser.newContext();
    await siteScriptsBlocked.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return contexts;
}
