/**
 * Zod schemas for fields the collections share. They live outside content.config.ts so unit tests can
 * exercise them without Astro's virtual modules; content.config.ts adds `reference()` and `image()`.
 */
import { z } from 'astro/zod';
import {
  COMPANY_SIZES,
  COUNTIES,
  EMPLOYER_NEEDS,
  EMPLOYMENT,
  INDUSTRIES,
  PARTNER_KINDS,
  TARGET_GROUPS,
  ids,
} from './taxonomy';
import { isDocumentDate } from './document-date';

/** Written form of an entry. */
export const langSchema = z.enum(['nb', 'nn']).default('nb').describe('Written form: `nb` (Bokmål) or `nn` (Nynorsk).');

/** A calendar date written as YYYY-MM-DD; anything that is not a real date is rejected. */
export const dateSchema = z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2026-11-23' });

/**
 * The date of the document an article retells, as precise as its source: YYYY, YYYY-MM,
 * YYYY-MM-DD, or `udatert` when the document has no date.
 */
export const documentDateSchema = z.preprocess(
  // YAML reads 2019 as a number and 2019-03-25 as a Date; both mean the text.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().refine(isDocumentDate, {
    error: 'Write the document’s date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2019 or 2019-03), or udatert if it has none',
  }),
);

/**
 * An absolute URL whose letters survived copying: «ø» mangled into replacement characters
 * (%EF%BF%BD) makes a link that looks right in print and leads nowhere.
 */
export const urlSchema = z
  .url()
  .refine((url) => !/%EF%BF%BD|\uFFFD/i.test(url), {
    error: 'The URL has broken letters (%EF%BF%BD, a mangled æ, ø or å); copy it again from the address bar',
  });

/** A source that backs a fact on the page. */
export const sourceSchema = z.object({
  title: z.string().min(1).describe('Title of the source as the reader should see it.'),
  url: urlSchema.describe('Absolute URL of the source.'),
});

/** A fact with an optional source; facts that contain a figure must have one (checked by content tests). */
export const factSchema = z.object({
  text: z.string().min(1).describe('The fact, in one sentence.'),
  source: urlSchema.optional().describe('URL of the source; must be one of the entry’s `sources`.'),
});

/** Fields every page-like entry has. */
export const commonFields = {
  title: z.string({ error: 'Every entry needs a title' }).min(1).describe('Page title (H1 and <title>).'),
  description: z
    .string()
    .min(20)
    .max(300)
    .describe('One or two sentences for lists, search results, share cards and <meta name="description">.'),
  lang: langSchema,
  published: dateSchema.describe('Date first published (YYYY-MM-DD).'),
  updated: dateSchema.optional().describe('Date last changed in substance (YYYY-MM-DD).'),
  aliases: z
    .array(z.string().regex(/^[a-z0-9-]+$/, 'Use lowercase letters, digits and hyphens'))
    .default([])
    .describe('Former slugs of this entry; the site redirects them here so old links keep working.'),
};

/** Other names a page is found by in search (measures and articles); only the search index sees them. */
export const searchAliasesSchema = z
  .array(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, 'only letters, digits, spaces and hyphens'))
  .default([])
  .describe('Other names people search for (the other written standard, older names, inflected forms the stemmer misses, common misspellings). Only the search index sees them.');

/** The measure finder's rules: when a measure fits (ids from src/lib/taxonomy.ts). */
export const fitsWhenSchema = z.object({
  groups: z.array(z.enum(ids(TARGET_GROUPS))).min(1).describe('Candidate situations it suits.'),
  needs: z.array(z.enum(ids(EMPLOYER_NEEDS))).min(1).describe('Employer needs it answers.'),
  employment: z.array(z.enum(ids(EMPLOYMENT))).min(1).describe('New hire, current employee, or both.'),
  alsoOnly: z
    .boolean()
    .default(false)
    .describe(
      'Never under «Passer best», only «Kan også passe»: for a measure that has ended, that could not be confirmed, or that suits only some people in its groups (IPS ung: 16–30). fitsWhy says what to ask NAV for.',
    ),
});

/** How a story is classified for browsing and search facets (ids from src/lib/taxonomy.ts). */
export const storyFacetFields = {
  business: z.string().min(1).describe('Kind and size of business, for example «Bakeri med 14 ansatte».'),
  industry: z.enum(ids(INDUSTRIES)).describe('Industry (bransje) id.'),
  county: z.enum(ids(COUNTIES)).describe('County (fylke) id; one of the 15 counties from 2024.'),
  companySize: z.enum(ids(COMPANY_SIZES)).describe('Company size id.'),
  targetGroups: z.array(z.enum(ids(TARGET_GROUPS))).min(1).describe('Situations of the person hired.'),
};

/** A partner organisation (content/partners.yaml). */
export const partnerSchema = z.object({
  name: z.string().min(1).describe('Full name of the organisation.'),
  kind: z.enum(ids(PARTNER_KINDS)).describe('Kind of organisation.'),
  role: z.string().min(1).describe('Its role in the campaign, in one sentence.'),
  url: urlSchema.describe('Its website.'),
  currentName: z
    .string()
    .min(1)
    .optional()
    .describe('The organisation’s name today, when `name` is the older one the campaign texts use (a renamed ministry); `url` leads to it.'),
});
