import { describe, expect, it } from 'vitest';
import { BANNERS, bannerAlt, isWideBanner } from '../../../../src/lib/share/banners';

describe('bannerAlt', () => {
  it.each([
    // The words on the banner: a leaderboard has no room for the address.
    [{ width: 728, height: 90 }, '#Semuligheter. Trenger dere folk? Se mulighetene.'],
    [{ width: 1200, height: 628 }, '#Semuligheter. Trenger dere folk? Se mulighetene. semuligheter.no'],
    [{ width: 300, height: 250 }, '#Semuligheter. Trenger dere folk? Se mulighetene. semuligheter.no'],
  ])('%j → %j', (size, expected) => {
    expect(bannerAlt(size)).toBe(expected);
  });
});

describe('isWideBanner', () => {
  it('is true only for the leaderboard among the banners', () => {
    expect(BANNERS.filter(isWideBanner).map((b) => b.id)).toEqual(['semuligheter-728x90']);
  });
});
