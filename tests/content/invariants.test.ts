/** Rules the campaign content must keep, beyond what each entry's schema checks. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, dataFile, entries } from './load';

const stories = entries('stories');
const measures = entries('measures');
const focusAreas = entries('focus-areas');
const articles = entries('articles');
const pages = entries('pages');
const toolkit = dataFile('toolkit.yaml');
const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));

describe('counts the campaign promised', () => {
  it.each([
    ['measures', measures.length, 14],
    ['stories', stories.length, 16],
    ['industries among stories', new Set(stories.map((s) => s.data.industry)).size, 8],
    ['counties among stories', new Set(stories.map((s) => s.data.county)).size, 8],
    ['articles', articles.length, 3],
    ['focus areas', focusAreas.length, 3],
    ['toolkit areas', toolkit.length, 5],
  ])('%s: %i (at least %i)', (_, actual, minimum) => {
    expect(actual).toBeGreaterThanOrEqual(minimum);
  });

  it('every focus area has stories', () => {
    const used = new Set(stories.map((s) => s.data.focusArea));
    expect([...ids(focusAreas)].filter((id) => !used.has(id))).toEqual([]);
  });

  it('at least four entries are in Nynorsk, among them stories, an article and a measure', () => {
    const nn = [...stories, ...measures, ...articles, ...pages].filter((e) => e.data.lang === 'nn');
    expect(nn.length).toBeGreaterThanOrEqual(4);
    expect(stories.filter((s) => s.data.lang === 'nn').length).toBeGreaterThanOrEqual(2);
    expect(articles.some((a) => a.data.lang === 'nn')).toBe(true);
    expect(measures.some((m) => m.data.lang === 'nn')).toBe(true);
  });

  it.each(['senke-terskelen', 'psykisk-helse', 'opplaering'])('the focus area %s exists', (id) => {
    expect(ids(focusAreas).has(id)).toBe(true);
  });
});

describe('references', () => {
  const measureIds = ids(measures);
  const storyIds = ids(stories);
  const areaIds = ids(focusAreas);
  const refs: [string, string, string, Set<string>][] = [
    ...stories.flatMap((s) => [
      ...s.data.measures.map((m: string) => [s.file, 'measures', m, measureIds] as [string, string, string, Set<string>]),
      [s.file, 'focusArea', s.data.focusArea, areaIds] as [string, string, string, Set<string>],
    ]),
    ...measures.flatMap((m) => [
      ...m.data.combinesWith.map((c: string) => [m.file, 'combinesWith', c, measureIds] as [string, string, string, Set<string>]),
      ...m.data.focusAreas.map((a: string) => [m.file, 'focusAreas', a, areaIds] as [string, string, string, Set<string>]),
    ]),
    ...toolkit.flatMap((t) => [
      ...t.measures.map((m: string) => [`toolkit ${t.id}`, 'measures', m, measureIds] as [string, string, string, Set<string>]),
      ...t.stories.map((s: string) => [`toolkit ${t.id}`, 'stories', s, storyIds] as [string, string, string, Set<string>]),
    ]),
  ];
  it.each(refs)('%s → %s: %s exists', (_file, _field, id, known) => {
    expect(known.has(id)).toBe(true);
  });

  it('every measure is used by at least one story', () => {
    const used = new Set(stories.flatMap((s) => s.data.measures as string[]));
    expect([...measureIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it('combinations go both ways', () => {
    const oneWay = measures.flatMap((m) =>
      (m.data.combinesWith as string[])
        .filter((other) => !measures.find((x) => x.id === other)?.data.combinesWith.includes(m.id))
        .map((other) => `${m.id} → ${other}`),
    );
    expect(oneWay).toEqual([]);
  });
});

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (_, story) => {
  it('is marked as an illustrative example', () => {
    expect(story.data.illustrative).toBe(true);
  });
  it('has an image file and meaningful alt text', () => {
    expect(existsSync(resolve(dirname(join(CONTENT, 'stories', `${story.id}.mdx`)), story.data.image.src))).toBe(true);
    expect(story.data.image.alt.trim().length).toBeGreaterThan(15);
  });
  it('has the parts a story needs: business, quote, result and the four sections', () => {
    expect(story.data.business).toBeTruthy();
    expect(story.data.quote.text).toBeTruthy();
    expect(story.data.result).toBeTruthy();
    expect(story.body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });
});

describe.each(measures.map((m) => [m.id, m] as const))('measure %s', (_, measure) => {
  const facts = [...measure.data.employerGets, ...measure.data.duration] as { text: string; source?: string }[];
  const sourceUrls = new Set((measure.data.sources as { url: string }[]).map((s) => s.url));

  it('gives a source for every fact with a figure', () => {
    expect(facts.filter((f) => /\d/.test(f.text) && !f.source).map((f) => f.text)).toEqual([]);
  });
  it('lists every fact’s source among its sources', () => {
    expect(facts.filter((f) => f.source && !sourceUrls.has(f.source)).map((f) => f.source)).toEqual([]);
  });
  it('has a checked date', () => {
    expect(measure.data.checked).toBeTruthy();
  });
});

describe.each([...stories, ...measures, ...focusAreas, ...articles, ...pages].map((e) => [e.file, e] as const))('%s', (_, entry) => {
  it('has no bold line run into the text below it (Markdown joins them into one paragraph; use a heading)', () => {
    const lines = entry.body.split(/\r?\n/);
    const runOn = lines.filter((line, i) => /^\*\*[^*]+\*\*$/.test(line.trim()) && (lines[i + 1] ?? '').trim() !== '');
    expect(runOn).toEqual([]);
  });
});
