/**
 * Cross-entry checks that Zod cannot do alone: every reference points at an entry that exists, no
 * two entries (or an entry and a fixed route) share an address, and every date exists.
 */
import { ENTRY_ROUTES, FILE_FOLDERS, ROUTES } from './urls';

/** The minimum an entry needs for the checks. */
export interface CheckedEntry {
  readonly collection: string;
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: unknown;
}

/** A reference as Astro stores it after `reference()` has parsed it. */
interface Ref {
  collection: string;
  id: string;
}

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Ref).collection === 'string' &&
    typeof (value as Ref).id === 'string' &&
    Object.keys(value).length === 2
  );
}

function* walk(value: unknown, path: string): Generator<[string, Ref]> {
  if (isRef(value)) {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* walk(item, path ? `${path}.${key}` : key);
  }
}

/**
 * Lists every reference that points at a missing entry, as messages that name the file and the field,
 * for example `content/stories/bakeriet.mdx: field "measures[1]" refers to unknown measures entry "lonn"`.
 */
export function findBrokenReferences(entries: readonly CheckedEntry[]): string[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const problems: string[] = [];
  for (const entry of entries) {
    for (const [path, ref] of walk(entry.data, '')) {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        const where = entry.filePath ?? `${entry.collection}/${entry.id}`;
        problems.push(`${where}: field "${path}" refers to unknown ${ref.collection} entry "${ref.id}"`);
      }
    }
  }
  return problems;
}

/**
 * Top-level folders that routes (not `pages` entries) own: a campaign page or its alias there would
 * take over a whole section of the site. Files with a dot (rss.xml, virkemidler.json) cannot clash,
 * since slugs have no dots.
 */
export const FIXED_TOP_LEVEL: readonly string[] = [
  ...Object.values(ENTRY_ROUTES),
  ROUTES.search.replace(/\//g, ''),
  ROUTES.finder.replace(/\//g, ''),
  ...Object.values(FILE_FOLDERS),
];

/**
 * Lists URL clashes: two entries of a collection whose slug or alias resolves to the same path, and
 * `pages` entries (served at the top level) whose slug or alias is a folder a route owns.
 * `entries` carries each entry's own slug and its former slugs (aliases).
 */
export function findUrlClashes(
  entries: readonly { collection: string; id: string; filePath?: string | undefined; aliases: readonly string[] }[],
): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of entries) {
    const where = entry.filePath ?? `${entry.collection}/${entry.id}`;
    for (const [field, slug] of [['id', entry.id] as const, ...entry.aliases.map((a, i) => [`aliases[${i}]`, a] as const)]) {
      const key = `${entry.collection}/${slug}`;
      const owner = owners.get(key);
      if (entry.collection === 'pages' && FIXED_TOP_LEVEL.includes(slug)) {
        problems.push(`${where}: field "${field}" claims the URL /${slug}/, which a route of the site already has`);
      } else if (owner) problems.push(`${where}: field "${field}" claims the URL of ${key}, which ${owner} already has`);
      else owners.set(key, where);
    }
  }
  return problems;
}

const DATE_LINE = /^(\s*)([A-Za-z]+):\s*['"]?(\d{4})-(\d{1,2})-(\d{1,2})['"]?\s*$/gm;

/**
 * Finds calendar dates in raw frontmatter that do not exist, such as 2026-02-30. YAML turns those into
 * a real date in the next month without complaint, so Zod never sees them; this reads the text itself.
 * @param where - the file name, used in the messages
 * @param text - the raw file (only the frontmatter block is read)
 */
export function findImpossibleDates(where: string, text: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const problems: string[] = [];
  for (const match of frontmatter.matchAll(DATE_LINE)) {
    const [, , field, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
    if (!real) problems.push(`${where}: field "${field}" is not a real date: ${y}-${m}-${d}`);
  }
  return problems;
}
