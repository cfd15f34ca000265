import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  fieldDocs,
  jsonSchemaOf,
  measureRecordSchema,
  measuresFile,
  measuresFileSchema,
  storiesFile,
  storiesFileSchema,
  type OpenDataSource,
  type OpenDataUrls,
} from '../../../src/lib/open-data';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const common = (title: string) => ({ title, description: `Om ${title}`, lang: 'nb' as const, published: d('2026-01-01') });
const source: OpenDataSource = {
  measures: [
    {
      id: 'mentor',
      data: {
        ...common('Mentor'),
        aliases: ['mentortilskudd', 'mentorordning'],
        updated: d('2026-02-01'),
        focusAreas: [{ id: 'terskel' }],
        combinesWith: [{ id: 'lonn' }],
        summary: 'S',
        forWhom: ['F'],
        employerGets: [{ text: 'E', source: 'https://nav.no/a' }, { text: 'Uten kilde' }],
        duration: [{ text: 'D' }],
        howTo: ['H'],
        contact: { text: 'C', phone: '55 55 33 36' },
        sources: [{ title: 'NAV', url: 'https://nav.no/a' }],
        checked: d('2026-03-01'),
      },
    },
    {
      id: 'lonn',
      data: {
        ...common('Lønnstilskudd'),
        aliases: [],
        shortTitle: 'Lønn',
        focusAreas: [{ id: 'terskel' }],
        combinesWith: [],
        summary: 'S',
        forWhom: ['F'],
        employerGets: [{ text: 'E' }],
        duration: [{ text: 'D' }],
        howTo: ['H'],
        contact: { text: 'C', url: 'https://nav.no/lonn' },
        sources: [{ title: 'NAV', url: 'https://nav.no/lonn' }],
        checked: d('2026-01-15'),
      },
    },
  ],
  stories: [
    {
      id: 'bakeriet',
      data: {
        ...common('Bakeriet'),
        aliases: ['bakeri'],
        business: 'Bakeri',
        industry: 'mat-og-drikke',
        county: 'trondelag',
        companySize: 'liten',
        targetGroups: ['hull-i-cv'],
        focusArea: { id: 'terskel' },
        measures: [{ id: 'mentor' }],
        quote: { text: 'Q', by: 'Leder' },
        result: 'R',
        illustrative: true,
      },
    },
    {
      id: 'kafeen',
      data: {
        ...common('Kafeen'),
        aliases: [],
        business: 'Kafé',
        industry: 'mat-og-drikke',
        county: 'trondelag',
        companySize: 'liten',
        targetGroups: ['hull-i-cv'],
        focusArea: { id: 'terskel' },
        measures: [],
        quote: { text: 'Q', by: 'Leder' },
        result: 'R',
        illustrative: false,
      },
    },
  ],
  focusAreas: [{ id: 'terskel', data: common('Senke terskelen') }],
};
const urls: OpenDataUrls = {
  measure: (id) => `https://x.no/virkemidler/${id}/`,
  story: (id) => `https://x.no/historier/${id}/`,
  focusArea: (id) => `https://x.no/innsatsomrader/${id}/`,
  factSheet: (id) => `https://x.no/presse/faktaark/${id}/`,
  image: (c, id) => `https://x.no/del/${c}/${id}.png`,
  page: 'https://x.no/virkemidler/',
  schema: 'https://x.no/virkemidler.schema.json',
};

/** ajv with the two formats the schemas use, checked strictly. */
function validator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uri', (v: string) => URL.canParse(v) && /^[a-z][a-z0-9+.-]*:/i.test(v));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(schema);
}

describe('measuresFile', () => {
  const file = measuresFile(source, urls);

  it('sorts by id and fills the structured fields with absolute URLs and dates', () => {
    expect(file.items.map((i) => i.id)).toEqual(['lonn', 'mentor']);
    expect(file.items[1]).toMatchObject({
      url: 'https://x.no/virkemidler/mentor/',
      shortTitle: 'Mentor',
      published: '2026-01-01',
      updated: '2026-02-01',
      checked: '2026-03-01',
      focusAreas: [{ id: 'terskel', title: 'Senke terskelen', url: 'https://x.no/innsatsomrader/terskel/' }],
      combinesWith: [{ id: 'lonn', title: 'Lønnstilskudd', url: 'https://x.no/virkemidler/lonn/' }],
      employerGets: [{ text: 'E', source: 'https://nav.no/a' }, { text: 'Uten kilde' }],
      contact: { text: 'C', phone: '55 55 33 36' },
      factSheet: 'https://x.no/presse/faktaark/mentor/',
    });
    expect(file.items[0]).not.toHaveProperty('updated');
    expect(file.updated).toBe('2026-02-01');
  });

  it('validates against its published JSON Schema', () => {
    const validate = validator(jsonSchemaOf(measuresFileSchema, urls.schema));
    expect(validate(JSON.parse(JSON.stringify(file))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['mentor', ['mentortilskudd', 'mentorordning']],
    ['lonn', []],
  ])('lists the former ids of %s as aliases: %j', (id, aliases) => {
    expect(file.items.find((i) => i.id === id)?.aliases).toEqual(aliases);
  });
});

describe('the published schemas reject a broken record', () => {
  const files = {
    measures: { file: measuresFile(source, urls), schema: measuresFileSchema },
    stories: { file: storiesFile(source, urls), schema: storiesFileSchema },
  };
  type Item = Record<string, unknown>;
  it.each<[keyof typeof files, string, (item: Item) => void]>([
    ['measures', 'without its checked date', (item) => void delete item['checked']],
    ['measures', 'without aliases', (item) => void delete item['aliases']],
    ['measures', 'with aliases as a string', (item) => void (item['aliases'] = 'ips')],
    ['stories', 'without aliases', (item) => void delete item['aliases']],
    ['stories', 'with an alias that is not a string', (item) => void (item['aliases'] = [1])],
  ])('%s: a record %s', (kind, _what, breakIt) => {
    const { file, schema } = files[kind];
    const validate = validator(jsonSchemaOf(schema, urls.schema));
    const copy = JSON.parse(JSON.stringify(file)) as { items: Item[] };
    expect(validate(copy), 'the unbroken file must pass first').toBe(true);
    breakIt(copy.items[0] as Item);
    expect(validate(copy)).toBe(false);
  });
});

describe('storiesFile', () => {
  const file = storiesFile(source, { ...urls, page: 'https://x.no/historier/', schema: 'https://x.no/historier.schema.json' });

  it('gives facets as id and label, and links measures and focus area', () => {
    expect(file.items[0]).toMatchObject({
      industry: { id: 'mat-og-drikke', label: 'Mat og drikke' },
      county: { id: 'trondelag', label: 'Trøndelag' },
      targetGroups: [{ id: 'hull-i-cv', label: 'Hull i CV-en' }],
      measures: [{ id: 'mentor', title: 'Mentor', url: 'https://x.no/virkemidler/mentor/' }],
      illustrative: true,
    });
  });

  it.each([
    ['bakeriet', ['bakeri']],
    ['kafeen', []],
  ])('lists the former ids of %s as aliases: %j', (id, aliases) => {
    expect(file.items.find((i) => i.id === id)?.aliases).toEqual(aliases);
  });

  it('validates against its published JSON Schema', () => {
    const validate = validator(jsonSchemaOf(storiesFileSchema, 'https://x.no/historier.schema.json'));
    expect(validate(JSON.parse(JSON.stringify(file))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('fieldDocs', () => {
  const docs = new Map(fieldDocs(measureRecordSchema).map((f) => [f.name, f]));
  it.each([
    ['id', 'string', true],
    ['aliases', 'array (string)', true],
    ['lang', 'string (nb | nn)', true],
    ['updated', 'string (date)', false],
    ['url', 'string (uri)', true],
    ['forWhom', 'array (string)', true],
    ['contact', 'object', true],
  ])('%s: %s, required %s', (name, type, required) => {
    expect(docs.get(name)).toMatchObject({ type, required });
  });

  it('describes every field', () => {
    expect([...docs.values()].filter((f) => f.description === '')).toEqual([]);
  });
});
