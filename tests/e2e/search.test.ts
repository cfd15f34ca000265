/**
 * Site search on the built site: Pagefind results, facets, shareable URLs, Norwegian spelling
 * tolerance, safety of whatever is typed or put in the URL, and no search code on other pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { axeViolations } from './support/axe';
import { SUB_PATH } from './support/global-setup';
import { collectErrors, pathOf, resultsAfter, shownResults } from './search-support';

const origin = inject('origin');
const subPathOrigin = inject('subPathOrigin');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(origin + path);
  return { page, errors };
}

/** Searches for `query` on /sok/ and returns the result paths in order, and any console errors. */
async function resultPaths(query: string): Promise<{ paths: string[]; errors: string[] }> {
  const { page, errors } = await open(`/sok/?q=${encodeURIComponent(query)}`);
  const { hrefs } = await shownResults(page);
  await page.close();
  return { paths: hrefs.map(pathOf), errors };
}

describe('queries', () => {
  it.each([
    // query, a page that must be the first result
    ['mentor', '/virkemidler/mentor/'],
    ['bakeriene', '/historier/bakeriet-i-trondheim/'],
    // a measure's short name, which «IPS ung» shares
    ['IPS', '/virkemidler/individuell-jobbstotte/'],
    // other names (searchAliases): the other written standard, an old name, a misspelling
    ['mentortilskudd', '/virkemidler/mentor/'],
    ['mellombels lønstilskot', '/virkemidler/midlertidig-lonnstilskudd/'],
    ['arbeidspraksis', '/virkemidler/arbeidstrening/'],
    ['rekruteringsbistand', '/virkemidler/rekrutteringsbistand/'],
    // whole words before longer words that start with them («inkluderingskompetanse», «kontaktlærer»)
    ['vi inkluderer', '/virkemidler/vi-inkluderer/'],
    ['kontakt NAV', '/virkemidler/rekrutteringsbistand/'],
    // a quoted phrase, whose pages Pagefind scores alike, ranked as its words are
    ['"vi inkluderer"', '/virkemidler/vi-inkluderer/'],
    // a county or an industry: its stories before a measure page that names a NAV office there
    ['Møre og Romsdal', '/historier/verkstedet-i-alesund/'],
    ['More og Romsdal', '/historier/verkstedet-i-alesund/'],
    ['handel', '/historier/jernvarehandelen-i-skien/'],
    // a journalist's word: the press page, not every story's «Fakta om historien» box
    ['fakta', '/presse/'],
    ['nøkkeltall', '/presse/'],
    // the measure finder, by its name and by the question it answers
    ['veiviser', '/veiviser/'],
    ['hvilke virkemidler passer', '/veiviser/'],
    // questions, searched for what they ask about, and task words the pages do not use
    ['hvor lenge varer lønnstilskudd?', '/virkemidler/varig-lonnstilskudd/'],
    ['Hvordan kan vi få en mentor?', '/virkemidler/mentor/'],
    ['søke mentor', '/virkemidler/mentor/'],
    ['søknad inkluderingstilskudd', '/virkemidler/inkluderingstilskudd/'],
    ['hvordan søker jeg om funksjonsassistanse', '/virkemidler/funksjonsassistanse/'],
    // a word the article only has inside compounds («næringsminister»)
    ['minister', '/aktuelt/brev-fra-ministrene/'],
  ])('%j finds %s first', async (query, expected) => {
    const { paths, errors } = await resultPaths(query);
    expect(paths[0]).toBe(expected);
    expect(errors).toEqual([]);
  });

  it.each([
    // query, the measure it names
    ['lønnstilskudd', '/virkemidler/varig-lonnstilskudd/'],
    ['varig lønnstilskudd', '/virkemidler/varig-lonnstilskudd/'],
    ['IPS', '/virkemidler/individuell-jobbstotte/'],
    ['funksjonsassistanse', '/virkemidler/funksjonsassistanse/'],
    // a common misspelling, and Bokmål and Nynorsk mixed (searchAliases)
    ['lønnstillskudd', '/virkemidler/midlertidig-lonnstilskudd/'],
    ['lønnstilskot', '/virkemidler/midlertidig-lonnstilskudd/'],
  ])('%j, the name of a measure, puts measure pages before stories and %s among the first two', async (query, expected) => {
    const { paths } = await resultPaths(query);
    expect(paths[0]).toMatch(/^\/virkemidler\//);
    expect(paths.slice(0, 2)).toContain(expected);
  });

  it.each([
    // inflected forms
    ['lønnstilskuddet', '/virkemidler/midlertidig-lonnstilskudd/'],
    // typed without æ, ø and å
    ['lonnstilskudd', '/virkemidler/midlertidig-lonnstilskudd/'],
    ['loennstilskudd', '/virkemidler/varig-lonnstilskudd/'],
    ['Trondelag', '/historier/bakeriet-i-trondheim/'],
    ['opplaering', '/innsatsomrader/opplaering/'],
  ])('%j finds %s among the first five', async (query, expected) => {
    const { paths } = await resultPaths(query);
    expect(paths.slice(0, 5)).toContain(expected);
  });

  it.each([
    // typed without æ, ø and å; the same query with them; how many of the first results must match
    ['lonnstilskudd', 'lønnstilskudd', 3],
    ['loennstilskudd', 'lønnstilskudd', 3],
    ['Trondelag', 'Trøndelag', 3],
    ['opplaering', 'opplæring', 3],
    // a quoted word, whose pages Pagefind scores alike, ranked as the word is
    ['"lønnstilskudd"', 'lønnstilskudd', 3],
    // Nynorsk, where the pages say it in Bokmål
    ['tilskot', 'tilskudd', 3],
    ['nedsett funksjonsevne', 'nedsatt funksjonsevne', 3],
    ['sjukmeldt', 'sykmeldt', 3],
    ['lonstilskot', 'lønnstilskudd', 2],
    ['mellombels', 'midlertidig', 1],
    ['psykiske lidingar', 'psykiske lidelser', 3],
    ['psykiske vanskar', 'psykiske vansker', 3],
  ])('%j ranks the first pages as %j does (%i)', async (other, norwegian, depth) => {
    const expected = (await resultPaths(norwegian)).paths.slice(0, depth);
    expect(expected).toHaveLength(depth);
    expect((await resultPaths(other)).paths.slice(0, depth)).toEqual(expected);
  });

  it.each([
    // Bokmål «lønn» and Nynorsk «tilskot» in one word, with and without «ø»: it found only the two
    // measure pages that list it among their other names, of the 23 «lønnstilskudd» finds
    ['lønnstilskot', 'lønnstilskudd'],
    ['lonnstilskot', 'lønnstilskudd'],
  ])('%j, Bokmål and Nynorsk in one word, finds what %j does, in its order', async (mixed, bokmaal) => {
    const count = async (query: string) => {
      const { page } = await open(`/sok/?q=${encodeURIComponent(query)}`);
      const { status, hrefs } = await shownResults(page);
      await page.close();
      return { count: Number(/^(\d+) treff/.exec(status)?.[1]), paths: hrefs.map(pathOf) };
    };
    const expected = await count(bokmaal);
    expect(expected.count).toBeGreaterThan(10);
    expect(await count(mixed)).toEqual(expected);
  });

  it.each([
    // another word for an industry, and the stories of that industry
    ['oppdrett', ['/historier/fiskebruket-i-finnmark/', '/historier/settefiskanlegget-i-sunnfjord/']],
    ['sykehus', ['/historier/sykehjemmet-i-tromso/']],
    ['butikk', ['/historier/jernvarehandelen-i-skien/']],
    // a part of the country, and the stories from its counties
    ['Nord-Norge', ['/historier/fiskebruket-i-finnmark/', '/historier/rorleggerfirmaet-i-bodo/', '/historier/sykehjemmet-i-tromso/']],
  ])('%j, another word for an industry or a county, finds its stories first: %j', async (query, stories) => {
    const { paths, errors } = await resultPaths(query);
    expect(paths.slice(0, stories.length).sort()).toEqual([...stories].sort());
    expect(errors).toEqual([]);
  });

  it.each([
    // query, a story found by a word its text does not use, and what its line must name
    ['oppdrett', '/historier/fiskebruket-i-finnmark/', 'Historie · Finnmark · Landbruk og fiske · 8. oktober 2026', []],
    ['Nord-Norge', '/historier/sykehjemmet-i-tromso/', 'Historie · Troms · Helse og omsorg · 3. februar 2026', []],
    ['Vestland', '/historier/barnehagen-i-bergen/', 'Historie · Vestland · Undervisning · 27. oktober 2026', ['Vestland']],
    ['Vestland', '/historier/settefiskanlegget-i-sunnfjord/', 'Historie · Vestland · Landbruk og fiske · 25. juni 2026 · Nynorsk', ['Vestland']],
  ])('%j: the line above the result %s names its county and industry, so it shows why it was found', async (query, path, line, marks) => {
    const { page, errors } = await open(`/sok/?q=${encodeURIComponent(query)}`);
    await shownResults(page);
    const about = await page.$$eval(
      '[data-results] > li',
      (items, wanted) => {
        const item = items.find((li) => new URL(li.querySelector('h3 a')?.getAttribute('href') ?? '', location.href).pathname === wanted);
        const p = item?.querySelector(':scope > p');
        return p ? { text: p.textContent, marks: [...p.querySelectorAll('mark')].map((m) => m.textContent), lang: p.closest('[lang]')?.getAttribute('lang') } : undefined;
      },
      path,
    );
    // The line is the search page's own Bokmål, also above a Nynorsk result.
    expect(about).toEqual({ text: line, marks, lang: 'nb' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a word with a soft hyphen in the page («mulig­heter» on the home page) is marked as the word it is', async () => {
    const { page, errors } = await open(`/sok/?q=${encodeURIComponent('"se muligheter"')}`);
    await shownResults(page);
    const marks = await page.$$eval('[data-results] > li', (items) =>
      items
        .filter((li) => new URL(li.querySelector('h3 a')?.getAttribute('href') ?? '', location.href).pathname === '/')
        .flatMap((li) => [...li.querySelectorAll(':scope > p mark')].map((m) => (m.textContent ?? '').replace(/[^\p{L}]/gu, '').toLowerCase())),
    );
    expect(marks).toContain('muligheter');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('«LO», an abbreviation typed in capitals, finds the pages that name LO, not every page with «lønn» (hidden as «lonn»)', async () => {
    const { paths, errors } = await resultPaths('LO');
    expect([...paths].sort()).toEqual(['/om-kampanjen/', '/virkemidler/vi-inkluderer/']);
    expect(errors).toEqual([]);
  });

  it.each([
    // words no page has, which Pagefind would match by their first letters («å», «i», «opp»)
    'autisme',
    'integrering',
    'oppussing',
    // a typing error in a compound: Pagefind matched its first part, «arbeid»
    'arbeidstreining',
    // matched by the Nynorsk «kva», and by «i» for the abbreviation «IA»
    'kvantefysikk',
    'IA-avtalen',
  ])('%j, which no page has, says «Ingen treff» instead of listing pages that share its first letters, with tips and counts of zero', async (query) => {
    const { page, errors } = await open(`/sok/?q=${query}`);
    const { hrefs } = await shownResults(page);
    expect(hrefs).toEqual([]);
    expect(await page.textContent('[data-status]')).toContain(`Ingen treff for «${query}»`);
    // Not a dead end: tips, and links to browse instead.
    const tips = page.locator('[data-no-results]');
    expect(await tips.isVisible()).toBe(true);
    expect(await tips.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/virkemidler/', '/historier/', '/veiviser/']);
    // Every facet value would give nothing too, not the count of pages that share the first letters.
    const counts = await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('details[data-facet] [data-count]')].map((c) => c.textContent ?? '');
      return shown.length > 0 && shown.every((c) => c !== '') ? shown : false;
    }, null, { timeout: 30_000 });
    expect(new Set((await counts.jsonValue()) as string[])).toEqual(new Set([' (0)']));
    // A search with results hides the tips.
    await resultsAfter(page, () => page.fill('#sok-q', 'mentor').then(() => page.keyboard.press('Enter')));
    expect(await tips.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    // query, filters, the query offered, whether results are shown with it
    ['arbeidstreining', '', 'arbeidstrening', false],
    ['mentro', '', 'mentor', true],
    ['mentor i trondhiem', '', 'mentor i Trondheim', false],
    ['mentro', '&type=historie', 'mentor', true],
    // misspellings some measure pages list, so that they are found, but no other page has
    ['lønstilskud', '', 'lønnstilskudd', true],
    ['rekruteringsbistand', '', 'rekrutteringsbistand', true],
    // a letter left out: pages with «ment», or 17 pages that share the first letters, led by another measure
    ['mentr', '', 'mentor', true],
    ['lønnstilsudd', '', 'lønnstilskudd', true],
  ])('%j%s offers «Mente du %j?» as a link that searches for it', async (query, filters, offered, withResults) => {
    const { page, errors } = await open(`/sok/?q=${encodeURIComponent(query)}${filters}`);
    const link = page.locator('[data-status] a');
    await link.waitFor();
    const status = (await page.textContent('[data-status]')) ?? '';
    expect(status).toContain(`for «${query}». Mente du «${offered}»?`);
    expect(status.startsWith('Ingen treff')).toBe(!withResults);
    const expected = new URLSearchParams(`q=${offered}${filters}`).toString();
    expect(await link.getAttribute('href')).toBe(`/sok/?${expected}`);
    // By keyboard: the link searches in place, and the query shown is the one offered.
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => document.querySelector('[data-status]')?.textContent?.includes(`for «${q}»`), offered);
    expect(await page.inputValue('[data-query]')).toBe(offered);
    expect(new URL(page.url()).searchParams.get('q')).toBe(offered);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok-q');
    expect((await shownResults(page)).hrefs.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    // a form of a word the pages have, a word no page has and none is close to, a word found as typed
    'bakeriene',
    'autisme',
    'mentor',
    // words the pages have that are close to a name («senke», «Norge», «lærer»), in a form of their own
    'sende',
    'sørge',
    'klarer',
    // a Nynorsk word on a page further down the list, close to a name («lager») that finds the same pages
    'lagar',
  ])('%j is offered no other words', async (query) => {
    const { page, errors } = await open(`/sok/?q=${query}`);
    await shownResults(page);
    expect(await page.textContent('[data-status]')).not.toContain('Mente du');
    expect(await page.locator('[data-status] a').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a question is searched for what it asks: measure pages first, the question shown as typed, its little words not marked', async () => {
    const query = 'hvor mye får arbeidsgiver?';
    const { page, errors } = await open(`/sok/?q=${encodeURIComponent(query)}`);
    const { hrefs } = await shownResults(page);
    expect(hrefs.slice(0, 3).map(pathOf)).toEqual([expect.stringMatching(/^\/virkemidler\//), expect.stringMatching(/^\/virkemidler\//), expect.stringMatching(/^\/virkemidler\//)]);
    expect(await page.textContent('[data-status]')).toContain(`treff for «${query}»`);
    expect(await page.inputValue('[data-query]')).toBe(query);
    const marks = await page.$$eval('[data-results] mark', (ms) => ms.map((m) => (m.textContent ?? '').toLowerCase()));
    expect(marks.some((m) => m.startsWith('arbeidsgiver'))).toBe(true);
    expect(marks.filter((m) => m === 'hvor' || m === 'mye')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('«faktaark mentor» finds the mentor measure first, and a measure’s result links to its fact sheet', async () => {
    const { page, errors } = await open('/sok/?q=faktaark%20mentor');
    const { hrefs } = await shownResults(page);
    expect(pathOf(hrefs[0] ?? '')).toBe('/virkemidler/mentor/');
    const sheets = page.locator('[data-results] > li a', { hasText: 'Faktaark (én side, til utskrift)' });
    expect(await page.locator('[data-results] > li:first-child').getByRole('link', { name: 'Faktaark (én side, til utskrift) – Mentor (mentortilskot)', exact: true }).getAttribute('href')).toBe('/presse/faktaark/mentor/');
    // Only measures have fact sheets: one link per measure result, none on the other results.
    const measureResults = hrefs.map(pathOf).filter((p) => /^\/virkemidler\/[^/]+\/$/.test(p)).length;
    expect(await sheets.count()).toBe(measureResults);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the finder is not found by the measures it can list, which have pages of their own', async () => {
    const { paths } = await resultPaths('modulbasert opplæring');
    expect(paths[0]).toBe('/virkemidler/modulbasert-opplaering/');
    expect(paths).not.toContain('/veiviser/');
  });

  it('shows the page’s own text, not the hidden names, for a result found by another name', async () => {
    const { page } = await open('/sok/?q=arbeidspraksis');
    await shownResults(page);
    const excerpt = await page.$eval('[data-results] > li > p.mt-2', (p) => p.textContent ?? '');
    expect(excerpt).toMatch(/arbeidstrening/i);
    expect(excerpt).not.toMatch(/arbeidspraksis|⁂/i);
    await page.close();
  });

  it('marks an abbreviation typed in capitals («CV» in «CV-en»), but not the little words of the query', async () => {
    const { page } = await open(`/sok/?q=${encodeURIComponent('hull i CV-en')}`);
    await shownResults(page);
    const marks = await page.$$eval('[data-results] > li > p.mt-2 mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks).toContain('CV');
    expect(marks.map((m) => m.toLowerCase())).not.toContain('i');
    await page.close();
  });

  it.each([
    // query, what every mark must contain: the word, not a longer word that starts like it
    ['IT', /(^|[^\p{L}])IT([^\p{L}]|$)/iu],
    ['varig', /varig/i],
  ])('%j marks only words that match it', async (query, word) => {
    const { page } = await open(`/sok/?q=${query}`);
    await shownResults(page);
    const marks = await page.$$eval('[data-results] mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !word.test(m))).toEqual([]);
    await page.close();
  });

  it('marks the Bokmål word in excerpts for a query in Nynorsk', async () => {
    const { page } = await open('/sok/?q=tilskot');
    await shownResults(page);
    // The first result is a Bokmål measure page; the hidden Nynorsk forms never show.
    const first = await page.$eval('[data-results] > li > p.mt-2', (p) => ({ text: p.textContent ?? '', marks: [...p.querySelectorAll('mark')].map((m) => m.textContent ?? '') }));
    expect(first.marks.length).toBeGreaterThan(0);
    expect(first.marks.every((m) => /^tilskudd/i.test(m))).toBe(true);
    expect(first.text).not.toMatch(/tilskot|⁂/i);
    await page.close();
  });

  it('marks the matched words in excerpts, also for ASCII spellings, and never shows the hidden spellings', async () => {
    const { page } = await open('/sok/?q=Trondelag');
    await shownResults(page);
    const excerpts = await page.$$eval('[data-results] > li > p.mt-2', (ps) => ps.map((p) => ({ text: p.textContent ?? '', marks: [...p.querySelectorAll('mark')].map((m) => m.textContent) })));
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.some((e) => e.marks.includes('Trøndelag'))).toBe(true);
    expect(excerpts.map((e) => e.text).join(' ')).not.toMatch(/troendelag|⁂/);
    await page.close();
  });

  it.each(['mentor', 'lonnstilskudd'])('%j: excerpts start in the page text, not with the type label above the title, and never show the page’s dates or its focus-area links', async (query) => {
    const { page } = await open(`/sok/?q=${query}`);
    await shownResults(page);
    const excerpts = await page.$$eval('[data-results] > li > p.mt-2', (ps) => ps.map((p) => (p.textContent ?? '').trim()));
    const starts = excerpts.map((text) => text.split(/[\s.·]/)[0]);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.filter((word) => ['Virkemiddel', 'Verkemiddel', 'Historie', 'Innsatsområde', 'Artikkel'].includes(word ?? ''))).toEqual([]);
    // The line above the title has the date; a measure's links to its focus areas are not its text.
    expect(excerpts.filter((text) => /Publisert|Oppdatert|Lettere å ansette\./.test(text))).toEqual([]);
    await page.close();
  });

  it('shows sections of long pages as sub-results, linked by their anchor alone', async () => {
    const { page } = await open('/sok/?q=mentor');
    await shownResults(page);
    const sections = await page.$$eval('[data-results] > li:first-child ul a', (as) => as.map((a) => a.getAttribute('href')));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((href) => /^\/virkemidler\/mentor\/#[a-z-]+$/.test(href ?? ''))).toBe(true);
    await page.close();
  });

  it('a section whose excerpt is the result’s own is not listed again under it', async () => {
    const { page } = await open('/sok/?q=mentor&type=historie');
    await shownResults(page);
    const repeated = await page.$$eval('[data-results] > li', (items) =>
      items.flatMap((li) => {
        const own = li.querySelector(':scope > p.mt-2')?.textContent;
        return [...li.querySelectorAll('ul p')].filter((p) => p.textContent === own).map(() => li.querySelector('h3 a')?.getAttribute('href'));
      }),
    );
    expect(repeated).toEqual([]);
    await page.close();
  });

  it.each([
    // query, the sub-result to follow: its word is also in the lead or the facts box above it
    ['hvor mye dekker NAV av lønnen', '/virkemidler/varig-lonnstilskudd/#hva-far-arbeidsgiveren'],
    ['mentor', '/virkemidler/mentor/#hva-far-arbeidsgiveren'],
  ])('%j: a sub-result link opens its page at the section, not at the word’s first place on the page', async (query, href) => {
    const { page } = await open(`/sok/?q=${encodeURIComponent(query)}`);
    await shownResults(page);
    const link = page.locator(`[data-results] ul a[href="${href}"]`);
    await Promise.all([page.waitForURL(`**${href}`), link.click()]);
    await page.waitForTimeout(300);
    const headingTop = await page.locator(`#${href.split('#')[1]}`).evaluate((h) => h.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(-1);
    expect(headingTop).toBeLessThan(100);
    await page.close();
  });

  it('searches and fetches the top result while a word is typed, before the search is submitted', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
    const loaded = page.waitForResponse((res) => res.url().endsWith('.pf_meta'));
    await page.focus('#sok-q');
    await loaded;
    const requested: Record<'index' | 'fragment', number[]> = { index: [], fragment: [] };
    page.on('request', (req) => {
      const kind = /\/pagefind\/(index|fragment)\//.exec(new URL(req.url()).pathname)?.[1];
      if (kind === 'index' || kind === 'fragment') requested[kind].push(Date.now());
    });
    await page.keyboard.type('mento', { delay: 40 });
    const lastKey = Date.now();
    await page.keyboard.type('r');
    // The page submits a typed search once typing has paused for this long (TYPING_DELAY).
    const earliestSubmit = Date.now() + 150;
    await shownResults(page);
    expect(requested.fragment.length).toBeGreaterThan(0);
    // The word's index chunk is fetched while it is still being typed, and the top result before
    // the search could have been submitted.
    expect(Math.min(...requested.index)).toBeLessThan(lastKey);
    expect(Math.min(...requested.fragment)).toBeLessThan(earliestSubmit);
    await page.close();
  });

  it('a new query replaces the results shown without emptying the list while it searches', async () => {
    const { page, errors } = await open('/sok/?q=mentor');
    await shownResults(page);
    await page.evaluate(() => {
      const list = document.querySelector('[data-results]')!;
      const flag = window as unknown as { emptied?: boolean };
      flag.emptied = false;
      new MutationObserver(() => {
        if (list.children.length === 0) flag.emptied = true;
      }).observe(list, { childList: true });
    });
    const { hrefs } = await resultsAfter(page, () => page.fill('#sok-q', 'bakeriene').then(() => page.keyboard.press('Enter')));
    expect(pathOf(hrefs[0] ?? '')).toBe('/historier/bakeriet-i-trondheim/');
    expect(await page.evaluate(() => (window as unknown as { emptied?: boolean }).emptied)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    // typed, then Enter at once: the page must show the results of the whole query, not of a prefix searched ahead
    ['mentor', '/virkemidler/mentor/'],
    ['bakeriene', '/historier/bakeriet-i-trondheim/'],
    // a measure's short name, which «IPS ung» shares
    ['IPS', '/virkemidler/individuell-jobbstotte/'],
    // other names (searchAliases): the other written standard, an old name, a misspelling
    ['mentortilskudd', '/virkemidler/mentor/'],
    ['mellombels lønstilskot', '/virkemidler/midlertidig-lonnstilskudd/'],
    ['arbeidspraksis', '/virkemidler/arbeidstrening/'],
    ['rekruteringsbistand', '/virkemidler/rekrutteringsbistand/'],
  ])('%j typed and submitted with Enter shows %s first', async (query, expected) => {
    const { page, errors } = await open('/sok/');
    await page.focus('#sok-q');
    await page.keyboard.type(query, { delay: 20 });
    await page.keyboard.press('Enter');
    // A slow machine may pause long enough between keys to show a prefix's results first.
    await page.waitForFunction((q) => document.querySelector('[data-status]')?.textContent?.includes(`«${q}»`), query, { timeout: 30_000 });
    const { hrefs } = await shownResults(page);
    expect(pathOf(hrefs[0] ?? '')).toBe(expected);
    expect([...new URL(page.url()).searchParams]).toEqual([['q', query]]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('speed', () => {
  it('the messages that free old results reach the worker in batches, so they never hold up a search', async () => {
    const page = await context.newPage();
    // Sees what actually reaches a worker, under the page's own handling of postMessage.
    await page.addInitScript(() => {
      const seen = window as unknown as { releaseBursts: number[] };
      seen.releaseBursts = [];
      let burst = 0;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: [unknown, (StructuredSerializeOptions | Transferable[])?]) {
        if ((args[0] as { method?: string } | null)?.method === 'releaseData') {
          if (burst === 0) queueMicrotask(() => void (seen.releaseBursts.push(burst), (burst = 0)));
          burst++;
        }
        Reflect.apply(post, this, args);
      };
    });
    await page.goto(`${origin}/sok/?q=og`);
    await shownResults(page);
    // Each of these finds over 40 pages; once replaced, their results are garbage.
    for (const query of ['i', 'arbeid', 'jobb', 'nav']) {
      await resultsAfter(page, () => page.fill('#sok-q', query).then(() => page.keyboard.press('Enter')));
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const sent = () => page.evaluate(() => (window as unknown as { releaseBursts: number[] }).releaseBursts);
    await page.waitForFunction(() => (window as unknown as { releaseBursts: number[] }).releaseBursts.reduce((a, b) => a + b, 0) > 100);
    await page.waitForTimeout(1000);
    expect(Math.max(...(await sent()))).toBeLessThanOrEqual(50);
    await page.close();
  });

  it('asks for the other results only once the top result is on the page, so fetching them does not slow it', async () => {
    const page = await context.newPage();
    // For each result's data asked of a worker, how many results the list showed at that moment.
    await page.addInitScript(() => {
      const seen = window as unknown as { shownAtAsk: number[] };
      seen.shownAtAsk = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: [unknown, (StructuredSerializeOptions | Transferable[])?]) {
        if ((args[0] as { method?: string } | null)?.method === 'getData') {
          seen.shownAtAsk.push(document.querySelectorAll('[data-results] > li').length);
        }
        Reflect.apply(post, this, args);
      };
    });
    await page.goto(`${origin}/sok/?q=mentor`);
    const { hrefs } = await shownResults(page);
    expect(hrefs.length).toBeGreaterThan(1);
    const shownAtAsk = await page.evaluate(() => (window as unknown as { shownAtAsk: number[] }).shownAtAsk);
    expect(shownAtAsk.length).toBe(hrefs.length);
    expect(shownAtAsk[0]).toBe(0);
    expect(shownAtAsk.slice(1).every((shown) => shown >= 1)).toBe(true);
    await page.close();
  });
});

describe('facets and shareable URLs', () => {
  it('a facet narrows the results and is recorded in the URL', async () => {
    const { page, errors } = await open('/sok/?q=mentor');
    const before = await shownResults(page);
    const after = await resultsAfter(page, () => page.locator('details[data-facet="type"] input[value="historie"]').check());
    expect(after.hrefs.length).toBeGreaterThan(0);
    expect(Number.parseInt(after.status, 10)).toBeLessThan(Number.parseInt(before.status, 10));
    expect(after.hrefs.every((h) => h.startsWith('/historier/'))).toBe(true);
    expect(after.status).toMatch(/^\d+ treff for «mentor», filtrert på Historie$/);
    expect(new URL(page.url()).search).toBe('?q=mentor&type=historie');
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Waits until the content type counts add up to the announced result count, and returns it. */
  async function countsAddUp(page: Page): Promise<number> {
    const handle = await page.waitForFunction(
      () => {
        const total = Number.parseInt(document.querySelector('[data-status]')?.textContent ?? '', 10);
        const counts = [...document.querySelectorAll('details[data-facet="type"] [data-count]')].map((c) => Number(/\d+/.exec(c.textContent ?? '')?.[0]));
        return counts.length > 0 && counts.reduce((a, b) => a + b, 0) === total ? total : false;
      },
      null,
      { timeout: 30_000 },
    );
    return (await handle.jsonValue()) as number;
  }

  it('every facet value shows how many results it would give, for the query shown', async () => {
    const { page, errors } = await open('/sok/?q=mentor');
    const mentor = await countsAddUp(page);
    await resultsAfter(page, () => page.fill('#sok-q', 'bakeriene').then(() => page.keyboard.press('Enter')));
    const bakeries = await countsAddUp(page);
    expect(bakeries).not.toBe(mentor);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The count shown next to a facet value, once it is there. */
  async function countOf(page: Page, facet: string, value: string): Promise<number> {
    const handle = await page.waitForFunction(
      (selector) => /\d+/.exec(document.querySelector(selector)?.textContent ?? '')?.[0],
      `details[data-facet="${facet}"] [data-option="${value}"] [data-count]`,
      { timeout: 30_000 },
    );
    return Number(await handle.jsonValue());
  }

  it.each([
    ['/sok/?fylke=trondelag', 'fylke', 'trondelag', 'oslo'],
    ['/sok/?q=mentor&fylke=trondelag', 'fylke', 'trondelag', 'troms'],
    ['/sok/?q=mentor&sprak=nn', 'sprak', 'nn', 'nb'],
    // A content type chosen: the types' counts are what each type alone would give.
    ['/sok/?q=mentor&type=historie', 'type', 'historie', 'virkemiddel'],
  ])('%s: each facet value counts what choosing it would show (%s: %s, then %s)', async (path, facet, value, other) => {
    const { page, errors } = await open(path);
    const total = Number.parseInt((await shownResults(page)).status, 10);
    expect(total).toBeGreaterThan(0);
    // Counts appear once worked out (a fresh page has none), so the first one read is final.
    expect(await countOf(page, facet, value)).toBe(total);
    // The content types split the results shown, unless a content type is what was chosen.
    if (facet !== 'type') expect(await countsAddUp(page)).toBe(total);
    const otherCount = await countOf(page, facet, other);
    await page.close();

    const instead = await open(path.replace(`${facet}=${value}`, `${facet}=${other}`));
    expect(Number.parseInt((await shownResults(instead.page)).status, 10)).toBe(otherCount);
    expect(otherCount).toBeGreaterThan(0);
    expect([...errors, ...instead.errors]).toEqual([]);
    await instead.page.close();
  });

  it('the counts run in a worker of their own, so a slow count never holds up the next results', async () => {
    const { page } = await open('/sok/?q=mentor');
    await countsAddUp(page);
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
    expect(workers).toHaveLength(2);
    for (const path of workers) expect(path).toMatch(/\/pagefind\/pagefind-worker\.js$/);
    await page.close();
  });

  it('on a phone, the facet data is downloaded only when «Avgrens søket» is opened', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await phone.newPage();
    const filterRequests: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).pathname.includes('/pagefind/filter/')) filterRequests.push(req.url());
    });
    await page.goto(`${origin}/sok/?q=mentor`);
    await shownResults(page);
    await page.waitForLoadState('networkidle');
    expect(filterRequests).toEqual([]);
    expect(page.workers()).toHaveLength(1);
    await page.focus('details[data-filters] > summary');
    await page.keyboard.press('Enter');
    expect(await countsAddUp(page)).toBeGreaterThan(0);
    expect(filterRequests.length).toBeGreaterThan(0);
    await phone.close();
  });

  it('a deep link shows its results on load, with the query and the filters filled in', async () => {
    const { page } = await open('/sok/?q=mentor&fylke=trondelag');
    const { hrefs } = await shownResults(page);
    expect(hrefs.map(pathOf)).toEqual(['/historier/bakeriet-i-trondheim/']);
    expect(await page.inputValue('#sok-q')).toBe('mentor');
    expect(await page.isChecked('input[name="fylke"][value="trondelag"]')).toBe(true);
    await page.close();
  });

  it('filters work without a query: all stories from Nordland, newest first', async () => {
    const { page } = await open('/sok/?type=historie&fylke=nordland');
    const { hrefs, status } = await shownResults(page);
    expect(hrefs.map(pathOf)).toEqual(['/historier/rorleggerfirmaet-i-bodo/']);
    expect(status).toBe('1 treff, filtrert på Historie og Nordland');
    await page.close();
  });

  it('back and forward restore the query and the filters', async () => {
    const { page, errors } = await open('/sok/');
    await page.fill('#sok-q', 'mentor');
    await page.press('#sok-q', 'Enter');
    const first = await shownResults(page);
    const filtered = await resultsAfter(page, () => page.locator('details[data-facet="sprak"] input[value="nn"]').check());
    expect(new URL(page.url()).search).toBe('?q=mentor&sprak=nn');
    expect(filtered.hrefs.length).toBeLessThan(first.hrefs.length);

    const back = await resultsAfter(page, () => page.goBack());
    expect(new URL(page.url()).search).toBe('?q=mentor');
    expect(await page.isChecked('input[name="sprak"][value="nn"]')).toBe(false);
    expect(await page.inputValue('#sok-q')).toBe('mentor');
    expect(back.hrefs).toEqual(first.hrefs);

    const forward = await resultsAfter(page, () => page.goForward());
    expect(await page.isChecked('input[name="sprak"][value="nn"]')).toBe(true);
    expect(forward.hrefs).toEqual(filtered.hrefs);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorting by date is recorded in the URL and said in the status line', async () => {
    const { page } = await open('/sok/?q=mentor');
    const before = await shownResults(page);
    const after = await resultsAfter(page, () => page.selectOption('#sok-sortering', 'dato'));
    await page.waitForURL(/sort=dato/);
    expect(new URL(page.url()).search).toBe('?q=mentor&sort=dato');
    // The line is announced, so a new order must change it.
    expect(after.status).toBe(`${before.status}, nyeste først`);
    await page.close();
  });
});

describe('from other pages', () => {
  it('a Nynorsk page is found from the header of a Bokmål page', async () => {
    const { page } = await open('/historier/');
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.fill('#topp-sok', 'mentortilskot');
    await page.press('#topp-sok', 'Enter');
    await page.waitForURL(/\/sok\/\?q=mentortilskot$/);
    const { hrefs } = await shownResults(page);
    expect(pathOf(hrefs[0] ?? '')).toBe('/virkemidler/mentor/');
    expect(await page.getAttribute('[data-results] > li:first-child', 'lang')).toBe('nn');
    expect(await page.inputValue('#sok-q')).toBe('mentortilskot');
    await page.close();
  });

  it('the header form works with JavaScript off, and the search page says what to do instead', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${origin}/virkemidler/`);
    await page.fill('#topp-sok', 'mentor');
    await page.press('#topp-sok', 'Enter');
    await page.waitForURL(`${origin}/sok/?q=mentor`);
    const note = page.locator('[data-no-js]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/virkemidler/', '/historier/']);
    // Filters could only narrow results that need JavaScript, so they are not offered.
    expect(await page.locator('details[data-filters]').isVisible()).toBe(false);
    expect(await page.getByText('Avgrens søket').isVisible()).toBe(false);
    // The query itself still submits.
    await page.fill('#sok-q', 'lonnstilskudd');
    await page.press('#sok-q', 'Enter');
    await page.waitForURL(/\/sok\/\?q=lonnstilskudd(&|$)/);
    await noJs.close();
  });

  it('a page other than /sok/ requests no search files, even when the header search is used', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await page.goto(`${origin}/virkemidler/mentor/`, { waitUntil: 'networkidle' });
    await page.focus('#topp-sok');
    await page.keyboard.type('ment');
    await page.waitForTimeout(300);
    expect(requested.filter((p) => p.includes('/pagefind/') || /search/i.test(p))).toEqual([]);
    await page.close();
  });

  it('a result link asks the browser to highlight the matched words; the page it opens loads no search code', async () => {
    const { page, errors } = await open('/sok/?q=lonnstilskudd');
    await shownResults(page);
    const link = page.locator('[data-results] > li h3 a[href^="/virkemidler/midlertidig-lonnstilskudd/"]');
    // The ASCII query highlights the page's own spelling.
    expect(await link.getAttribute('href')).toMatch(/^\/virkemidler\/midlertidig-lonnstilskudd\/#:~:text=l%C3%B8nnstilskudd(&|$)/i);
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script' && /pagefind|search/i.test(req.url())) scripts.push(req.url());
    });
    await link.click();
    await page.waitForURL(/\/virkemidler\/midlertidig-lonnstilskudd\/(#.*)?$/);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('safety', () => {
  const payloads = ['<img src=x onerror=alert(1)>', '"><script>window.__xss=1</script>', "'><svg onload=alert(1)>"];

  it.each(payloads)('%j in the query and the filters is shown as text and never run', async (payload) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const q = encodeURIComponent(payload);
    await page.goto(`${origin}/sok/?q=${q}&fylke=${q}&bransje=${q}&sort=${q}`);
    const { status } = await shownResults(page);
    expect(status).toContain(`«${payload}»`);
    expect(await page.inputValue('#sok-q')).toBe(payload);
    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      elements: document.querySelectorAll('search-page img, search-page svg, search-page script:not([src])').length,
    }));
    expect(injected).toEqual({ xss: undefined, elements: 0 });
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('layout', () => {
  it.each([
    // viewport width, query string, whether «Avgrens søket» is open
    [375, 'q=mentor', false],
    [375, 'q=mentor&fylke=nordland', true],
    [1280, 'q=mentor', true],
  ])('at %i px, /sok/?%s shows the first result on the first screen; filters open: %s', async (width, query, open) => {
    const phone = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await phone.newPage();
    await page.goto(`${origin}/sok/?${query}`);
    await shownResults(page);
    expect(await page.locator('details[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(open);
    if (!open) {
      const top = await page.locator('[data-results] > li').first().evaluate((li) => li.getBoundingClientRect().top);
      expect(top).toBeLessThan(800);
      expect(await page.locator('[data-filter-count]').textContent()).toBe('');
    } else if (query.includes('fylke')) {
      expect(await page.locator('[data-filter-count]').textContent()).toBe('(1 valgt)');
    }
    await phone.close();
  });
});

describe('accessibility', () => {
  it('axe passes on /sok/ with results and every facet open', async () => {
    const { page, errors } = await open('/sok/?q=mentor&type=historie');
    await shownResults(page);
    await page.$$eval('details[data-facet]', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the result count is announced and “Vis flere treff” moves focus to the new results by keyboard', async () => {
    const { page } = await open('/sok/?q=og');
    const { hrefs } = await shownResults(page);
    expect(await page.getAttribute('[data-status]', 'aria-live')).toBe('polite');
    expect(hrefs).toHaveLength(10);
    await page.focus('[data-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 10);
    const focused = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-results] > li')];
      return items.indexOf(document.activeElement?.closest('li') as Element);
    });
    expect(focused).toBe(10);
    await page.close();
  });
});

it(`under ${SUB_PATH}, results and the bundle stay inside the sub-path`, async () => {
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requested: string[] = [];
  page.on('request', (req) => requested.push(new URL(req.url()).pathname));
  await page.goto(`${subPathOrigin}${SUB_PATH}sok/?q=mentor`);
  const { hrefs } = await shownResults(page);
  expect(pathOf(hrefs[0] ?? '')).toBe(`${SUB_PATH}virkemidler/mentor/`);
  const sheet = page.locator('[data-results] > li:first-child').getByRole('link', { name: 'Faktaark (én side, til utskrift) – Mentor (mentortilskot)', exact: true });
  expect(await sheet.getAttribute('href')).toBe(`${SUB_PATH}presse/faktaark/mentor/`);
  expect(requested.filter((p) => p.includes('/pagefind/')).every((p) => p.startsWith(`${SUB_PATH}pagefind/`))).toBe(true);
  expect(requested.some((p) => p.startsWith(`${SUB_PATH}pagefind/`))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
