/**
 * The open data files for partners (/virkemidler.json, /historier.json): their shape as Zod schemas
 * (published as JSON Schema and documented on /for-partnere/) and pure functions that fill them.
 */
import { z } from 'astro/zod';
import { isoDate, type Lang } from './dates';
import { COMPANY_SIZES, COUNTIES, INDUSTRIES, TARGET_GROUPS, label, type Term } from './taxonomy';

const date = z.iso.date();
const url = z.url();

const linkSchema = z.object({
  id: z.string().describe('Id-en: den siste delen av sidens adresse.'),
  title: z.string().describe('Tittel, på språket til oppføringen.'),
  url: url.describe('Full adresse til siden.'),
});
const termSchema = z.object({
  id: z.string().describe('Fast id fra ordlista.'),
  label: z.string().describe('Navn, på språket til oppføringen.'),
});
const factSchema = z.object({
  text: z.string().describe('Faktaet, i én setning.'),
  source: url.optional().describe('Adressen til kilden for faktaet; en av adressene i sources.'),
});
const sourceSchema = z.object({
  title: z.string().describe('Tittelen på kilden.'),
  url: url.describe('Adressen til kilden.'),
});

const common = {
  id: z.string().describe('Id-en: den siste delen av sidens adresse. Den endres nesten aldri; hvis den endres, står de gamle i aliases.'),
  aliases: z
    .array(z.string())
    .describe('Tidligere id-er for samme side, eller en tom liste. Gamle adresser med dem sender videre til url. Har du lagret en gammel id, bytt den ut med id.'),
  url: url.describe('Full adresse til siden. Lenk hit, ikke til denne fila.'),
  title: z.string().describe('Tittelen på siden.'),
  description: z.string().describe('Én eller to setninger om siden.'),
  lang: z.enum(['nb', 'nn']).describe('Målform: nb (bokmål) eller nn (nynorsk).'),
  published: date.describe('Dato siden først ble publisert (ÅÅÅÅ-MM-DD).'),
  updated: date.optional().describe('Dato for siste vesentlige endring (ÅÅÅÅ-MM-DD), hvis senere enn publisert.'),
  image: url.describe('Full adresse til delingsbildet for siden (PNG, 1200 × 630).'),
};

/** One measure in /virkemidler.json. */
export const measureRecordSchema = z
  .object({
    ...common,
    shortTitle: z.string().describe('Kort navn for tabeller og merkelapper.'),
    focusAreas: z.array(linkSchema).describe('Innsatsområdene virkemiddelet hører til.'),
    combinesWith: z.array(linkSchema).describe('Virkemidler det kan kombineres med.'),
    summary: z.string().describe('«Kort om»: hva virkemiddelet er.'),
    forWhom: z.array(z.string()).describe('«Hvem passer det for»: én linje per gruppe.'),
    employerGets: z.array(factSchema).describe('«Hva får arbeidsgiveren»: ett faktum per linje.'),
    duration: z.array(factSchema).describe('«Varighet»: hvor lenge det varer.'),
    howTo: z.array(z.string()).describe('«Slik går du fram»: stegene i rekkefølge.'),
    contact: z
      .object({
        text: z.string().describe('Hvem du kontakter, og hvordan.'),
        phone: z.string().optional().describe('Telefonnummer.'),
        url: url.optional().describe('Hvor du leser mer eller søker.'),
      })
      .describe('«Kontakt».'),
    sources: z.array(sourceSchema).describe('«Kilder»: hvor faktaene kommer fra.'),
    checked: date.describe('Dato faktaene sist ble kontrollert mot kildene (ÅÅÅÅ-MM-DD). Vis den sammen med faktaene.'),
    factSheet: url.describe('Full adresse til faktaarket (én side for utskrift).'),
  })
  .describe('Et virkemiddel fra NAV for arbeidsgivere.');

/** One story in /historier.json. */
export const storyRecordSchema = z
  .object({
    ...common,
    business: z.string().describe('Type og størrelse på virksomheten.'),
    industry: termSchema.describe('Bransje.'),
    county: termSchema.describe('Fylke.'),
    companySize: termSchema.describe('Størrelse på virksomheten.'),
    targetGroups: z.array(termSchema).describe('Situasjonen til den som ble ansatt.'),
    focusArea: linkSchema.describe('Innsatsområdet historien viser.'),
    measures: z.array(linkSchema).describe('Virkemidlene arbeidsgiveren brukte.'),
    quote: z.object({ text: z.string().describe('Sitatet.'), by: z.string().describe('Hvem som sa det (en rolle).') }).describe('Et sitat fra historien.'),
    result: z.string().describe('Resultatet, i én setning.'),
    illustrative: z.boolean().describe('Sann når historien er et eksempel skrevet for kampanjen, ikke en virkelig hendelse. Si det når du viser den.'),
  })
  .describe('En historie om en arbeidsgiver som ansatte noen med nedsatt funksjonsevne eller hull i CV-en.');

/** The wrapper around a list of records. */
function fileSchema<T extends z.ZodType>(item: T, what: string) {
  return z
    .object({
      $schema: url.describe('Adressen til JSON Schema for fila.'),
      title: z.string().describe('Hva fila inneholder.'),
      url: url.describe('Adressen til oversiktssiden på nettstedet.'),
      updated: date.describe('Dato for den nyeste endringen i lista (ÅÅÅÅ-MM-DD).'),
      license: z.string().describe('Vilkår for bruk.'),
      items: z.array(item).describe(`Alle ${what}, sortert etter id.`),
    })
    .describe(`Åpne data fra #Semuligheter: ${what}.`);
}

export const measuresFileSchema = fileSchema(measureRecordSchema, 'virkemidler');
export const storiesFileSchema = fileSchema(storyRecordSchema, 'historier');
export type MeasuresFile = z.infer<typeof measuresFileSchema>;
export type StoriesFile = z.infer<typeof storiesFileSchema>;

/** A JSON Schema (draft 2020-12) document for one of the files. */
export function jsonSchemaOf(schema: z.ZodType, id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }), $id: id };
}

/** One field of a record, for the documentation table on /for-partnere/. */
export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** The top-level fields of a record schema with their JSON types and descriptions. */
export function fieldDocs(schema: z.ZodObject): FieldDoc[] {
  const json = z.toJSONSchema(schema, { io: 'output' }) as {
    properties: Record<string, { type?: string; enum?: string[]; items?: { type?: string }; format?: string; description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, prop]) => ({
    name,
    type: prop.enum
      ? `${prop.type ?? 'string'} (${prop.enum.join(' | ')})`
      : prop.type === 'array'
        ? `array (${prop.items?.type ?? 'object'})`
        : prop.format
          ? `${prop.type} (${prop.format})`
          : (prop.type ?? 'object'),
    required: json.required?.includes(name) ?? false,
    description: prop.description ?? '',
  }));
}

type Ref = { id: string };
interface Entry<D> {
  id: string;
  data: D & { title: string; description: string; lang: Lang; published: Date; updated?: Date | undefined };
}
type MeasureData = {
  /** Former slugs (the frontmatter's `aliases`, [] by default). */
  aliases: string[];
  shortTitle?: string | undefined;
  focusAreas: Ref[];
  combinesWith: Ref[];
  summary: string;
  forWhom: string[];
  employerGets: { text: string; source?: string | undefined }[];
  duration: { text: string; source?: string | undefined }[];
  howTo: string[];
  contact: { text: string; phone?: string | undefined; url?: string | undefined };
  sources: { title: string; url: string }[];
  checked: Date;
};
type StoryData = {
  /** Former slugs (the frontmatter's `aliases`, [] by default). */
  aliases: string[];
  business: string;
  industry: string;
  county: string;
  companySize: string;
  targetGroups: string[];
  focusArea: Ref;
  measures: Ref[];
  quote: { text: string; by: string };
  result: string;
  illustrative: boolean;
};

/** The content the files are built from. */
export interface OpenDataSource {
  measures: Entry<MeasureData>[];
  stories: Entry<StoryData>[];
  focusAreas: Entry<object>[];
}

/** Absolute URLs for the records; the route passes functions bound to the site's origin and base. */
export interface OpenDataUrls {
  measure(id: string): string;
  story(id: string): string;
  focusArea(id: string): string;
  factSheet(id: string): string;
  image(collection: 'measures' | 'stories', id: string): string;
  /** The overview page and the schema file, for the wrapper. */
  page: string;
  schema: string;
}

const LICENSE = 'Fritt til bruk med lenke til siden innholdet kommer fra (url) og datoen faktaene sist ble kontrollert.';

function dates(data: { published: Date; updated?: Date | undefined }) {
  const updated = data.updated && data.updated > data.published ? isoDate(data.updated) : undefined;
  return { published: isoDate(data.published), ...(updated ? { updated } : {}) };
}

function newest(items: { published: string; updated?: string | undefined }[]): string {
  return items.map((i) => i.updated ?? i.published).reduce((a, b) => (b > a ? b : a), '1970-01-01');
}

const term = (terms: readonly Term[], id: string, lang: Lang) => ({ id, label: label(terms, id, lang) });
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** The contents of /virkemidler.json. */
export function measuresFile(source: OpenDataSource, urls: OpenDataUrls): MeasuresFile {
  const link = (list: Entry<object>[], ref: Ref, href: (id: string) => string) => {
    const entry = list.find((e) => e.id === ref.id);
    return { id: ref.id, title: entry?.data.title ?? ref.id, url: href(ref.id) };
  };
  const items = [...source.measures].sort(byId).map(({ id, data }) => ({
    id,
    aliases: [...data.aliases],
    url: urls.measure(id),
    title: data.title,
    shortTitle: data.shortTitle ?? data.title,
    description: data.description,
    lang: data.lang,
    ...dates(data),
    image: urls.image('measures', id),
    focusAreas: data.focusAreas.map((r) => link(source.focusAreas, r, urls.focusArea)),
    combinesWith: data.combinesWith.map((r) => link(source.measures, r, urls.measure)),
    summary: data.summary,
    forWhom: data.forWhom,
    employerGets: data.employerGets.map(({ text, source: src }) => (src ? { text, source: src } : { text })),
    duration: data.duration.map(({ text, source: src }) => (src ? { text, source: src } : { text })),
    howTo: data.howTo,
    contact: {
      text: data.contact.text,
      ...(data.contact.phone ? { phone: data.contact.phone } : {}),
      ...(data.contact.url ? { url: data.contact.url } : {}),
    },
    sources: data.sources,
    checked: isoDate(data.checked),
    factSheet: urls.factSheet(id),
  }));
  return { $schema: urls.schema, title: '#Semuligheter: virkemidler', url: urls.page, updated: newest(items), license: LICENSE, items };
}

/** The contents of /historier.json. */
export function storiesFile(source: OpenDataSource, urls: OpenDataUrls): StoriesFile {
  const link = (list: Entry<object>[], ref: Ref, href: (id: string) => string) => {
    const entry = list.find((e) => e.id === ref.id);
    return { id: ref.id, title: entry?.data.title ?? ref.id, url: href(ref.id) };
  };
  const items = [...source.stories].sort(byId).map(({ id, data }) => ({
    id,
    aliases: [...data.aliases],
    url: urls.story(id),
    title: data.title,
    description: data.description,
    lang: data.lang,
    ...dates(data),
    image: urls.image('stories', id),
    business: data.business,
    industry: term(INDUSTRIES, data.industry, data.lang),
    county: term(COUNTIES, data.county, data.lang),
    companySize: term(COMPANY_SIZES, data.companySize, data.lang),
    targetGroups: data.targetGroups.map((g) => term(TARGET_GROUPS, g, data.lang)),
    focusArea: link(source.focusAreas, data.focusArea, urls.focusArea),
    measures: data.measures.map((r) => link(source.measures, r, urls.measure)),
    quote: data.quote,
    result: data.result,
    illustrative: data.illustrative,
  }));
  return { $schema: urls.schema, title: '#Semuligheter: historier', url: urls.page, updated: newest(items), license: LICENSE, items };
}
