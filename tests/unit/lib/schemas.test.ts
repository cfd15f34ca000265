import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { commonFields, documentDateSchema, factSchema, fitsWhenSchema, partnerSchema, sourceSchema, storyFacetFields } from '../../../src/lib/schemas';

const common = z.object(commonFields);
const facets = z.object(storyFacetFields);
const valid = { title: 'Tittel', description: 'En beskrivelse som er lang nok til å passere.', published: '2026-11-23' };

/** The dotted paths of the fields Zod rejects. */
function failingFields(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('common fields', () => {
  it('fills in defaults', () => {
    expect(common.parse(valid)).toMatchObject({ lang: 'nb', aliases: [], published: new Date('2026-11-23') });
  });

  it.each([
    ['missing title', { ...valid, title: undefined }, ['title']],
    ['empty title', { ...valid, title: '' }, ['title']],
    ['too short description', { ...valid, description: 'Kort.' }, ['description']],
    ['unknown language', { ...valid, lang: 'en' }, ['lang']],
    ['a date that is not a date', { ...valid, published: 'neste uke' }, ['published']],
    ['alias with capitals', { ...valid, aliases: ['Gammel'] }, ['aliases.0']],
    ['nn is fine', { ...valid, lang: 'nn' }, []],
  ])('%s', (_, input, fields) => {
    expect(failingFields(common, input)).toEqual(fields);
  });

  it('says how to write a date', () => {
    const result = common.safeParse({ ...valid, published: 'i går' });
    expect(result.error?.issues[0]?.message).toContain('YYYY-MM-DD');
  });
});

describe('story facets', () => {
  const story = { business: 'Bakeri', industry: 'mat-og-drikke', county: 'trondelag', companySize: 'liten', targetGroups: ['hull-i-cv'] };
  it.each([
    ['a valid story', story, []],
    ['an old county (Sør-Trøndelag)', { ...story, county: 'sor-trondelag' }, ['county']],
    ['a county label instead of its id', { ...story, county: 'Trøndelag' }, ['county']],
    ['Viken, merged away in 2024', { ...story, county: 'viken' }, ['county']],
    ['an unknown industry', { ...story, industry: 'romfart' }, ['industry']],
    ['no target group', { ...story, targetGroups: [] }, ['targetGroups']],
  ])('%s', (_, input, fields) => {
    expect(failingFields(facets, input)).toEqual(fields);
  });
});

describe('sources and facts', () => {
  it.each([
    [sourceSchema, { title: 'NAV', url: 'https://www.nav.no/' }, []],
    [sourceSchema, { title: 'NAV', url: 'nav.no' }, ['url']],
    [sourceSchema, { url: 'https://www.nav.no/' }, ['title']],
    [sourceSchema, { title: 'A', url: 'https://x.no/F%EF%BF%BD%EF%BF%BDrre_f%C3%A5r' }, ['url']],
    [sourceSchema, { title: 'A', url: 'https://x.no/F\uFFFDrre' }, ['url']],
    [sourceSchema, { title: 'A', url: 'https://x.no/F%C3%A6rre_f%C3%A5r' }, []],
    [factSchema, { text: '40 prosent', source: 'https://x.no/F%EF%BF%BD' }, ['source']],
    [factSchema, { text: '40 prosent', source: 'https://nav.no/x' }, []],
    [factSchema, { text: 'Ingen tall' }, []],
    [factSchema, { text: '', source: 'https://nav.no/x' }, ['text']],
  ] as const)('%#', (schema, input, fields) => {
    expect(failingFields(schema, input)).toEqual(fields);
  });
});

describe('finder rules', () => {
  it.each([
    [{ groups: ['hull-i-cv'], needs: ['oppfolging'], employment: ['ny'] }, []],
    [{ groups: [], needs: ['oppfolging'], employment: ['ny'] }, ['groups']],
    [{ groups: ['hull-i-cv'], needs: ['penger'], employment: ['ny'] }, ['needs.0']],
    [{ groups: ['hull-i-cv'], needs: ['oppfolging'], employment: ['kanskje'] }, ['employment.0']],
  ])('%j', (input, fields) => {
    expect(failingFields(fitsWhenSchema, input)).toEqual(fields);
  });
});

describe('partners', () => {
  it.each([
    [{ name: 'NAV', kind: 'direktorat', role: 'Har virkemidlene.', url: 'https://www.nav.no/' }, []],
    [{ name: 'NAV', kind: 'bank', role: 'Har virkemidlene.', url: 'https://www.nav.no/' }, ['kind']],
    [{ name: 'ASD', kind: 'departement', role: 'Har dugnaden.', url: 'https://www.regjeringen.no/', currentName: 'AID' }, []],
    [{ name: 'ASD', kind: 'departement', role: 'Har dugnaden.', url: 'https://www.regjeringen.no/', currentName: '' }, ['currentName']],
    // an «ø» lost in copying
    [{ name: 'Kompetanseforum', kind: 'partene', role: 'Deler erfaringer.', url: 'https://kompetanseforum.no/verkt%EF%BF%BD%EF%BF%BDykasse' }, ['url']],
  ])('%j', (input, fields) => {
    expect(failingFields(partnerSchema, input)).toEqual(fields);
  });
});

describe('documentDateSchema', () => {
  it.each([
    ['a year as YAML reads it', 2019, '2019'],
    ['a month', '2019-03', '2019-03'],
    ['a day as YAML reads it', new Date('2019-03-25'), '2019-03-25'],
    ['no date', 'udatert', 'udatert'],
  ])('accepts %s', (_, input, expected) => {
    expect(documentDateSchema.parse(input)).toBe(expected);
  });

  it.each([['vår 2019'], ['2019-13'], ['2019-02-30'], ['19'], ['ukjent'], [true]])('rejects %s, saying how to write it', (input) => {
    const result = documentDateSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD|expected string/);
  });
});
