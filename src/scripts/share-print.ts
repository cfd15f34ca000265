/** <share-print>: shows a print button (window.print needs JavaScript; without it, the browser's own print works). */
class SharePrint extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button || typeof window.print !== 'function') return;
    this.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('share-print')) customElements.define('share-print', SharePrint);
