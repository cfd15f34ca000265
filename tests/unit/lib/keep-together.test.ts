import { describe, expect, it } from 'vitest';
import { keepTogetherInHtml, keepTogetherParts } from '../../../src/lib/keep-together';

/** The parts as a string, with kept parts in brackets. */
const marked = (text: string) => keepTogetherParts(text).map((p) => (p.keep ? `[${p.text}]` : p.text)).join('');

describe('keepTogetherParts', () => {
  it.each([
    // text, the parts with kept words in brackets
    ['hull i CV-en', 'hull i [CV-en]'],
    ['hol i CV-en.', 'hol i [CV-en].'],
    ['PC-er og PC-en', '[PC-er] og [PC-en]'],
    ['HK-dir gir tilskudd', '[HK-dir] gir tilskudd'],
    ['«CV-en»', '«[CV-en]»'],
    // long compounds may break after the hyphen
    ['NAV-kontoret og NAV-køen', 'NAV-kontoret og NAV-køen'],
    ['IT-selskapet', 'IT-selskapet'],
    // one capital is not an abbreviation; a lower-case word is not one either
    ['A-en', 'A-en'],
    ['fag- og yrkesopplæring', 'fag- og yrkesopplæring'],
    // part of a longer word or hyphenated chain
    ['XCV-en', '[XCV-en]'],
    ['CV-en-mal', 'CV-en-mal'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  it.each(['hull i CV-en, og PC-er', 'ingen forkortelser', '', 'CV-en'])('gives %j back when the parts are joined', (text) => {
    expect(keepTogetherParts(text).map((p) => p.text).join('')).toBe(text);
  });
});

const K = (word: string) => `<span class="whitespace-nowrap">${word}</span>`;

describe('keepTogetherInHtml', () => {
  it.each([
    // HTML, the HTML after
    ['<p>Hull i CV-en.</p>', `<p>Hull i ${K('CV-en')}.</p>`],
    ['<footer><p>hull i CV-en</p><a href="/">PC-er</a></footer>', `<footer><p>hull i ${K('CV-en')}</p><a href="/">${K('PC-er')}</a></footer>`],
    // attributes, even with a `>` inside quotes
    ['<img alt="hull i CV-en"><p title="a > CV-en">x</p>', '<img alt="hull i CV-en"><p title="a > CV-en">x</p>'],
    // the head, scripts and styles, also with a `<` in them
    ['<head><title>CV-en</title><meta name="description" content="CV-en"></head><p>CV-en</p>', `<head><title>CV-en</title><meta name="description" content="CV-en"></head><p>${K('CV-en')}</p>`],
    ['<script type="application/ld+json">{"a":"CV-en <b>"}</script><p>CV-en</p>', `<script type="application/ld+json">{"a":"CV-en <b>"}</script><p>${K('CV-en')}</p>`],
    ['<script>if (a<b) x("CV-en")</script>CV-en', `<script>if (a<b) x("CV-en")</script>${K('CV-en')}`],
    // code, form options and SVG, with elements inside them
    ['<pre><code>CV-en <b>PC-er</b></code></pre> CV-en', `<pre><code>CV-en <b>PC-er</b></code></pre> ${K('CV-en')}`],
    ['<select><option>Hull i CV-en</option></select><label>Hull i CV-en</label>', `<select><option>Hull i CV-en</option></select><label>Hull i ${K('CV-en')}</label>`],
    ['<svg><title>CV-en</title><text>CV-en</text><path d="M0"/></svg>CV-en', `<svg><title>CV-en</title><text>CV-en</text><path d="M0"/></svg>${K('CV-en')}`],
    // comments and a doctype
    ['<!DOCTYPE html><!-- CV-en --><p>CV-en</p>', `<!DOCTYPE html><!-- CV-en --><p>${K('CV-en')}</p>`],
    // void elements inside a left-alone element do not keep it open
    ['<code>a<br>CV-en</code><p>CV-en</p>', `<code>a<br>CV-en</code><p>${K('CV-en')}</p>`],
    // nothing to do
    ['<p>NAV-kontoret</p>', '<p>NAV-kontoret</p>'],
  ])('%j', (html, expected) => {
    expect(keepTogetherInHtml(html)).toBe(expected);
  });

  it('returns the same string when there is nothing to keep together', () => {
    const html = '<p>Ingen forkortelser her.</p>';
    expect(keepTogetherInHtml(html)).toBe(html);
  });
});
