/**
 * <search-from-path>: on the 404 page, fills the empty search box with the words of the address
 * that led nowhere, so a broken link is one click from a search for what it pointed to. Without
 * JavaScript the box stays empty and works as usual.
 */
import { wordsFromPath } from '../lib/search/path-words';

class SearchFromPath extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    const note = this.querySelector<HTMLElement>('[data-note]');
    const base = this.dataset['base'];
    if (!input || base === undefined || input.value !== '') return;
    const words = wordsFromPath(location.pathname, base);
    if (words === '') return;
    // A value, not HTML: whatever the address holds is only ever text here.
    input.value = words;
    if (note) {
      note.hidden = false;
      // Only now: a description pointing at the hidden note would be read out over an empty box.
      if (note.id) input.setAttribute('aria-describedby', note.id);
    }
  }
}

if (!customElements.get('search-from-path')) customElements.define('search-from-path', SearchFromPath);
