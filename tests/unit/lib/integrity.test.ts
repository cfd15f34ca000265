import { describe, expect, it } from 'vitest';
import { findBrokenReferences, findImpossibleDates, findUrlClashes } from '../../../src/lib/integrity';

const measure = (id: string) => ({ collection: 'measures', id, filePath: `content/measures/${id}.mdx`, data: {} });

describe('findBrokenReferences', () => {
  it('accepts references to entries that exist', () => {
    const story = {
      collection: 'stories',
      id: 'a',
      filePath: 'content/stories/a.mdx',
      data: { measures: [{ collection: 'measures', id: 'mentor' }], focusArea: { collection: 'focusAreas', id: 'x' } },
    };
    const area = { collection: 'focusAreas', id: 'x', data: {} };
    expect(findBrokenReferences([story, measure('mentor'), area])).toEqual([]);
  });

  it.each([
    [
      'a missing measure in a list',
      { measures: [{ collection: 'measures', id: 'mentor' }, { collection: 'measures', id: 'lonn' }] },
      'content/stories/a.mdx: field "measures[1]" refers to unknown measures entry "lonn"',
    ],
    [
      'a missing single reference',
      { focusArea: { collection: 'focusAreas', id: 'nope' } },
      'content/stories/a.mdx: field "focusArea" refers to unknown focusAreas entry "nope"',
    ],
    [
      'a missing reference inside an object',
      { extra: { list: [{ collection: 'measures', id: 'ghost' }] } },
      'content/stories/a.mdx: field "extra.list[0]" refers to unknown measures entry "ghost"',
    ],
  ])('reports %s with file and field', (_, data, message) => {
    const story = { collection: 'stories', id: 'a', filePath: 'content/stories/a.mdx', data };
    expect(findBrokenReferences([story, measure('mentor')])).toEqual([message]);
  });

  it('ignores dates and plain objects that only look a little like references', () => {
    const entry = { collection: 'stories', id: 'a', data: { published: new Date(), quote: { text: 'x', by: 'y' } } };
    expect(findBrokenReferences([entry])).toEqual([]);
  });
});

describe('findUrlClashes', () => {
  it.each([
    ['distinct ids and aliases', [{ id: 'a', aliases: ['old-a'] }, { id: 'b', aliases: [] }], 0],
    ['an alias equal to another entry’s id', [{ id: 'a', aliases: [] }, { id: 'b', aliases: ['a'] }], 1],
    ['two entries with the same alias', [{ id: 'a', aliases: ['x'] }, { id: 'b', aliases: ['x'] }], 1],
  ])('%s → %i clash(es)', (_, entries, count) => {
    const full = entries.map((e) => ({ ...e, collection: 'stories', filePath: `content/stories/${e.id}.mdx` }));
    expect(findUrlClashes(full)).toHaveLength(count);
  });

  it.each([
    ['a page alias on a route’s folder', { id: 'om', aliases: ['historier'] }, ['content/pages/om.mdx: field "aliases[0]" claims the URL /historier/, which a route of the site already has']],
    ['a page named like the search route', { id: 'sok', aliases: [] }, ['content/pages/sok.mdx: field "id" claims the URL /sok/, which a route of the site already has']],
    ['a page alias on the share images', { id: 'om', aliases: ['del'] }, ['content/pages/om.mdx: field "aliases[0]" claims the URL /del/, which a route of the site already has']],
    ['a page alias that is free', { id: 'om', aliases: ['om-oss'] }, []],
  ])('%s', (_, page, expected) => {
    expect(findUrlClashes([{ collection: 'pages', filePath: `content/pages/${page.id}.mdx`, ...page }])).toEqual(expected);
  });

  it('lets entries of other collections use a route’s folder name as their slug', () => {
    expect(findUrlClashes([{ collection: 'stories', id: 'a', aliases: ['historier'] }])).toEqual([]);
  });

  it('allows the same slug in different collections', () => {
    expect(findUrlClashes([{ collection: 'stories', id: 'a', aliases: [] }, { collection: 'measures', id: 'a', aliases: [] }])).toEqual([]);
  });

  it('names the file and the field', () => {
    const [message] = findUrlClashes([
      { collection: 'stories', id: 'a', filePath: 'content/stories/a.mdx', aliases: [] },
      { collection: 'stories', id: 'b', filePath: 'content/stories/b.mdx', aliases: ['a'] },
    ]);
    expect(message).toBe('content/stories/b.mdx: field "aliases[0]" claims the URL of stories/a, which content/stories/a.mdx already has');
  });
});

describe('findImpossibleDates', () => {
  const file = (fm: string) => `---\ntitle: X\n${fm}\n---\nBody 2026-02-30 is not frontmatter.`;
  it.each([
    ['published: 2026-02-28', []],
    ['published: 2024-02-29', []],
    ['published: 2026-02-29', ['a.mdx: field "published" is not a real date: 2026-02-29']],
    ['updated: "2026-13-01"', ['a.mdx: field "updated" is not a real date: 2026-13-01']],
    ['checked: 2026-04-31', ['a.mdx: field "checked" is not a real date: 2026-04-31']],
  ])('%s → %j', (fm, expected) => {
    expect(findImpossibleDates('a.mdx', file(fm))).toEqual(expected);
  });
});
