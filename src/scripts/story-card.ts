/**
 * Builds a story card in the browser with the same markup and classes as
 * src/components/StoryCard.astro, for the story list when it filters in place.
 */
import { CARD_IMAGE, type StoryCardData } from '../lib/story-cards';
import { KEEP_TOGETHER_CLASS, keepTogetherParts } from '../lib/keep-together';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A paragraph of text in which «CV-en» and the like stay on one line, as the server renders it (src/lib/keep-together.ts, applied in src/middleware.ts). */
function paragraph(className: string, text: string): HTMLParagraphElement {
  const node = element('p', className);
  node.append(...keepTogetherParts(text).map((part) => (part.keep ? element('span', KEEP_TOGETHER_CLASS, part.text) : part.text)));
  return node;
}

/**
 * A list item holding one story card.
 * @param card - the story's card data from /historier/kort.json
 * @param level - heading level of the title in its list
 */
export function storyCardItem(card: StoryCardData, level: 2 | 3 = 3): HTMLLIElement {
  const item = element('li', 'flex');
  item.dataset['story'] = '';
  const article = element('article', 'group relative flex flex-col overflow-hidden rounded-lg border border-sand-200 bg-white shadow-sm hover:shadow-md');
  article.lang = card.lang;

  const image = element('img', 'aspect-video w-full bg-sand-100 object-cover');
  Object.assign(image, { src: card.image.src, srcset: card.image.srcset, sizes: CARD_IMAGE.sizes, alt: '', width: card.image.width, height: card.image.height });
  image.loading = 'lazy';
  image.decoding = 'async';

  const body = element('div', 'flex flex-1 flex-col gap-2 p-5');
  const heading = element(`h${level}`, 'text-xl font-bold leading-snug text-brand-900');
  const link = element('a', 'no-underline after:absolute after:inset-0 group-hover:underline', card.title);
  link.href = card.url;
  heading.append(link);
  body.append(element('p', 'text-sm font-semibold text-accent-700', card.meta), heading, paragraph('text-base text-ink-700', card.description));

  article.append(image, body);
  item.append(article);
  return item;
}
