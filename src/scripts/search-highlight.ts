/**
 * <search-highlight>: on a page opened from a search result (?markert=…), loads the code that marks
 * the search terms. Without the parameter it does nothing and loads nothing more.
 */
class SearchHighlight extends HTMLElement {
  connectedCallback(): void {
    const terms = new URLSearchParams(location.search).get('markert');
    if (!terms) return;
    void import('./search-highlight-run').then((m) => m.highlightPage(terms));
  }
}

if (!customElements.get('search-highlight')) customElements.define('search-highlight', SearchHighlight);
