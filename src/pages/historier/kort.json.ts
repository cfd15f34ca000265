/** Every story's card data, for filtering the story list in place (src/scripts/story-filter.ts). */
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { loadSite } from '../../data/site';
import { CARD_IMAGE, storyCardData } from '../../lib/story-cards';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const cards = await Promise.all(
    site.stories.map(async (story) => {
      const image = await getImage({ src: story.data.image.src, widths: CARD_IMAGE.widths, format: 'webp' });
      const { width, height } = image.attributes as { width: number; height: number };
      return storyCardData(story, urls.entry('stories', story.id), { src: image.src, srcset: image.srcSet.attribute, width, height });
    }),
  );
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
