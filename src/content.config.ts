/**
 * Every content collection and its schema. Content lives in the top-level `content/` folder.
 * Files whose names start with `_` are drafts: the glob patterns skip them, so they are never built.
 * Shared field schemas are in src/lib/schemas.ts; docs/authoring.md explains the fields in Norwegian.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { ARTICLE_KINDS, ids } from './lib/taxonomy';
import {
  commonFields,
  dateSchema,
  documentDateSchema,
  factSchema,
  fitsWhenSchema,
  partnerSchema,
  searchAliasesSchema,
  sourceSchema,
  storyFacetFields,
  urlSchema,
} from './lib/schemas';

/** Content folder; the build-failure tests point it at fixtures. */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

/** Markdown and MDX files, except drafts (names starting with `_`). */
const PUBLISHED = '**/[^_]*.{md,mdx}';

const focusAreas = defineCollection({
  loader: glob({ pattern: PUBLISHED, base: `${CONTENT_DIR}/focus-areas` }),
  schema: z.object({
    ...commonFields,
    order: z.number().int().min(1).describe('Position in lists (1 comes first).'),
    shortTitle: z.string().min(1).describe('Short name for navigation and tags.'),
    shortTitleNn: z
      .string()
      .min(1)
      .describe('The short name in Nynorsk, for share images and fact-sheet headers of Nynorsk pages, where a Bokmål name cannot be marked as Bokmål.'),
    sources: z.array(sourceSchema).default([]).describe('Sources for the text.'),
  }),
});

const measures = defineCollection({
  loader: glob({ pattern: PUBLISHED, base: `${CONTENT_DIR}/measures` }),
  schema: z.object({
    ...commonFields,
    shortTitle: z.string().min(1).optional().describe('Short name for tables and tags; defaults to the title.'),
    searchAliases: searchAliasesSchema,
    focusAreas: z.array(reference('focusAreas')).min(1).describe('Focus areas this measure belongs to.'),
    combinesWith: z.array(reference('measures')).default([]).describe('Measures this one can be combined with.'),
    summary: z.string().min(1).describe('«Kort om»: what the measure is, in two or three sentences.'),
    forWhom: z.array(z.string().min(1)).min(1).describe('«Hvem passer det for»: one line per group.'),
    employerGets: z.array(factSchema).min(1).describe('«Hva får arbeidsgiveren»: one fact per line.'),
    duration: z.array(factSchema).min(1).describe('«Varighet»: how long it lasts.'),
    howTo: z.array(z.string().min(1)).min(1).describe('«Slik går du fram»: steps in order.'),
    contact: z
      .object({
        text: z.string().min(1).describe('Who to contact and how.'),
        phone: z.string().optional().describe('Phone number, written as people dial it.'),
        url: urlSchema.optional().describe('Where to read more or apply.'),
      })
      .describe('«Kontakt».'),
    sources: z.array(sourceSchema).min(1).describe('«Kilder»: where the facts come from.'),
    checked: dateSchema.describe('Date the facts were last checked against the sources.'),
    fitsWhen: fitsWhenSchema.describe('Rules for the measure finder (veiviser).'),
    fitsWhy: z.string().min(1).describe('One sentence the finder shows on why this measure fits.'),
  }),
});

const stories = defineCollection({
  loader: glob({ pattern: PUBLISHED, base: `${CONTENT_DIR}/stories` }),
  schema: ({ image }) =>
    z.object({
      ...commonFields,
      ...storyFacetFields,
      image: z
        .object({
          src: image().describe('Path to the image, relative to the story file.'),
          alt: z.string({ error: 'Every story image needs alt text' }).trim().min(1, 'Every story image needs alt text').describe('What the image shows.'),
        })
        .describe('The story’s main image.'),
      measures: z.array(reference('measures')).min(1).describe('Measures the employer used.'),
      focusArea: reference('focusAreas').describe('The focus area the story illustrates.'),
      quote: z
        .object({
          text: z.string().min(1).describe('The quote, without quotation marks.'),
          by: z.string().min(1).describe('Who said it (a role, not a real name).'),
        })
        .describe('A quote shown prominently.'),
      result: z.string().min(1).describe('The outcome, in one sentence.'),
      illustrative: z.boolean().describe('True when the story is an example written for the site, not a real account.'),
      featured: z.boolean().default(false).describe('Shown on the home page.'),
    }),
});

const articles = defineCollection({
  loader: glob({ pattern: PUBLISHED, base: `${CONTENT_DIR}/articles` }),
  schema: z.object({
    ...commonFields,
    kind: z.enum(ids(ARTICLE_KINDS)).describe('Nyhet, brev or rapport.'),
    documentDate: documentDateSchema.describe(
      'When the retold document itself is from (YYYY, YYYY-MM, YYYY-MM-DD or udatert); `published` is when this site published the article.',
    ),
    focusAreas: z.array(reference('focusAreas')).default([]).describe('Focus areas the article is about.'),
    measures: z.array(reference('measures')).default([]).describe('Measures the article mentions.'),
    searchAliases: searchAliasesSchema,
    sources: z.array(sourceSchema).min(1).describe('Sources, starting with the original text.'),
    checked: dateSchema.describe('Date the facts were last checked against the sources.'),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: PUBLISHED, base: `${CONTENT_DIR}/pages` }),
  schema: z.object({
    ...commonFields,
    lead: z
      .string()
      .min(20)
      .max(400)
      .optional()
      .describe('A short first paragraph shown apart from the body where the page has room for one: the home page puts it in its banner, next to the buttons, and the body further down.'),
    sources: z.array(sourceSchema).default([]).describe('Sources for the text, if any.'),
  }),
});

const partners = defineCollection({
  loader: file(`${CONTENT_DIR}/partners.yaml`),
  schema: partnerSchema,
});

const toolkit = defineCollection({
  loader: file(`${CONTENT_DIR}/toolkit.yaml`),
  schema: z.object({
    title: z.string().min(1).describe('Name of the toolkit area.'),
    order: z.number().int().min(1).describe('Position on the page.'),
    text: z.string().min(1).describe('What the area covers, in plain language.'),
    measures: z.array(reference('measures')).default([]).describe('Measures that fit the area.'),
    stories: z.array(reference('stories')).default([]).describe('Stories that show it in practice.'),
  }),
});

export const collections = { focusAreas, measures, stories, articles, pages, partners, toolkit };
