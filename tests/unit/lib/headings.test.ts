import { describe, expect, it } from 'vitest';
import { fitBucket } from '../../../src/lib/headings';

describe('fitBucket', () => {
  it.each<[string, number | undefined]>([
    ['Mentor', undefined],
    ['Senke terskelen og gjøre det lettere å ansette', undefined],
    ['Arbeidstrening', undefined],
    ['Arbeidsgiverforening', 20],
    ['Midlertidig lønnstilskudd', undefined],
    ['Hjelpemiddelsentral', 19],
    ['Sykehjemsetaten', 15],
    ['Rekrutteringsbistand fra NAV', 20],
    ['Utdanningsspesialister i NAV', 22],
    ['Tilgjengelighetserklæring', 25],
    ['Funksjonsassistanse', 19],
    ['Modulbasert opplæring', undefined],
    ['Virkemidler: Inkluderingstilskudd – faktaark', 20],
    ['Ord-som/er–delt', undefined],
    ['Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 26],
  ])('%j → %s', (title, bucket) => {
    expect(fitBucket(title)).toBe(bucket);
  });
});
