/**
 * The measure finder at /veiviser/: the measures it shows follow the measures' `fitsWhen`
 * frontmatter, with JavaScript (in place, answers in the query string) and without (question
 * pages leading to pre-rendered results); axe passes; URL values are shown as text, never run.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useScriptContexts } from './support/contexts';
import { axeViolations } from './support/axe';
import { entries } from '../content/load';
import { alsoLead, answersToQuery, matchMeasures, resultSubpath, resultSummary, type FinderAnswers } from '../../src/lib/finder';

const origin = inject('origin');
const contexts = useScriptContexts();

/** The measures' finder rules, straight from the content frontmatter. */
const measures = entries('measures').map((e) => ({
  id: e.id,
  title: e.data.title as string,
  fitsWhen: e.data.fitsWhen as { groups: string[]; needs: string[]; employment: string[]; alsoOnly?: boolean },
}));

function expected(answers: FinderAnswers): { best: string[]; also: string[] } {
  const { best, also } = matchMeasures(measures, answers);
  return { best: best.map((m) => m.id), also: also.map((m) => m.id) };
}

/** The measure ids in «Passer best» and «Kan også passe», in the order shown. */
async function results(page: Page): Promise<{ best: string[]; also: string[] }> {
  const ids = (list: string) =>
    page.$$eval(`[data-${list}] > [data-measure]`, (lis) =>
      lis.filter((li) => !li.closest('[hidden]')).map((li) => (li as HTMLElement).dataset['measure'] ?? ''),
    );
  return { best: await ids('best'), also: await ids('also') };
}

const answerSets: [string, FinderAnswers, string[]][] = [
  // [name, answers, measures that must be in «Passer best»]
  ['psychological health, recruiting a new hire', { situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' }, ['individuell-jobbstotte']],
  ['disability, adapting the workplace for an employee', { situasjon: 'ansatt', malgruppe: 'nedsatt-funksjonsevne', behov: 'tilrettelegging' }, ['hjelpemidler-og-tilrettelegging', 'funksjonsassistanse']],
  ['gap in the CV, lower cost for a new hire', { situasjon: 'ny', malgruppe: 'hull-i-cv', behov: 'lavere-kostnad' }, ['midlertidig-lonnstilskudd']],
  ['young, training for a new hire', { situasjon: 'ny', malgruppe: 'unge', behov: 'opplaering' }, ['mentor']],
  ['lacking formal skills, training an employee', { situasjon: 'ansatt', malgruppe: 'mangler-kompetanse', behov: 'opplaering' }, ['modulbasert-opplaering', 'mentor']],
];

describe.each([
  // [answers, a measure that meets the need but has ended, could not be confirmed, or suits only some]
  [{ situasjon: 'ny', malgruppe: 'nedsatt-funksjonsevne', behov: 'rekruttere' }, 'vi-inkluderer'],
  [{ situasjon: 'ny', malgruppe: 'unge', behov: 'opplaering' }, 'utdanningsspesialister'],
  [{ situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'oppfolging' }, 'ips-ung'],
] as const)('%j', (answers, measure) => {
  it(`lists ${measure} first under «Kan også passe», never under «Passer best», with and without JavaScript`, async () => {
    for (const [context, path] of [
      [contexts.js, `/veiviser/?${answersToQuery(answers)}`],
      [contexts.noJs, `/veiviser/${resultSubpath(answers)}`],
    ] as const) {
      const page = await context.newPage();
      await page.goto(origin + path);
      const shown = await results(page);
      expect(shown.best.length).toBeGreaterThan(0);
      expect(shown.best).not.toContain(measure);
      expect(shown.also[0]).toBe(measure);
      await page.close();
    }
  });
});

describe.each(answerSets)('%s', (_, answers, mustInclude) => {
  const want = expected(answers);

  it('the rules give a useful answer', () => {
    expect(want.best.length + want.also.length).toBeGreaterThan(0);
    expect(want.best).toEqual(expect.arrayContaining(mustInclude));
  });

  /** The sentence above the lists and the text under «Kan også passe», as the rules give them. */
  const { best, also } = matchMeasures(measures, answers);
  const texts = { summary: resultSummary(best.length, also.length), alsoLead: alsoLead(also, answers.behov) };

  it('with JavaScript, a shared /veiviser/?… URL shows these measures, and says how many', async () => {
    const page = await contexts.js.newPage();
    await page.goto(`${origin}/veiviser/?${answersToQuery(answers)}`);
    expect(await results(page)).toEqual(want);
    expect({ summary: await page.textContent('[data-status]'), alsoLead: await page.textContent('[data-also-lead]') }).toEqual(texts);
    await page.close();
  });

  it('without JavaScript, the result page shows the same measures, in the same words', async () => {
    const page = await contexts.noJs.newPage();
    await page.goto(`${origin}/veiviser/${resultSubpath(answers)}`);
    expect(await results(page)).toEqual(want);
    expect({ summary: await page.textContent('[data-summary]'), alsoLead: await page.textContent('[data-also-lead]') }).toEqual(texts);
    await page.close();
  });
});

describe('with JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await contexts.js.newPage();
  });

  it('answering shows the result in place, announces it and puts the answers in the URL', async () => {
    await page.goto(`${origin}/veiviser/`);
    expect(await page.isVisible('[data-steps]')).toBe(false);
    await page.check('label:has-text("Vi vil ansette noen") input');
    await page.check('label:has-text("Psykiske helseplager") input');
    expect(await page.isVisible('[data-results]')).toBe(false);
    expect(await page.textContent('[data-status]')).toContain('Svar på ett spørsmål til');
    await page.check('label:has-text("Finne den rette kandidaten") input');
    await page.waitForURL(`${origin}/veiviser/?situasjon=ny&malgruppe=psykisk-helse&behov=rekruttere`);
    const want = expected({ situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' });
    expect(await results(page)).toEqual(want);
    expect(await page.getAttribute('[data-status]', 'role')).toBe('status');
    expect(await page.textContent('[data-status]')).toContain(`${want.best.length} ${want.best.length === 1 ? 'virkemiddel passer' : 'virkemidler passer'} best`);
    // Each measure says why it fits, in the words of its `fitsWhy`.
    const ips = entries('measures').find((m) => m.id === 'individuell-jobbstotte')!;
    expect(await page.textContent('[data-best] [data-measure="individuell-jobbstotte"]')).toContain(ips.data.fitsWhy);
    // The link that works without JavaScript points at the pre-rendered result.
    expect(await page.getAttribute('a[data-result-link]', 'href')).toBe('/veiviser/resultat/psykisk-helse/rekruttere/ny/');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    expect(await results(page)).toEqual(want);
    expect(await page.isChecked('label:has-text("Psykiske helseplager") input')).toBe(true);
  });

  it('«Vis virkemidlene» with questions left marks each of them and, on a phone, shows what is missing on the screen', async () => {
    const phone = await contexts.js.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const summary = phone.locator('[data-error-summary]');
    const error = (key: string) => phone.locator(`#feil-${key}`);
    const describedBy = (key: string) => phone.getAttribute(`fieldset[data-question="${key}"]`, 'aria-describedby');
    /** Whether the element is on the screen, all of it. */
    const onScreen = (selector: string) =>
      phone.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      });
    await phone.goto(`${origin}/veiviser/`);
    expect(await summary.isVisible()).toBe(false);
    await phone.check('label:has-text("Vi vil ansette noen") input');
    await phone.click('button:has-text("Vis virkemidlene")');

    // The list of what is missing is where focus went, and on the screen.
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await onScreen('[data-error-summary]')).toBe(true);
    expect(await summary.locator('li:visible').allTextContents()).toEqual(['Velg hva som beskriver situasjonen til personen best', 'Velg hva dere trenger mest hjelp til']);
    expect(await phone.isVisible('[data-results]')).toBe(false);
    // Each unanswered question has its own error, named by its fieldset; the answered one has none.
    expect(await error('malgruppe').isVisible()).toBe(true);
    expect(await error('malgruppe').textContent()).toBe('Feil: Velg hva som beskriver situasjonen til personen best');
    expect(await describedBy('malgruppe')).toBe('hint-malgruppe feil-malgruppe');
    expect(await describedBy('behov')).toBe('hint-behov feil-behov');
    expect(await error('situasjon').isVisible()).toBe(false);
    expect(await describedBy('situasjon')).toBe('hint-situasjon');
    expect(await axeViolations(phone)).toEqual([]);

    // A link in the list goes to its question, with the question and its error on the screen.
    await summary.locator('a', { hasText: 'Velg hva dere trenger mest hjelp til' }).click();
    expect(await phone.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('behov');
    expect(await onScreen('fieldset[data-question="behov"] legend')).toBe(true);
    expect(await onScreen('#feil-behov')).toBe(true);

    // Answering a question takes its error away; the last answer takes the list away too.
    await phone.check('label:has-text("Psykiske helseplager") input');
    expect(await error('malgruppe').isVisible()).toBe(false);
    expect(await describedBy('malgruppe')).toBe('hint-malgruppe');
    expect(await summary.locator('li:visible').allTextContents()).toEqual(['Velg hva dere trenger mest hjelp til']);
    expect(await error('behov').isVisible()).toBe(true);
    await phone.check('label:has-text("Oppfølging") input');
    expect(await summary.isVisible()).toBe(false);
    expect(await error('behov').isVisible()).toBe(false);
    expect(await phone.isVisible('[data-results]')).toBe(true);
    await phone.close();
  });

  it('with no answer, «Vis virkemidlene» lists all three questions; the status keeps quiet', async () => {
    await page.goto(`${origin}/veiviser/`);
    await page.click('button:has-text("Vis virkemidlene")');
    expect(await page.locator('[data-error-summary] li:visible').count()).toBe(3);
    expect(await page.locator('[data-error]:visible').count()).toBe(3);
    expect(await page.textContent('[data-status]')).toBe('');
  });

  it('the link to a question whose first answer is not on offer goes to the first that is', async () => {
    // «Finne den rette kandidaten», the first need, is not offered for someone already employed.
    await page.goto(`${origin}/veiviser/?situasjon=ansatt&malgruppe=unge`);
    await page.click('button:has-text("Vis virkemidlene")');
    await page.click('[data-error-summary] a:has-text("Velg hva dere trenger mest hjelp til")');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('lavere-kostnad');
  });

  it('changing an answer changes the result', async () => {
    await page.goto(`${origin}/veiviser/?situasjon=ny&malgruppe=psykisk-helse&behov=oppfolging`);
    const before = await results(page);
    await page.check('label:has-text("Personen jobber allerede hos oss") input');
    await page.waitForURL(`${origin}/veiviser/?situasjon=ansatt&malgruppe=psykisk-helse&behov=oppfolging`);
    const after = expected({ situasjon: 'ansatt', malgruppe: 'psykisk-helse', behov: 'oppfolging' });
    expect(after).not.toEqual(before);
    expect(await results(page)).toEqual(after);
  });

  it('«Finne den rette kandidaten» is offered only when hiring, and clears when the person is already employed', async () => {
    const recruit = page.locator('label:has-text("Finne den rette kandidaten")');
    await page.goto(`${origin}/veiviser/?situasjon=ny&malgruppe=psykisk-helse&behov=rekruttere`);
    expect(await recruit.isVisible()).toBe(true);
    expect(await results(page)).toEqual(expected({ situasjon: 'ny', malgruppe: 'psykisk-helse', behov: 'rekruttere' }));

    await page.check('label:has-text("Personen jobber allerede hos oss") input');
    await page.waitForURL(`${origin}/veiviser/?situasjon=ansatt&malgruppe=psykisk-helse`);
    expect(await recruit.isVisible()).toBe(false);
    expect(await page.isVisible('[data-results]')).toBe(false);
    expect(await page.textContent('[data-status]')).toBe('Svar på ett spørsmål til for å se virkemidlene som passer.');
    expect(await page.locator('input[name="behov"]:visible').count()).toBe(4);
    // The cleared answer is marked, so the person learns that the question needs a new one.
    expect(await page.isVisible('fieldset[data-question="behov"] [data-error]')).toBe(true);
    expect(await page.getAttribute('fieldset[data-question="behov"]', 'aria-describedby')).toMatch(/\bfeil-/);
    expect(await page.isVisible('[data-error-for="behov"]')).toBe(true);
    expect(await page.isVisible('[data-error-for="malgruppe"]')).toBe(false);
    await page.check('label:has-text("Opplæring") input');
    expect(await page.isVisible('fieldset[data-question="behov"] [data-error]')).toBe(false);
    expect(await page.isVisible('[data-error-summary]')).toBe(false);

    await page.check('label:has-text("Vi vil ansette noen") input');
    expect(await recruit.isVisible()).toBe(true);
    expect(await recruit.locator('input').isChecked()).toBe(false);
  });

  it('an old link with «Finne den rette kandidaten» for an employee asks for the need again', async () => {
    await page.goto(`${origin}/veiviser/?situasjon=ansatt&malgruppe=nedsatt-funksjonsevne&behov=rekruttere`);
    expect(await page.locator('label:has-text("Finne den rette kandidaten")').isVisible()).toBe(false);
    expect(await page.isChecked('label:has-text("Personen jobber allerede hos oss") input')).toBe(true);
    expect(await page.textContent('[data-status]')).toBe('Svar på ett spørsmål til for å se virkemidlene som passer.');
  });

  it('script in the URL is shown as text and never run', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const payload = '<img src=x onerror="window.__xss=1">';
    await page.goto(`${origin}/veiviser/?${new URLSearchParams({ situasjon: 'ny', malgruppe: payload, behov: '"><script>window.__xss=2</script>' })}`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.$$('img[src="x"], main script:not([src])')).toHaveLength(0);
    expect(await page.textContent('[data-rejected]')).toContain(`«${payload}»`);
    expect(await page.isVisible('[data-results]')).toBe(false);
    expect(dialogs).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it.each([
    ['ny/unge/', 5],
    ['ansatt/unge/', 4],
  ])('/veiviser/%s offers %i needs, «Finne den rette kandidaten» only when hiring', async (step, count) => {
    const page = await contexts.noJs.newPage();
    await page.goto(`${origin}/veiviser/${step}`);
    const links = page.locator('main ul a');
    expect(await links.count()).toBe(count);
    expect(await page.locator('main a:has-text("Finne den rette kandidaten")').count()).toBe(count === 5 ? 1 : 0);
    await page.close();
  });

  it('an old link to a result for an employee and «Finne den rette kandidaten» still shows measures, marked noindex', async () => {
    const answers: FinderAnswers = { situasjon: 'ansatt', malgruppe: 'nedsatt-funksjonsevne', behov: 'rekruttere' };
    const page = await contexts.noJs.newPage();
    const response = await page.goto(`${origin}/veiviser/${resultSubpath(answers)}`);
    expect(response?.status()).toBe(200);
    const shown = await results(page);
    expect(shown).toEqual(expected(answers));
    expect(shown.best.length + shown.also.length).toBeGreaterThan(0);
    // Kept for old links, not for search engines; an offered combination is indexed.
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    await page.goto(`${origin}/veiviser/${resultSubpath({ ...answers, behov: 'tilrettelegging' })}`);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
    await page.close();
  });

  it('a result page offers «Endre flere svar samtidig» only with JavaScript, which can fill the form from the address', async () => {
    const path = `/veiviser/${resultSubpath({ situasjon: 'ny', malgruppe: 'unge', behov: 'oppfolging' })}`;
    const noJs = await contexts.noJs.newPage();
    await noJs.goto(origin + path);
    expect(await noJs.locator('[data-change-all]').count()).toBe(1);
    expect(await noJs.isVisible('[data-change-all]')).toBe(false);
    await noJs.close();
    const js = await contexts.js.newPage();
    await js.goto(origin + path);
    expect(await js.isVisible('[data-change-all]')).toBe(true);
    await js.close();
  });

  it('a result page shows the answers under its title, before the measures, each «Endre» lined up and easy to tap', async () => {
    const page = await contexts.noJs.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/veiviser/resultat/unge/opplaering/ansatt/`);
    const answers = page.locator('section[aria-labelledby="dine-svar"]');
    expect(await answers.locator('dd:not(:has(a))').allTextContents()).toEqual(['Personen jobber allerede hos oss', 'Unge utenfor arbeid og skole', 'Opplæring']);
    // Before the first measure in the page's order, and on the first screen of a phone.
    expect(await answers.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector('[data-measure]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await answers.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      const boxes = await answers.locator('a', { hasText: 'Endre svaret' }).evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ left: r.left, height: r.height })));
      expect(boxes).toHaveLength(3);
      expect(new Set(boxes.map((b) => b.left)).size).toBe(1);
      for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
    }
    await page.close();
  });

  it('three links lead from /veiviser/ to the result page, and «Endre» goes back a step', async () => {
    const page = await contexts.noJs.newPage();
    await page.goto(`${origin}/veiviser/`);
    expect(await page.isVisible('form[data-form]')).toBe(false);
    await page.click('a:has-text("Vi vil ansette noen")');
    await page.waitForURL(`${origin}/veiviser/ny/`);
    await page.click('a:has-text("Psykiske helseplager")');
    await page.waitForURL(`${origin}/veiviser/ny/psykisk-helse/`);
    await page.click('a:has-text("Finne den rette kandidaten")');
    await page.waitForURL(`${origin}/veiviser/resultat/psykisk-helse/rekruttere/ny/`);
    expect((await results(page)).best[0]).toBe('individuell-jobbstotte');
    expect(await contexts.axeWithoutSiteScripts('/veiviser/resultat/psykisk-helse/rekruttere/ny/')).toEqual([]);
    expect(await contexts.axeWithoutSiteScripts('/veiviser/')).toEqual([]);
    await page.locator('a', { hasText: 'svaret på «det dere trenger mest»' }).click();
    await page.waitForURL(`${origin}/veiviser/ny/psykisk-helse/`);
  });
});

it('the finder is linked from the home page and the measure catalogue', async () => {
  const page = await contexts.noJs.newPage();
  for (const path of ['/', '/virkemidler/']) {
    await page.goto(origin + path);
    expect(await page.$$eval('main a[href="/veiviser/"]', (as) => as.length)).toBeGreaterThan(0);
  }
});
