// Writes a new draft entry with today's date: `npm run new -- story "Tittel"` (also measure, article).
// The file name starts with `_`, so it is a draft until an editor renames it.
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/lib/slug.ts';

/** Folder per kind of entry, under the content folder. */
export const FOLDERS = { story: 'stories', measure: 'measures', article: 'articles' };

/** Quotes a string for YAML. @param {string} value */
const q = (value) => JSON.stringify(value);

/**
 * The text of a new draft that passes the schema as it is, with placeholders to replace.
 * @param {'story' | 'measure' | 'article'} kind
 * @param {{ title: string, slug: string, date: string, focusArea: string, measure: string }} o
 */
export function draftText(kind, { title, slug, date, focusArea, measure }) {
  const head = [`title: ${q(title)}`, `description: ${q('Skriv ett eller to setninger om hva siden handler om.')}`, 'lang: nb', `published: ${date}`];
  const body = {
    story: [
      ...head,
      `image: { src: ./images/${slug}.svg, alt: ${q('Beskriv hva bildet viser.')} }`,
      `business: ${q('Bakeri med 12 ansatte')}`,
      'industry: mat-og-drikke',
      'county: oslo',
      'companySize: liten',
      'targetGroups: [hull-i-cv]',
      `measures: [${measure}]`,
      `focusArea: ${focusArea}`,
      `quote: { text: ${q('Skriv sitatet her.')}, by: ${q('Daglig leder')} }`,
      `result: ${q('Skriv resultatet i én setning.')}`,
      'illustrative: true',
      '---',
      '## Om bedriften',
      '',
      '## Situasjonen',
      '',
      '## Hva arbeidsgiveren gjorde',
      '',
      '## Resultatet',
    ],
    measure: [
      ...head,
      `focusAreas: [${focusArea}]`,
      'combinesWith: []',
      `summary: ${q('Hva virkemiddelet er, i to eller tre setninger.')}`,
      `forWhom: [${q('Hvem det passer for.')}]`,
      'employerGets:',
      `  - text: ${q('Hva arbeidsgiveren får. Tall trenger en kilde (source).')}`,
      'duration:',
      `  - text: ${q('Hvor lenge det varer.')}`,
      `howTo: [${q('Første steg.')}]`,
      `contact: { text: ${q('Ring NAVs arbeidsgivertelefon.')}, phone: "55 55 33 36" }`,
      'sources:',
      `  - { title: ${q('nav.no')}, url: "https://www.nav.no/arbeidsgiver" }`,
      `checked: ${date}`,
      'fitsWhen: { groups: [hull-i-cv], needs: [oppfolging], employment: [ny] }',
      `fitsWhy: ${q('Én setning om hvorfor dette passer.')}`,
      '---',
      'Skriv en kort tekst om når virkemiddelet er nyttig.',
    ],
    article: [
      ...head,
      'kind: nyhet',
      `documentDate: ${date}`,
      'sources:',
      `  - { title: ${q('Kilde')}, url: "https://www.regjeringen.no/" }`,
      `checked: ${date}`,
      '---',
      'Skriv artikkelen her.',
    ],
  }[kind];
  return `---\n${body.join('\n')}\n`;
}

/** Ids (file names without extension) of published entries in a folder. @param {string} dir */
function firstId(dir) {
  const id = readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort()[0];
  if (!id) throw new Error(`No entries in ${dir} to refer to`);
  return id;
}

/**
 * Creates the draft and returns its path.
 * @param {string} contentDir
 * @param {string} kind
 * @param {string} title
 * @param {Date} [today]
 */
export function createDraft(contentDir, kind, title, today = new Date()) {
  if (!(kind in FOLDERS)) throw new Error(`Unknown kind "${kind}": use story, measure or article`);
  const slug = slugify(title);
  if (!slug) throw new Error('The title needs at least one letter or digit');
  const folder = join(contentDir, FOLDERS[/** @type {'story'} */ (kind)]);
  const file = join(folder, `_${slug}.mdx`);
  if (existsSync(file) || existsSync(join(folder, `${slug}.mdx`))) throw new Error(`${slug} already exists in ${folder}`);
  const date = today.toISOString().slice(0, 10);
  const text = draftText(/** @type {'story'} */ (kind), {
    title,
    slug,
    date,
    focusArea: firstId(join(contentDir, 'focus-areas')),
    measure: firstId(join(contentDir, 'measures')),
  });
  if (kind === 'story') {
    copyFileSync(fileURLToPath(new URL('./templates/placeholder.svg', import.meta.url)), join(folder, 'images', `${slug}.svg`));
  }
  writeFileSync(file, text);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [kind, ...words] = process.argv.slice(2);
  const title = words.join(' ').trim();
  if (!kind || !title) {
    process.stderr.write('Bruk: npm run new -- story|measure|article "Tittel"\n');
    process.exit(1);
  }
  try {
    const file = createDraft(resolve(process.env.CONTENT_DIR ?? 'content'), kind, title);
    process.stdout.write(`Laget utkast: ${file}\nGi filen et navn uten _ foran når den skal publiseres.\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
