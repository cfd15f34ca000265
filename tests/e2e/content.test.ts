/** Content is linked both ways and rendered in the right language. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { entries } from '../content/load';

const origin = inject('origin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Paths of the links inside a section, found by its heading id. */
async function linksIn(headingId: string): Promise<string[]> {
  return page.$$eval(`section[aria-labelledby="${headingId}"] a[href]`, (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const stories = entries('stories');
const measures = entries('measures');

describe('a measure page', () => {
  it.each(measures.map((m) => [m.id]))('/virkemidler/%s/ lists every story that used it and the measures it combines with', async (id) => {
    await page.goto(`${origin}/virkemidler/${id}/`);
    const expectedStories = stories.filter((s) => s.data.measures.includes(id)).map((s) => `/historier/${s.id}/`).sort();
    expect([...new Set(await linksIn('historier'))].sort()).toEqual(expectedStories);
    const measure = measures.find((m) => m.id === id)!;
    const named = await page.$$eval('[data-combines] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(named.sort()).toEqual(measure.data.combinesWith.map((c: string) => `/virkemidler/${c}/`).sort());
  });

  it.each(measures.map((m) => [m.id]))('/virkemidler/%s/ adds the measures its stories use it with, each with those stories', async (id) => {
    await page.goto(`${origin}/virkemidler/${id}/`);
    const measure = measures.find((m) => m.id === id)!;
    const using = stories.filter((s) => s.data.measures.includes(id));
    // Every other measure a story uses it with that the sources do not name, with the stories (sorted by path).
    const expected = measures
      .filter((m) => m.id !== id && !measure.data.combinesWith.includes(m.id))
      .map((m) => [`/virkemidler/${m.id}/`, using.filter((s) => s.data.measures.includes(m.id)).map((s) => `/historier/${s.id}/`).sort()] as const)
      .filter(([, ids]) => ids.length > 0)
      .sort(([a], [b]) => a.localeCompare(b));
    const shown = await page.$$eval('[data-story-combinations] li', (lis) =>
      lis.map((li) => {
        const [first, ...rest] = [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname);
        return [first, rest.sort()] as const;
      }),
    );
    expect(shown.sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))).toEqual(expected);
  });

  it('shows every section in order', async () => {
    await page.goto(`${origin}/virkemidler/midlertidig-lonnstilskudd/`);
    const headings = await page.$$eval('main article h2', (hs) => hs.map((h) => h.textContent?.trim()));
    const expected = ['Kort om', 'Hvem passer det for', 'Hva får arbeidsgiveren', 'Varighet', 'Kan kombineres med', 'Slik går du fram', 'Kontakt'];
    expect(headings.filter((h) => expected.includes(h ?? ''))).toEqual(expected);
    expect(headings).toContain('Kilder');
    expect(await page.textContent('#kilder + ul + p')).toMatch(/Kontrollert \d{1,2}\. \w+ \d{4}/);
  });

  it('sets the summary, the body text and the lists in one text colour, with one bullet colour', async () => {
    await page.goto(`${origin}/virkemidler/mentor/`);
    const colours = await page.$$eval(
      ['#kort-om ~ div > p', '#hvem-passer-det-for + ul > li', '#slik-gar-du-fram + ol > li'].join(', '),
      (els) => els.map((el) => getComputedStyle(el).color),
    );
    expect(colours.length).toBeGreaterThan(4);
    expect(new Set(colours).size).toBe(1);
    const bullets = await page.$$eval(
      ['#kort-om ~ div ul > li', '#hvem-passer-det-for + ul > li', '#hva-far-arbeidsgiveren + div ul > li', '#varighet + div ul > li'].join(', '),
      (els) => els.map((el) => getComputedStyle(el, '::marker').color),
    );
    expect(bullets.length).toBeGreaterThan(4);
    expect(new Set(bullets).size).toBe(1);
  });
});

describe('«Hva kan kombineres?» on /virkemidler/', () => {
  /** What the combination section shows at a width: its overflow, which view is visible, and what the lists say. */
  async function combinations(width: number) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${origin}/virkemidler/`);
    const section = page.locator('section[aria-labelledby="kombinere"]');
    return {
      // How far anything in the section reaches past the page's right edge (0 when it fits).
      overflow: await section.evaluate((s) => {
        const right = Math.max(...[...s.querySelectorAll('*')].filter((e) => !e.closest('.sr-only')).map((e) => e.getBoundingClientRect().right));
        return Math.max(0, right - document.documentElement.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth);
      }),
      lists: await section.locator('[data-combination-lists]').isVisible(),
      table: await section.locator('table').isVisible(),
      items: await section.locator('[data-combination-lists] > li').evaluateAll((lis) =>
        lis.map((li): [href: string, partners: string[], text: string] => [
          new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname,
          [...li.querySelectorAll(':scope ul a')].map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
          (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        ]),
      ),
    };
  }

  /** The measures each measure combines with, either side listing the other, from the content. */
  const partners = (id: string) =>
    measures
      .filter((m) => m.id !== id && (m.data.combinesWith.includes(id) || measures.find((x) => x.id === id)!.data.combinesWith.includes(m.id)))
      .map((m) => `/virkemidler/${m.id}/`)
      .sort();

  afterAll(() => page.setViewportSize({ width: 1280, height: 720 }));

  it('at 360 px shows one list per measure instead of the table, and nothing sticks out sideways', async () => {
    const found = await combinations(360);
    expect(found).toMatchObject({ overflow: 0, lists: true, table: false });
    expect(found.items.map(([href]) => href).sort()).toEqual(measures.map((m) => `/virkemidler/${m.id}/`).sort());
    for (const [href, links, text] of found.items) {
      const id = href.split('/')[2]!;
      expect([...links].sort(), href).toEqual(partners(id));
      // A measure no source combines with says so, and never reads as «no».
      if (links.length) expect(text, href).toContain('Kan kombineres med:');
      else expect(text, href).toMatch(/ Ikke oppgitt i kildene – spør NAV\.$/);
    }
  });

  it('at 1280 px shows the table with its legend instead of the lists', async () => {
    const found = await combinations(1280);
    expect(found).toMatchObject({ overflow: 0, lists: false, table: true });
    const section = page.locator('section[aria-labelledby="kombinere"]');
    expect(await section.locator('table tbody tr').count()).toBe(measures.length);
    // The legend is outside the scrolling box, and says what «–» means.
    expect(await section.locator('[data-combination-table] > ul').textContent()).toContain('Ikke oppgitt i kildene (ikke det samme som nei)');
    // The whole table fits its box: nothing is hidden to the right.
    expect(await section.locator('table').evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBe(0);
  });
});

it('the home page sends journalists to the press page', async () => {
  await page.goto(`${origin}/`);
  const card = page.locator('section[aria-labelledby="hvem-er-du"] li', { hasText: 'Er du journalist?' });
  expect(await card.locator('a').first().getAttribute('href')).toBe('/presse/');
});

describe('a story page', () => {
  it.each(stories.map((s) => [s.id]))('/historier/%s/ links its measures and its focus area, and says it is an example', async (id) => {
    const story = stories.find((s) => s.id === id)!;
    await page.goto(`${origin}/historier/${id}/`);
    const links = await page.$$eval('aside a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const m of story.data.measures) expect(links).toContain(`/virkemidler/${m}/`);
    expect(links).toContain(`/innsatsomrader/${story.data.focusArea}/`);
    expect(await page.textContent('main')).toMatch(story.data.lang === 'nn' ? /Dette er eit døme/ : /Dette er et eksempel/);
  });
});

describe('an invented story seen on its own', () => {
  it.each([['/'], ['/historier/'], ['/virkemidler/mentor/'], ['/innsatsomrader/psykisk-helse/']])('%s labels every story card as an example', async (path) => {
    await page.goto(`${origin}${path}`);
    const metas = await page.$$eval('main article.group:has(h2 > a[href^="/historier/"], h3 > a[href^="/historier/"]) p:first-of-type', (ps) =>
      ps.map((p) => `${p.closest('[lang]')?.getAttribute('lang')}|${p.textContent?.trim()}`),
    );
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^(nb\|Eksempel|nn\|Døme) · /);
  });

  it('«Les også» labels the stories in it as examples', async () => {
    await page.goto(`${origin}/historier/bakeriet-i-trondheim/`);
    const kinds = await page.$$eval('section[aria-labelledby="les-ogsa"] li:has(a[href^="/historier/"]) p:first-of-type', (ps) => ps.map((p) => p.textContent));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe('Historie · eksempel');
  });

  it('a story gives its result once near the top, before the picture', async () => {
    const story = stories.find((s) => s.id === 'bakeriet-i-trondheim')!;
    await page.goto(`${origin}/historier/${story.id}/`);
    const box = page.locator('[data-story-result]');
    expect(await box.locator('p').first().textContent()).toBe(story.data.result);
    expect(await box.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('main picture')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.getByText(story.data.result, { exact: true }).count()).toBe(1);
  });
});

it.each([
  ['/', 'Arbeids- og sosialdepartementet (nå Arbeids- og inkluderingsdepartementet)'],
  ['/virkemidler/mentor/', 'Arbeids- og sosialdepartementet (no Arbeids- og inkluderingsdepartementet)'],
])('the footer on %s says what a renamed ministry is called today', async (path, text) => {
  await page.goto(`${origin}${path}`);
  const items = await page.$$eval('footer li', (lis) => lis.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
  expect(items).toContain(text);
});

describe('an article retelling an older document', () => {
  it.each([
    ['brev-fra-ministrene', 'Brev · frå 2019 · publisert her 23. november 2026', 'Brev frå 2019', 'Brevet er frå 2019.'],
    ['innspillsmote-tiltaksarrangorer', 'Nyhet · fra 2018 · publisert her 23. november 2026', 'Nyhet fra 2018', 'Nyheten er fra 2018.'],
    ['verktoykasse-for-bedriftene', 'Rapport · udatert · publisert her 23. november 2026', 'Rapport', 'Rapporten har ingen dato.'],
  ])('%s says in the list and on its page how old the document is', async (id, listLine, eyebrow, sentence) => {
    await page.goto(`${origin}/aktuelt/`);
    const item = page.locator('main li', { has: page.locator(`a[href="/aktuelt/${id}/"]`) });
    expect((await item.locator('p').first().innerText()).replace(/\s+/g, ' ').trim()).toBe(listLine);
    await page.goto(`${origin}/aktuelt/${id}/`);
    // The eyebrow is the first thing above the title, so the age is read before the text.
    expect(await page.locator('main .eyebrow').first().textContent()).toBe(eyebrow);
    expect(await page.textContent('[data-document-date]')).toBe(sentence);
    // The date below is this site's, said so, or a journalist could take it for the document's.
    expect((await page.locator('main p:has(> time)').first().innerText()).replace(/\s+/g, ' ')).toMatch(/^Publisert på #Semuligheter \d{1,2}\. \p{L}+ \d{4}/u);
  });

  it('/aktuelt/ lists the newest document first among articles published the same day', async () => {
    await page.goto(`${origin}/aktuelt/`);
    const order = await page.$$eval('main li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(order).toEqual(['/aktuelt/brev-fra-ministrene/', '/aktuelt/innspillsmote-tiltaksarrangorer/', '/aktuelt/verktoykasse-for-bedriftene/']);
  });
});

describe('a focus-area page', () => {
  it.each(['senke-terskelen', 'psykisk-helse', 'opplaering'])('/innsatsomrader/%s/ lists its measures and stories', async (id) => {
    await page.goto(`${origin}/innsatsomrader/${id}/`);
    const expectedMeasures = measures.filter((m) => m.data.focusAreas.includes(id)).map((m) => `/virkemidler/${m.id}/`).sort();
    expect((await linksIn('virkemidler')).sort()).toEqual(expectedMeasures);
    const expectedStories = stories.filter((s) => s.data.focusArea === id).map((s) => `/historier/${s.id}/`).sort();
    expect([...new Set(await linksIn('historier'))].sort()).toEqual(expectedStories);
  });
});

describe('Nynorsk', () => {
  const menuLabels = () => page.$$eval('header nav a', (as) => as.map((a) => a.textContent?.trim()));
  const nn = [
    ...stories.filter((s) => s.data.lang === 'nn').map((s) => `/historier/${s.id}/`),
    ...measures.filter((m) => m.data.lang === 'nn').map((m) => `/virkemidler/${m.id}/`),
    ...entries('articles').filter((a) => a.data.lang === 'nn').map((a) => `/aktuelt/${a.id}/`),
  ];
  it.each(nn)('%s has <html lang="nn"> and Nynorsk interface words', async (path) => {
    await page.goto(origin + path);
    expect(await page.getAttribute('html', 'lang')).toBe('nn');
    expect(await page.textContent('a[href="#hovedinnhold"]')).toBe('Hopp til hovudinnhaldet');
    expect(await menuLabels()).toEqual(['Historier', 'Verkemiddel', 'Vegvisar', 'Innsatsområde', 'Aktuelt', 'Søk']);
  });

  it('names focus areas in Nynorsk on a Nynorsk page, and marks the names of Bokmål measures as Bokmål', async () => {
    await page.goto(`${origin}/virkemidler/mentor/`);
    const tags = await page.$$eval('main a.tag', (as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', lang: a.getAttribute('lang'), text: a.textContent?.trim() ?? '' })),
    );
    const focusAreas = entries('focus-areas');
    const areaTags = tags.filter(({ href }) => href.startsWith('/innsatsomrader/'));
    expect(areaTags.length).toBeGreaterThan(0);
    for (const { href, lang, text } of areaTags) {
      const area = focusAreas.find((e) => href.endsWith(`/${e.id}/`));
      expect([lang, text], href).toEqual([null, area?.data.shortTitleNn]);
    }
    const measureTags = tags.filter(({ href }) => href.startsWith('/virkemidler/'));
    expect(measureTags.length).toBeGreaterThan(0);
    for (const { href, lang } of measureTags) {
      const measure = measures.find((e) => href.endsWith(`/${e.id}/`));
      expect(lang, href).toBe(measure?.data.lang === 'nn' ? null : 'nb');
    }
  });

  it('the Nynorsk fact sheet names its focus areas in Nynorsk, since print cannot mark a Bokmål name', async () => {
    const mentor = measures.find((m) => m.id === 'mentor')!;
    const areas = entries('focus-areas').filter((a) => mentor.data.focusAreas.includes(a.id));
    expect(areas.length).toBeGreaterThan(0);
    await page.goto(`${origin}/presse/faktaark/mentor/`);
    const label = await page.locator('.fact-sheet .eyebrow').first().textContent();
    for (const area of areas) {
      expect(label).toContain(area.data.shortTitleNn);
      if (area.data.shortTitleNn !== area.data.shortTitle) expect(label).not.toContain(area.data.shortTitle);
    }
  });

  it.each([
    // page, labels in the page's language around entries of the other one, the page's language
    ['/virkemidler/', 'main li dl dt', 'nb'],
    ['/virkemidler/mentor/', '[aria-labelledby="les-ogsa"] li > p:first-child', 'nn'],
  ])('%s: the labels %s are in the page’s language, even on cards of entries in the other one', async (path, labels, lang) => {
    await page.goto(origin + path);
    const langs = await page.$$eval(labels, (els) => els.map((el) => el.closest('[lang]')?.getAttribute('lang')));
    expect(langs.length).toBeGreaterThan(0);
    expect(langs.every((l) => l === lang)).toBe(true);
    // Some of the cards are entries in the other language, and their own words say so.
    const other = lang === 'nn' ? 'nb' : 'nn';
    expect(await page.locator(`main [lang="${other}"]`).count()).toBeGreaterThan(0);
  });

  it('a Bokmål page has <html lang="nb"> and Bokmål menu labels', async () => {
    await page.goto(`${origin}/virkemidler/arbeidstrening/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    expect(await menuLabels()).toEqual(['Historier', 'Virkemidler', 'Veiviser', 'Innsatsområder', 'Aktuelt', 'Søk']);
  });
});

describe('«Slik kommer dere i gang»', () => {
  const focusAreas = entries('focus-areas');
  const start = measures.find((m) => m.id === 'rekrutteringsbistand')!;
  const tel = `tel:+47${(start.data.contact.phone as string).replace(/\s/g, '')}`;

  /** The block's heading, its phone link and the paths of its other links, or undefined when missing. */
  async function block(path: string) {
    await page.goto(origin + path);
    const section = page.locator('[data-get-started]');
    if ((await section.count()) !== 1 || !(await section.isVisible())) return undefined;
    return {
      heading: (await section.locator('h2').textContent())?.trim(),
      phone: await section.locator('a[href^="tel:"]').getAttribute('href'),
      links: await section.locator('a:not([href^="tel:"])').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      indexed: await section.getAttribute('data-pagefind-ignore'),
    };
  }

  const hire = ['/virkemidler/rekrutteringsbistand/', '/veiviser/'];

  it.each([
    ['/', 'nb'],
    ...stories.map((s) => [`/historier/${s.id}/`, s.data.lang as string]),
    ...focusAreas.map((f) => [`/innsatsomrader/${f.id}/`, f.data.lang as string]),
    ...entries('articles').map((a) => [`/aktuelt/${a.id}/`, a.data.lang as string]),
  ])('%s gives the employer phone line, recruitment help and the finder', async (path, lang) => {
    const found = await block(path);
    expect(found).toEqual({
      heading: lang === 'nn' ? 'Slik kjem de i gang' : 'Slik kommer dere i gang',
      phone: tel,
      links: hire,
      indexed: '',
    });
  });

  it.each([
    ['a result page without JavaScript', '/veiviser/resultat/unge/opplaering/ny/'],
    ['an employee’s result page', '/veiviser/resultat/nedsatt-funksjonsevne/tilrettelegging/ansatt/'],
    ['the finder with JavaScript, all three answered', '/veiviser/?situasjon=ansatt&malgruppe=unge&behov=opplaering'],
  ])('%s gives the phone line and no recruitment link', async (_, path) => {
    expect(await block(path)).toEqual({ heading: 'Slik kommer dere i gang', phone: tel, links: [], indexed: '' });
  });

  it.each(measures.filter((m) => m.data.contact.phone).map((m) => [m.id, m.data.contact.phone as string]))(
    '/virkemidler/%s/ and its fact sheet link the phone number with the country code, unbroken',
    async (id, phone) => {
      const tel = `tel:+47${phone.replace(/\s/g, '')}`;
      await page.goto(`${origin}/virkemidler/${id}/`);
      expect(await page.getAttribute('section[aria-labelledby="kontakt"] a[href^="tel:"]', 'href')).toBe(tel);
      await page.goto(`${origin}/presse/faktaark/${id}/`);
      const link = page.locator('section[aria-labelledby="fa-kontakt"] a[href^="tel:"]');
      expect(await link.getAttribute('href')).toBe(tel);
      // Non-breaking spaces: «55 55» and «33 36» never end up on two lines.
      expect(await link.textContent()).toBe(phone.replace(/ /g, '\u00a0'));
    },
  );

  it('the finder shows it only with its result', async () => {
    expect(await block('/veiviser/')).toBeUndefined();
  });

  it.each(stories.map((s) => [`/historier/${s.id}/`, s.data.lang as string]))(
    '%s links to it from the result box at the top, so a phone reader need not scroll through the story',
    async (path, lang) => {
      await page.goto(origin + path);
      const link = page.locator('[data-story-result] a[href="#kom-i-gang"]');
      expect((await link.textContent())?.replace(/\s*↓$/, '')).toBe(lang === 'nn' ? 'Slik kjem de i gang' : 'Slik kommer dere i gang');
      await link.click();
      await page.waitForFunction(() => location.hash === '#kom-i-gang');
      const top = await page.locator('#kom-i-gang').evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(page.viewportSize()?.height ?? 720);
    },
  );
});

it('/for-partnere/ gives the stable addresses as links, which a phone breaks only after a slash', async () => {
  const phone = await browser.newPage({ viewport: { width: 320, height: 700 } });
  await phone.goto(`${origin}/for-partnere/`);
  const links = await phone.$$eval('a[data-stable-url]', (as) =>
    as.map((a) => {
      // The text of each line the address is drawn on, from where each letter lands.
      const node = a.querySelector('code')!;
      const text = node.textContent ?? '';
      const lines: string[] = [];
      let top: number | undefined;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const letters = t.textContent ?? '';
        for (let i = 0; i < letters.length; i++) {
          const range = document.createRange();
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          const y = Math.round(range.getBoundingClientRect().top);
          if (top === undefined || y > top + 2) lines.push(letters[i] ?? '');
          else lines.push(`${lines.pop() ?? ''}${letters[i] ?? ''}`);
          top = y;
        }
      }
      return { href: new URL((a as HTMLAnchorElement).href).pathname, text, lines };
    }),
  );
  expect(links.length).toBeGreaterThanOrEqual(10);
  for (const link of links) {
    expect(new URL(link.text).pathname).toBe(link.href);
    expect(link.lines.slice(0, -1).every((line) => line.endsWith('/'))).toBe(true);
  }
  // At 320 px some addresses do need two lines, so the check above checked something.
  expect(links.some((l) => l.lines.length > 1)).toBe(true);
  const response = await phone.goto(`${origin}${links.find((l) => l.href === '/innsatsomrader/')!.href}`);
  expect(response?.status()).toBe(200);
  await phone.close();
});

it('/presse/ gives the day the fact sheets were checked once when it is the same for all, else on each', async () => {
  const days = [...new Set(measures.map((m) => new Date(m.data.checked as string).toISOString().slice(0, 10)))];
  await page.goto(`${origin}/presse/`);
  const once = await page.$$eval('[data-all-checked]', (ts) => ts.map((t) => t.getAttribute('datetime')));
  const each = await page.locator('#faktaark ~ ul time').count();
  if (days.length === 1) {
    expect({ once, each }).toEqual({ once: days, each: 0 });
    expect(await page.locator('#faktaark + p').innerText()).toMatch(/PDF\. Alle faktaene ble kontrollert \d{1,2}\. \w+ \d{4}\.$/);
  }
  else expect({ once, each }).toEqual({ once: [], each: measures.length });
});
