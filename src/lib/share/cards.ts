/**
 * Which pages get a share card, and what each card says. Routes, the PNG endpoint and the layout's
 * Open Graph tags all read this list, so a page and its image can never disagree.
 */
import type { Lang } from '../dates';
import { focusAreaName } from '../entries';
import { t } from '../i18n';
import { memoByIdentity } from '../memo';
import { ARTICLE_KINDS, label } from '../taxonomy';
import { ENTRY_ROUTES, FILE_FOLDERS, ROUTES, factSheetPath, type RouteName } from '../urls';

/** A page's share card. */
export interface ShareCard {
  /** The page's path from the site root, without the base path, for example `/historier/x/`. */
  path: string;
  title: string;
  kind: string;
  focus?: string | undefined;
  lang: Lang;
}

interface Entry<D> {
  id: string;
  data: D;
}
type Ref = { id: string };
interface Titled {
  title: string;
  lang: Lang;
}

/** The content a card list is built from: the shape of `loadSite()`'s result, reduced to what cards read. */
export interface CardSource {
  stories: Entry<Titled & { focusArea: Ref; illustrative: boolean }>[];
  measures: Entry<Titled & { focusAreas: Ref[] }>[];
  focusAreas: Entry<Titled & { shortTitle: string; shortTitleNn: string; order: number }>[];
  articles: Entry<Titled & { kind: string; focusAreas: Ref[] }>[];
  pages: Entry<Titled>[];
}

/** Overview pages that are routes rather than content entries, with their card titles. */
const LIST_PAGES: Partial<Record<RouteName, string>> = {
  stories: 'Historier',
  measures: 'Virkemidler',
  focusAreas: 'Innsatsområder',
  articles: 'Aktuelt',
  search: 'Søk',
  finder: 'Veiviser',
};

/** The home page's `pages` entry; it is shown at `/`, not at `/forside/`. */
export const HOME_PAGE_ID = 'forside';

/** Every page's share card (made once per site object: every page's head asks for its own). */
export const shareCards = memoByIdentity(makeShareCards);

function makeShareCards(site: CardSource): ShareCard[] {
  // In the card's language: an image cannot mark a Bokmål name on a Nynorsk card.
  const focusName = (ref: Ref, lang: Lang) => {
    const area = site.focusAreas.find((f) => f.id === ref.id);
    return area && focusAreaName(area.data, lang);
  };
  const focusNames = (refs: Ref[], lang: Lang) =>
    refs
      .map((r) => focusName(r, lang))
      .filter((n): n is string => Boolean(n))
      .join(' · ') || undefined;
  const home = site.pages.find((p) => p.id === HOME_PAGE_ID);
  const cards: ShareCard[] = [
    { path: ROUTES.home, title: home?.data.title ?? '#Semuligheter', kind: t('nb', 'kindHome'), lang: 'nb' },
    ...Object.entries(LIST_PAGES).map(([route, title]) => ({
      path: ROUTES[route as RouteName],
      title,
      kind: t('nb', 'kindList'),
      lang: 'nb' as const,
    })),
  ];
  for (const { id, data } of site.stories) {
    const kind = data.illustrative ? `${t(data.lang, 'kindStory')} · ${t(data.lang, 'illustrativeLabel').toLowerCase()}` : t(data.lang, 'kindStory');
    cards.push({ path: entryPath('stories', id), title: data.title, kind, focus: focusName(data.focusArea, data.lang), lang: data.lang });
  }
  for (const { id, data } of site.measures) {
    const focus = focusNames(data.focusAreas, data.lang);
    cards.push({ path: entryPath('measures', id), title: data.title, kind: t(data.lang, 'kindMeasure'), focus, lang: data.lang });
    cards.push({ path: factSheetPath(id), title: data.title, kind: t(data.lang, 'kindFactSheet'), focus, lang: data.lang });
  }
  for (const { id, data } of site.focusAreas) {
    cards.push({ path: entryPath('focusAreas', id), title: data.title, kind: `${t(data.lang, 'focusArea')} ${data.order}`, lang: data.lang });
  }
  for (const { id, data } of site.articles) {
    const kind = label(ARTICLE_KINDS, data.kind, data.lang);
    cards.push({ path: entryPath('articles', id), title: data.title, kind, focus: focusNames(data.focusAreas, data.lang), lang: data.lang });
  }
  for (const { id, data } of site.pages) {
    if (id !== HOME_PAGE_ID) cards.push({ path: `/${id}/`, title: data.title, kind: t(data.lang, 'kindPage'), lang: data.lang });
  }
  return cards;
}

function entryPath(collection: keyof typeof ENTRY_ROUTES, id: string): string {
  return `/${ENTRY_ROUTES[collection]}/${id}/`;
}

/**
 * Where a page's card image is, from the site root: `/` → `/del/forside.png`,
 * `/historier/x/` → `/del/historier/x.png`.
 */
export function cardImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/${FILE_FOLDERS.shareCards}/${trimmed === '' ? HOME_PAGE_ID : trimmed}.png`;
}

/** The `[...path]` parameter of the PNG endpoint for a page: `/historier/x/` → `historier/x`. */
export function cardParam(pagePath: string): string {
  return cardImagePath(pagePath).replace(/^\/del\//, '').replace(/\.png$/, '');
}

/** Removes the base path from a URL path: (`/semuligheter/historier/`, `/semuligheter/`) → `/historier/`. */
export function stripBase(pathname: string, base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/' || !pathname.startsWith(prefix)) return pathname;
  const rest = pathname.slice(prefix.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The cards by path, made once per card list. */
const cardsByPath = memoByIdentity((cards: readonly ShareCard[]) => new Map(cards.map((c) => [c.path, c])));

/**
 * The card for a page. Pages without one of their own (filtered story lists, finder steps, the 404
 * page) get the card of the nearest section above them: `/historier/fylke/oslo/` → `/historier/`.
 */
export function cardFor(cards: readonly ShareCard[], pagePath: string): ShareCard {
  const byPath = cardsByPath(cards);
  const segments = pagePath.split('/').filter(Boolean);
  for (let n = segments.length; n >= 0; n--) {
    const card = byPath.get(n === 0 ? '/' : `/${segments.slice(0, n).join('/')}/`);
    if (card) return card;
  }
  throw new Error('The share card list has no home page card');
}
