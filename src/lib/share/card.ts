/**
 * The layout of a 1200×630 share card as a satori element tree: plain objects in the shape satori
 * reads (`{ type, props: { style, children } }`), so no React is needed.
 */
import { CARD_SIZE, COLORS } from './theme';

/** What a card shows. */
export interface CardContent {
  /** The page title, the largest text on the card. */
  title: string;
  /** What kind of page it is, for example «Historie» or «Virkemiddel». */
  kind: string;
  /** The focus area the page belongs to, if any. */
  focus?: string | undefined;
  /** Host name shown in the corner, for example «semuligheter.no». */
  host: string;
}

/** A satori element: a tag with style and children. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

function el(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** Font size for the title: long titles get smaller type so they fit in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 36) return 80;
  if (title.length <= 60) return 68;
  if (title.length <= 90) return 56;
  return 48;
}

/** The satori element tree for one share card. */
export function cardElement(content: CardContent): CardNode {
  const { width, height } = CARD_SIZE;
  const header = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
    el('div', { display: 'flex', fontSize: 44, fontWeight: 800, color: COLORS.white }, [
      el('span', { color: COLORS.orangeLight }, '#'),
      el('span', {}, 'Semuligheter'),
    ]),
    el(
      'div',
      {
        display: 'flex',
        fontSize: 26,
        fontWeight: 700,
        color: COLORS.white,
        backgroundColor: COLORS.orange,
        padding: '8px 20px',
        borderRadius: 999,
        textTransform: 'uppercase',
        letterSpacing: 1,
      },
      content.kind,
    ),
  ]);
  const title = el(
    'div',
    {
      display: 'block',
      fontSize: titleSize(content.title),
      fontWeight: 800,
      lineHeight: 1.1,
      color: COLORS.white,
      lineClamp: 4,
    },
    content.title,
  );
  const footer = el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      backgroundColor: COLORS.sand,
      color: COLORS.navy,
      padding: '0 72px',
      height: 96,
      fontSize: 30,
      fontWeight: 700,
    },
    [el('div', { display: 'flex' }, content.focus ?? 'Inkluderingsdugnaden'), el('div', { display: 'flex', fontWeight: 400 }, content.host)],
  );
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width, height, backgroundColor: COLORS.navy, fontFamily: 'Source Sans 3' },
    [
      el('div', { display: 'flex', height: 16, backgroundColor: COLORS.orangeLight }),
      el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '48px 72px 56px' }, [header, title]),
      footer,
    ],
  );
}
