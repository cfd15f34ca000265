/** A 1200×630 share card (PNG) for every page, for example /del/historier/bakeriet-i-trondheim.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { cardParam, shareCards, type ShareCard } from '../../lib/share/cards';
import { renderCardPng } from '../../lib/share/render';
import { siteOrigin } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return shareCards(site).map((card) => ({ params: { path: cardParam(card.path) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props, site }) => {
  const { card } = props;
  const png = await renderCardPng({ title: card.title, kind: card.kind, focus: card.focus, host: new URL(siteOrigin(site)).host });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
