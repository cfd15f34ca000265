import { describe, expect, it } from 'vitest';
import { siteNames, type NamedSite } from '../../../../src/lib/search/site-names';
import { COUNTIES } from '../../../../src/lib/taxonomy';

const entry = (title: string, shortTitle?: string) => ({ data: { title, shortTitle } });
const empty: NamedSite = { measures: [], focusAreas: [], articles: [], pages: [], stories: [] };

describe('siteNames', () => {
  it.each([
    // which collection, its entry, the names expected from it
    ['measures', entry('Individuell jobbstøtte (IPS)', 'IPS'), ['Individuell jobbstøtte (IPS)', 'IPS']],
    ['measures', entry('Arbeidstrening'), ['Arbeidstrening']],
    ['focusAreas', entry('Bedre muligheter til opplæring', 'Opplæring'), ['Bedre muligheter til opplæring', 'Opplæring']],
    // only the title of other entries, even with a short name
    ['stories', entry('Bakeriet i Trondheim', 'Bakeriet'), ['Bakeriet i Trondheim']],
    ['articles', entry('Brev frå statsrådane'), ['Brev frå statsrådane']],
    ['pages', entry('Presse'), ['Presse']],
  ] as const)('%s: %j gives %j first', (collection, item, expected) => {
    const names = siteNames({ ...empty, [collection]: [item] });
    expect(names.slice(0, expected.length)).toEqual(expected);
  });

  it('ends with the vocabularies, in both written standards and with their other words', () => {
    const names = siteNames(empty);
    expect(names).toEqual(expect.arrayContaining(['Trøndelag', 'Nord-Norge', 'oppdrett']));
    const nordland = COUNTIES.find((c) => c.id === 'nordland');
    expect(names).toContain(nordland?.nn);
  });
});
