import { describe, expect, it } from 'vitest';
import { cardElement, titleSize, type CardNode } from '../../../../src/lib/share/card';

describe('titleSize', () => {
  it.each([
    [10, 80],
    [36, 80],
    [37, 68],
    [60, 68],
    [90, 56],
    [140, 48],
  ])('%i characters → %i px', (length, size) => {
    expect(titleSize('x'.repeat(length))).toBe(size);
  });
});

function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}

describe('cardElement', () => {
  it('is 1200×630 and shows title, kind, focus area and host', () => {
    const card = cardElement({ title: 'Bakeriet', kind: 'Historie', focus: 'Senke terskelen', host: 'semuligheter.no' });
    expect(card.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(texts(card)).toEqual(expect.arrayContaining(['Bakeriet', 'Historie', 'Senke terskelen', 'semuligheter.no', 'Semuligheter']));
  });

  it('names the campaign effort when there is no focus area', () => {
    expect(texts(cardElement({ title: 'T', kind: 'K', host: 'h' }))).toContain('Inkluderingsdugnaden');
  });
});
