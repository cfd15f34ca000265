/**
 * <share-native>: shows a «share with an app» button only where the Web Share API exists
 * (mostly phones), and opens the system share sheet with the page's title and address.
 */
class ShareNative extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    const url = this.dataset['url'];
    const title = this.dataset['title'];
    if (!button || !url || typeof navigator.share !== 'function') return;
    const data = { url, ...(title ? { title } : {}) };
    if (navigator.canShare && !navigator.canShare(data)) return;
    this.hidden = false;
    button.addEventListener('click', () => {
      // A cancelled share sheet rejects; that is the user's choice, not an error.
      navigator.share(data).catch(() => undefined);
    });
  }
}

if (!customElements.get('share-native')) customElements.define('share-native', ShareNative);
