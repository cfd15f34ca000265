/**
 * Browsing stories at /historier/: filters in place with JavaScript (state in the URL: the
 * pre-rendered page's address when there is one, else a query string; history entries), the same
 * results without it (pre-rendered filter pages), pagination, the empty state, axe on each state,
 * and URL values shown as text, never run.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useScriptContexts } from './support/contexts';
import { axeViolations } from './support/axe';
import { entries } from '../content/load';
import { facetValuesOf, filterItems, type Filters } from '../../src/lib/filters';
import { PAGE_SIZE } from '../../src/lib/pagination';

const origin = inject('origin');
const contexts = useScriptContexts();

/** The stories as the filter functions see them, straight from the content frontmatter. */
const stories = entries('stories').map((e) => ({
  id: e.id,
  data: {
    industry: e.data.industry as string,
    county: e.data.county as string,
    measures: (e.data.measures as string[]).map((id) => ({ id })),
    focusArea: { id: e.data.focusArea as string },
    targetGroups: e.data.targetGroups as string[],
  },
}));

/** Story ids the content says match the filters, sorted. */
function expected(filters: Filters): string[] {
  return filterItems(stories, facetValuesOf, filters)
    .map((s) => s.id)
    .sort();
}

/** Ids of the story cards shown on the page, sorted. */
async function shown(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('[data-story]:not([hidden]) h3 a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.split('/').filter(Boolean).pop()!).sort();
}

async function status(page: Page): Promise<string> {
  return ((await page.textContent('[data-status]')) ?? '').trim();
}

/** The H1, the breadcrumb's current item, which name the filters, and whether «Historier» is a level above them. */
async function headings(page: Page): Promise<(string | boolean | null)[]> {
  return [await page.textContent('h1'), await page.textContent('[data-breadcrumb-current]'), await page.isVisible('nav [data-crumb="/historier/"] a')];
}

const trondelagBakery: Filters = { fylke: 'trondelag', bransje: 'mat-og-drikke' };

/** The pre-rendered page of one county (the form offers only counties with stories). */
function countyUrl(county: string): string {
  return `${origin}/historier/fylke/${county}/`;
}

describe('with JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await contexts.js.newPage();
  });

  it('shows the form instead of the «Bla etter» links', async () => {
    await page.goto(`${origin}/historier/`);
    expect(await page.isVisible('form[data-form]')).toBe(true);
    expect(await page.isVisible('[data-facet-links]')).toBe(false);
    expect(await shown(page)).toHaveLength(Math.min(PAGE_SIZE, stories.length));
  });

  it('a combination of filters shows the right stories, and survives reload and back/forward', async () => {
    await page.goto(`${origin}/historier/`);
    await page.selectOption('#filter-fylke', 'trondelag');
    // One filter: the address of its pre-rendered page, which works without JavaScript too.
    await page.waitForURL(`${origin}/historier/fylke/trondelag/`);
    expect(await shown(page)).toEqual(expected({ fylke: 'trondelag' }));
    expect(await shown(page)).toContain('digitalbyraet-i-trondheim');

    await page.selectOption('#filter-bransje', 'mat-og-drikke');
    await page.waitForURL(`${origin}/historier/?bransje=mat-og-drikke&fylke=trondelag`);
    expect(await shown(page)).toEqual(expected(trondelagBakery));
    expect(await shown(page)).toEqual(['bakeriet-i-trondheim']);
    expect(await status(page)).toBe('1 historie. Filtrert på bransje: Mat og drikke; fylke: Trøndelag.');
    expect(await page.getAttribute('[data-status]', 'aria-live')).toBe('polite');
    expect(await headings(page)).toEqual(['Historier: Mat og drikke, Trøndelag', 'Historier: Mat og drikke, Trøndelag', true]);

    await page.reload();
    expect(await shown(page)).toEqual(['bakeriet-i-trondheim']);
    expect(await page.inputValue('#filter-fylke')).toBe('trondelag');
    expect(await page.inputValue('#filter-bransje')).toBe('mat-og-drikke');

    await page.goBack();
    await page.waitForURL(`${origin}/historier/fylke/trondelag/`);
    expect(await shown(page)).toEqual(expected({ fylke: 'trondelag' }));
    expect(await page.inputValue('#filter-bransje')).toBe('');
    expect(await headings(page)).toEqual(['Historier fra Trøndelag', 'Historier fra Trøndelag', true]);

    await page.goBack();
    await page.waitForURL(`${origin}/historier/`);
    expect(await shown(page)).toHaveLength(Math.min(PAGE_SIZE, stories.length));
    expect(await page.inputValue('#filter-fylke')).toBe('');
    expect(await headings(page)).toEqual(['Historier', 'Historier', false]);

    await page.goForward();
    await page.waitForURL(`${origin}/historier/fylke/trondelag/`);
    expect(await shown(page)).toEqual(expected({ fylke: 'trondelag' }));
  });

  it('on a phone the button counts the stories a choice gives, and leads to them', async () => {
    const phone = await contexts.js.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${origin}/historier/`);
    // Folded, the filters leave the first story on the first screen; the fold opens by keyboard.
    expect(await phone.isVisible('#filter-fylke')).toBe(false);
    const first = await phone.evaluate(() => document.querySelector('[data-results] li')?.getBoundingClientRect().bottom ?? NaN);
    expect(first).toBeLessThan(844 * 1.5);
    const summaryTop = await phone.evaluate(() => document.querySelector('[data-filter-panel] summary')?.getBoundingClientRect().top ?? NaN);
    expect(summaryTop).toBeLessThan(844);
    await phone.focus('[data-filter-panel] summary');
    await phone.keyboard.press('Enter');
    expect(await phone.isVisible('#filter-fylke')).toBe(true);
    expect((await phone.textContent('[data-show]'))?.trim()).toBe(`Vis ${stories.length} historier`);
    await phone.selectOption('#filter-fylke', 'trondelag');
    expect((await phone.textContent('[data-filter-count]'))?.trim()).toBe('(1 valgt)');
    const count = expected({ fylke: 'trondelag' }).length;
    // The list is below the form on a phone; the count next to the select is the visible feedback.
    await phone.waitForFunction((text) => document.querySelector('[data-show]')?.textContent?.trim() === text, `Vis ${count} historier`);
    await phone.click('[data-show]');
    await phone.waitForFunction(() => document.activeElement?.id === 'historiene');
    const top = await phone.evaluate(() => document.querySelector('[data-results] li')?.getBoundingClientRect().top ?? NaN);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    // A link to a filtered list opens with the fold open, showing the choice.
    await phone.goto(`${origin}/historier/fylke/trondelag/`);
    expect(await phone.isVisible('#filter-fylke')).toBe(true);
    expect(await phone.inputValue('#filter-fylke')).toBe('trondelag');
    await phone.close();
  });

  it('stepping through a select with the arrow keys adds one history entry, not one per step', async () => {
    await page.goto(`${origin}/historier/`);
    const counties = await page.$$eval('#filter-fylke option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(counties.length).toBeGreaterThan(4);
    await page.focus('#filter-fylke');
    // Each arrow press on a closed select is a change: the list and the URL follow every step.
    for (const county of counties.slice(1, 4)) {
      await page.keyboard.press('ArrowDown');
      await page.waitForURL(countyUrl(county));
      expect(await shown(page)).toEqual(expected({ fylke: county }));
    }

    // Back leaves the run of steps in one go, not one county at a time.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${origin}/historier/`);
    expect(await page.inputValue('#filter-fylke')).toBe('');
    expect(await shown(page)).toHaveLength(Math.min(PAGE_SIZE, stories.length));
    await page.goForward();
    await page.waitForURL(countyUrl(counties[3]!));
    expect(await page.inputValue('#filter-fylke')).toBe(counties[3]);

    // A choice made after leaving the select is a new entry that Back returns from.
    await page.focus('#filter-bransje');
    await page.focus('#filter-fylke');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(countyUrl(counties[4]!));
    await page.goBack();
    await page.waitForURL(countyUrl(counties[3]!));
    expect(await shown(page)).toEqual(expected({ fylke: counties[3]! }));
  });

  it.each<[string, Filters]>([
    ['measure', { virkemiddel: 'mentor' }],
    ['focus area and target group', { innsatsomrade: 'psykisk-helse', malgruppe: 'hull-i-cv' }],
    ['county, measure and target group', { fylke: 'oslo', virkemiddel: 'varig-lonnstilskudd', malgruppe: 'nedsatt-funksjonsevne' }],
  ])('a link with a query string (%s) opens the filtered list', async (_, filters) => {
    await page.goto(`${origin}/historier/?${new URLSearchParams(filters as Record<string, string>)}`);
    expect(await shown(page)).toEqual(expected(filters).slice(0, PAGE_SIZE).sort());
  });

  it('a filter page narrowed further moves the state into the query string', async () => {
    await page.goto(`${origin}/historier/fylke/trondelag/`);
    expect(await page.inputValue('#filter-fylke')).toBe('trondelag');
    await page.selectOption('#filter-bransje', 'it-og-teknologi');
    await page.waitForURL(`${origin}/historier/?bransje=it-og-teknologi&fylke=trondelag`);
    expect(await shown(page)).toEqual(expected({ fylke: 'trondelag', bransje: 'it-og-teknologi' }));
  });

  it('the address of a list with one filter, copied with JavaScript, shows the same list without it', async () => {
    await page.goto(`${origin}/historier/`);
    await page.selectOption('#filter-bransje', 'mat-og-drikke');
    await page.waitForURL(`${origin}/historier/bransje/mat-og-drikke/`);
    const withScript = await shown(page);
    expect(withScript).toEqual(expected({ bransje: 'mat-og-drikke' }));
    const noJs = await contexts.noJs.newPage();
    const response = await noJs.goto(page.url());
    expect(response?.status()).toBe(200);
    expect(await shown(noJs)).toEqual(withScript);
    await noJs.close();
  });

  it('the address of a list with two filters, opened without JavaScript, says the filters need it', async () => {
    const noJs = await contexts.noJs.newPage();
    await noJs.goto(`${origin}/historier/`);
    const unfiltered = await shown(noJs);
    await noJs.goto(`${origin}/historier/?bransje=it-og-teknologi&fylke=trondelag`);
    const notice = noJs.locator('[data-noscript-filters]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('flere filtre');
    expect(await shown(noJs)).toEqual(unfiltered);
    // A one-filter page is what the notice points to; it needs no excuse.
    await noJs.goto(`${origin}/historier/fylke/trondelag/`);
    expect(await noJs.locator('[data-noscript-filters]').count()).toBe(0);
    await noJs.close();
    // With JavaScript the filters apply and the notice stays hidden.
    await page.goto(`${origin}/historier/?bransje=it-og-teknologi&fylke=trondelag`);
    // The list filters once every story's card data has arrived, which may be after the load event.
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Filtrert på'));
    expect(await shown(page)).toEqual(expected({ fylke: 'trondelag', bransje: 'it-og-teknologi' }));
    expect(await page.locator('[data-noscript-filters]').isVisible()).toBe(false);
  });

  it('pages through a long list with stable URLs', async () => {
    await page.goto(`${origin}/historier/`);
    const first = await shown(page);
    await page.locator('[data-pagination] a', { hasText: 'Neste' }).click();
    await page.waitForURL(`${origin}/historier/side/2/`);
    const second = await shown(page);
    expect(first.length + second.length).toBe(Math.min(stories.length, 2 * PAGE_SIZE));
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(await status(page)).toContain(`Viser ${PAGE_SIZE + 1}–`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('historiene');
    await page.goBack();
    expect(await shown(page)).toEqual(first);
  });

  it('an empty result says so and offers to clear the filters', async () => {
    await page.goto(`${origin}/historier/?fylke=finnmark&bransje=mat-og-drikke`);
    expect(expected({ fylke: 'finnmark', bransje: 'mat-og-drikke' })).toEqual([]);
    expect(await shown(page)).toEqual([]);
    expect(await page.isVisible('[data-empty]')).toBe(true);
    expect(await status(page)).toContain('Ingen historier passer');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-empty] a[data-clear]');
    await page.waitForURL(`${origin}/historier/`);
    expect(await page.isVisible('[data-empty]')).toBe(false);
    expect(await shown(page)).toHaveLength(Math.min(PAGE_SIZE, stories.length));
  });

  it('an empty result says «Ingen historier passer» once, in the status region', async () => {
    const once = async () => {
      const text = await page.innerText('main');
      expect(text.split('Ingen historier passer').length - 1).toBe(1);
      expect(await status(page)).toContain('Ingen historier passer');
      // The rest of the empty state still offers a way out.
      expect(await page.isVisible('[data-empty] a[data-clear]')).toBe(true);
    };
    // Opened from a link with the query string …
    await page.goto(`${origin}/historier/?fylke=finnmark&bransje=mat-og-drikke`);
    await once();
    // … and reached by changing the filters in place.
    await page.goto(`${origin}/historier/?fylke=finnmark`);
    expect(expected({ fylke: 'finnmark' })).not.toEqual([]);
    await page.selectOption('#filter-bransje', 'mat-og-drikke');
    await page.waitForURL(`${origin}/historier/?bransje=mat-og-drikke&fylke=finnmark`);
    await once();
  });

  it.each([
    ['/historier/?fylke=trondelag&bransje=mat-og-drikke'],
    ['/historier/fylke/trondelag/'],
  ])('axe passes on the filtered list %s', async (path) => {
    await page.goto(origin + path);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('script in the URL is shown as text and never run', async () => {
    const payloads = {
      fylke: '<img src=x onerror="window.__xss=1">',
      bransje: '"><script>window.__xss=2</script>',
      virkemiddel: 'javascript:window.__xss=3',
    };
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${origin}/historier/?${new URLSearchParams(payloads)}`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.$$('img[src="x"], main script:not([src])')).toHaveLength(0);
    const text = (await page.textContent('[data-rejected]')) ?? '';
    for (const value of Object.values(payloads)) expect(text).toContain(`«${value}»`);
    // Unknown values are not used: the list is unfiltered.
    expect(await shown(page)).toHaveLength(Math.min(PAGE_SIZE, stories.length));
    expect(dialogs).toEqual([]);
  });
});

describe('without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await contexts.noJs.newPage();
  });

  it('shows the «Bla etter» links and no form that could not work', async () => {
    await page.goto(`${origin}/historier/`);
    expect(await page.isVisible('form[data-form]')).toBe(false);
    expect(await page.isVisible('[data-facet-links]')).toBe(true);
    expect(await contexts.axeWithoutSiteScripts('/historier/')).toEqual([]);
  });

  it.each<[string, Filters, string]>([
    ['/historier/fylke/trondelag/', { fylke: 'trondelag' }, 'Historier fra Trøndelag'],
    ['/historier/bransje/mat-og-drikke/', { bransje: 'mat-og-drikke' }, 'Historier: Mat og drikke'],
    ['/historier/virkemiddel/mentor/', { virkemiddel: 'mentor' }, 'Historier: Mentor (mentortilskot)'],
    ['/historier/innsatsomrade/psykisk-helse/', { innsatsomrade: 'psykisk-helse' }, 'Historier: Arbeid og psykisk helse'],
    ['/historier/malgruppe/unge/', { malgruppe: 'unge' }, 'Historier: Unge utenfor arbeid og skole'],
  ])('%s shows the same stories as the filter, under a heading that names it', async (path, filters, heading) => {
    await page.goto(origin + path);
    expect(await shown(page)).toEqual(expected(filters));
    expect(await page.textContent('h1')).toBe(heading);
    expect(await page.textContent('[data-breadcrumb-current]')).toBe(heading);
    // A step back to all the stories.
    expect(await page.getAttribute('nav [data-crumb="/historier/"] a', 'href')).toBe('/historier/');
    expect(await page.isVisible('nav [data-crumb="/historier/"] a')).toBe(true);
  });

  it('a filter link leads to its page with the stories, and the current value is marked', async () => {
    await page.goto(`${origin}/historier/`);
    await page.click('summary:text-is("Fylke")');
    await page.click('[data-facet-links] a[href="/historier/fylke/trondelag/"]');
    await page.waitForURL(`${origin}/historier/fylke/trondelag/`);
    expect(await shown(page)).toEqual(expected({ fylke: 'trondelag' }));
    expect(await page.getAttribute('[data-facet-links] a[href="/historier/fylke/trondelag/"]', 'aria-current')).toBe('page');
    expect(await contexts.axeWithoutSiteScripts('/historier/fylke/trondelag/')).toEqual([]);
  });

  it('the second page of all stories has its own URL', async () => {
    await page.goto(`${origin}/historier/`);
    const first = await shown(page);
    await page.locator('[data-pagination] a', { hasText: 'Neste' }).click();
    await page.waitForURL(`${origin}/historier/side/2/`);
    const second = await shown(page);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(first.length + second.length).toBe(Math.min(stories.length, 2 * PAGE_SIZE));
  });
});

describe('«I run a bakery in Trøndelag»: stories and measures in three clicks, with a URL to share', () => {
  const bakeryMeasures = stories.find((s) => s.id === 'bakeriet-i-trondheim')!.data.measures.map((m) => m.id).sort();

  async function measuresShown(page: Page): Promise<string[]> {
    const hrefs = await page.$$eval('[data-measures-section]:not([hidden]) [data-measure]:not([hidden]) a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).pathname),
    );
    return hrefs.map((h) => h.split('/').filter(Boolean).pop()!).sort();
  }

  it('with JavaScript: home → «Les historiene» → county → industry', async () => {
    const page = await contexts.js.newPage();
    await page.goto(`${origin}/`);
    await page.click('main a:text-is("Les historiene")'); // 1
    await page.waitForURL(`${origin}/historier/`);
    await page.selectOption('#filter-fylke', 'trondelag'); // 2
    await page.selectOption('#filter-bransje', 'mat-og-drikke'); // 3
    expect(await shown(page)).toEqual(['bakeriet-i-trondheim']);
    expect(await measuresShown(page)).toEqual(bakeryMeasures);

    const shared = await contexts.js.newPage();
    await shared.goto(page.url());
    expect(await shown(shared)).toEqual(['bakeriet-i-trondheim']);
    expect(await measuresShown(shared)).toEqual(bakeryMeasures);
  });

  it('without JavaScript: home → «Les historiene» → «Bransje» → «Mat og drikke»', async () => {
    const page = await contexts.noJs.newPage();
    await page.goto(`${origin}/`);
    await page.click('main a:text-is("Les historiene")'); // 1
    await page.waitForURL(`${origin}/historier/`);
    await page.click('summary:text-is("Bransje")'); // 2
    await page.click('[data-facet-links] a[href="/historier/bransje/mat-og-drikke/"]'); // 3
    await page.waitForURL(`${origin}/historier/bransje/mat-og-drikke/`);
    expect(await shown(page)).toContain('bakeriet-i-trondheim');
    expect(await shown(page)).toEqual(expected({ bransje: 'mat-og-drikke' }));
    expect(await measuresShown(page)).toEqual(expect.arrayContaining(bakeryMeasures));

    const shared = await contexts.noJs.newPage();
    await shared.goto(page.url());
    expect(await shown(shared)).toContain('bakeriet-i-trondheim');
  });
});
