import { describe, expect, it } from 'vitest';
import { addressParts } from '../../../src/lib/address-parts';

describe('addressParts', () => {
  it.each([
    ['https://semuligheter.no/', ['https://semuligheter.no/']],
    ['https://semuligheter.no/om-kampanjen/', ['https://semuligheter.no/', 'om-kampanjen/']],
    ['https://x.github.io/semuligheter/innsatsomrader/psykisk-helse/rss.xml', ['https://x.github.io/', 'semuligheter/', 'innsatsomrader/', 'psykisk-helse/', 'rss.xml']],
    ['https://semuligheter.no/virkemidler.schema.json', ['https://semuligheter.no/', 'virkemidler.schema.json']],
  ])('%s', (url, parts) => {
    expect(addressParts(url)).toEqual(parts);
    expect(addressParts(url).join('')).toBe(url);
  });
});
