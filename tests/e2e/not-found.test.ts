/** The 404 page: a broken link is one search away from the page it meant. */
import { describe, expect, inject, it } from 'vitest';
import { useScriptContexts } from './support/contexts';
import { axeViolations } from './support/axe';
import { collectErrors, pathOf, shownResults } from './search-support';

const origin = inject('origin');
const contexts = useScriptContexts();
// A partner's link with the story's slug slightly wrong.
const BROKEN = '/historier/bakeri-i-trondheim/';

describe('with JavaScript', () => {
  it('fills the search box with the words of the address, says so, and the search finds the page', async () => {
    const page = await contexts.js.newPage();
    const errors = collectErrors(page);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(r.url());
    });
    const response = await page.goto(origin + BROKEN);
    expect(response?.status()).toBe(404);
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#sok-404')?.value ?? '') !== '');
    expect(await page.inputValue('#sok-404')).toBe('bakeri i trondheim');
    expect(await page.isVisible('#sok-404-note')).toBe(true);
    expect(await page.getAttribute('#sok-404', 'aria-describedby')).toBe('sok-404-note');
    // One search box: the header's would stand empty above the filled one.
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.focus('#sok-404');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=bakeri\+i\+trondheim$/);
    const { hrefs } = await shownResults(page);
    expect(hrefs.map(pathOf)[0]).toBe('/historier/bakeriet-i-trondheim/');
    // The page itself answers 404, and Chromium logs that as an error; nothing else may fail.
    expect(missing).toEqual([origin + BROKEN]);
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    expect(errors.length).toBe(1);
    await page.close();
  });

  it('leaves the box empty for an address with only the site’s own folder names', async () => {
    const page = await contexts.js.newPage();
    await page.goto(`${origin}/historier/side/99/`);
    await page.waitForLoadState('load');
    expect(await page.inputValue('#sok-404')).toBe('');
    expect(await page.isVisible('#sok-404-note')).toBe(false);
    expect(await page.getAttribute('#sok-404', 'aria-describedby')).toBeNull();
    await page.close();
  });

  it('shows markup in the address as words, never runs it', async () => {
    const page = await contexts.js.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${origin}/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/`);
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#sok-404')?.value ?? '') !== '');
    expect(await page.inputValue('#sok-404')).toBe('img src x onerror alert');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the box is empty, the note stays hidden, and the search still works', async () => {
    const page = await contexts.noJs.newPage();
    await page.goto(origin + BROKEN);
    expect(await page.inputValue('#sok-404')).toBe('');
    expect(await page.isVisible('#sok-404-note')).toBe(false);
    await page.fill('#sok-404', 'bakeri');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=bakeri$/);
    await page.close();
  });
});
