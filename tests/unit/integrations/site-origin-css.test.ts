import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN_TOKEN, siteOriginCss, withSiteOrigin } from '../../../src/integrations/site-origin-css';

describe('withSiteOrigin', () => {
  it.each([
    ['https://semuligheter.no', '"https://semuligheter.no"'],
    ['https://example.github.io/semuligheter/', '"https://example.github.io"'],
    ['http://127.0.0.1:4321', '"http://127.0.0.1:4321"'],
  ])('writes the origin of %s as %s', (site, expected) => {
    expect(withSiteOrigin(`:root { --site-origin: ${SITE_ORIGIN_TOKEN}; }`, site)).toBe(`:root { --site-origin: ${expected}; }`);
  });

  it('leaves a stylesheet without the token as it is', () => {
    expect(withSiteOrigin('a { color: red }', 'https://semuligheter.no')).toBe('a { color: red }');
  });
});

describe('siteOriginCss', () => {
  const transform = (code: string, id: string) => {
    const hook = siteOriginCss('https://semuligheter.no').transform;
    return typeof hook === 'function' ? hook.call({} as never, code, id) : undefined;
  };

  it.each([
    ['/src/styles/global.css', '"https://semuligheter.no"'],
    ['/src/styles/global.css?direct', '"https://semuligheter.no"'],
  ])('replaces the token in %s', (id, origin) => {
    expect(transform(`x: ${SITE_ORIGIN_TOKEN}`, id)).toEqual({ code: `x: ${origin}`, map: null });
  });

  it.each([['/src/lib/urls.ts'], ['/src/styles/other.css']])('leaves %s alone', (id) => {
    const code = id.endsWith('.ts') ? `const x = '${SITE_ORIGIN_TOKEN}'` : 'a { color: red }';
    expect(transform(code, id)).toBeNull();
  });
});
