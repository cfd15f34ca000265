/** Opens a page in Chromium and records what it loads, what the CSP blocked and what went wrong. */
import type { BrowserContext, Page } from 'playwright-core';

export interface LoadedResource {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, image, fetch … */
  type: string;
  status: number;
  /** The response body, kept for documents, stylesheets and scripts only. */
  body: Buffer | null;
}

export interface PageRecord {
  status: number;
  /** The document's response headers (lower-case names). */
  headers: Record<string, string>;
  /** Every URL the page requested, including blocked and failed requests. */
  requested: string[];
  /** Every response the page received. */
  resources: LoadedResource[];
  /** Content-Security-Policy violations reported by the page. */
  violations: string[];
  consoleErrors: string[];
  /** Inline `<script>` elements other than JSON-LD, and elements with inline `on…` handlers. */
  inlineCode: string[];
}

const KEEP_BODY = new Set(['document', 'stylesheet', 'script']);

/** Listens for CSP violations from the first moment; init scripts are exempt from the page's CSP. */
function reportViolations(): void {
  const list: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

/**
 * Loads `url` in a new page of `context`, waits for the network to settle, runs `after` (for
 * example to interact), and returns what happened.
 */
export async function recordPage(context: BrowserContext, url: string, after?: (page: Page) => Promise<void>): Promise<PageRecord> {
  const page = await context.newPage();
  await page.addInitScript(reportViolations);
  const requested: string[] = [];
  const responses: import('playwright-core').Response[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => responses.push(response));
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (after) await after(page);
    const { violations, inlineCode } = await page.evaluate(() => {
      const inline = [...document.querySelectorAll('script:not([src])')]
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => `<script> ${s.textContent?.slice(0, 60) ?? ''}`);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
      );
      return { violations: (window as unknown as { __cspViolations: string[] }).__cspViolations, inlineCode: [...inline, ...handlers] };
    });
    const resources: LoadedResource[] = [];
    for (const r of responses) {
      const type = r.request().resourceType();
      const body = KEEP_BODY.has(type) ? await r.body().catch(() => null) : null;
      resources.push({ url: r.url(), type, status: r.status(), body });
    }
    return {
      status: response?.status() ?? 0,
      headers: (await response?.allHeaders()) ?? {},
      requested,
      resources,
      violations,
      consoleErrors,
      inlineCode,
    };
  } finally {
    await page.close();
  }
}
