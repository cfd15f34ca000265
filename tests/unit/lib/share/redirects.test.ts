import { expect, it } from 'vitest';
import { aliasRedirects, type AliasSource } from '../../../../src/lib/share/redirects';

const e = (id: string, aliases: string[]) => ({ id, data: { title: id.toUpperCase(), aliases } });

it('turns every alias into a redirect to its entry’s page', () => {
  const site: AliasSource = {
    stories: [e('bakeriet-i-trondheim', ['bakeriet']), e('uten', [])],
    measures: [e('individuell-jobbstotte', ['ips', 'jobbstotte'])],
    focusAreas: [],
    articles: [e('brev', ['gammelt-brev'])],
    pages: [e('presse', ['media']), e('forside', ['hjem'])],
  };
  expect(aliasRedirects(site)).toEqual([
    { from: '/historier/bakeriet/', to: '/historier/bakeriet-i-trondheim/', title: 'BAKERIET-I-TRONDHEIM' },
    { from: '/virkemidler/ips/', to: '/virkemidler/individuell-jobbstotte/', title: 'INDIVIDUELL-JOBBSTOTTE' },
    { from: '/virkemidler/jobbstotte/', to: '/virkemidler/individuell-jobbstotte/', title: 'INDIVIDUELL-JOBBSTOTTE' },
    { from: '/aktuelt/gammelt-brev/', to: '/aktuelt/brev/', title: 'BREV' },
    { from: '/media/', to: '/presse/', title: 'PRESSE' },
    { from: '/hjem/', to: '/', title: 'FORSIDE' },
  ]);
});
