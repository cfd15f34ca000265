import { expect, it } from 'vitest';
import { shareLinks } from '../../../../src/lib/share/links';

const url = 'https://semuligheter.no/historier/bakeriet-i-trondheim/';
const links = new Map(shareLinks(url, 'Bakeriet & co', 'E-post').map((l) => [l.id, l]));

it.each([
  ['linkedin', 'https://www.linkedin.com/sharing/share-offsite/', 'url', url],
  ['facebook', 'https://www.facebook.com/sharer/sharer.php', 'u', url],
  ['x', 'https://x.com/intent/post', 'url', url],
  ['x', 'https://x.com/intent/post', 'text', 'Bakeriet & co #Semuligheter'],
])('%s shares through %s with %s=%s', (id, endpoint, param, value) => {
  const href = new URL(links.get(id as 'x')!.href);
  expect(`${href.origin}${href.pathname}`).toBe(endpoint);
  expect(href.searchParams.get(param)).toBe(value);
});

it('e-mail has the title as subject and the address in the body', () => {
  const href = links.get('epost')!.href;
  expect(href.startsWith('mailto:?')).toBe(true);
  const params = new URLSearchParams(href.slice('mailto:?'.length));
  expect(params.get('subject')).toBe('Bakeriet & co');
  expect(params.get('body')).toContain(url);
});
