/**
 * <share-copy>: shows the copy button when the clipboard can be written, copies the link in the
 * readonly input and says so in the status region. Without JavaScript the button stays hidden and
 * the input can be selected and copied by hand.
 */
class ShareCopy extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!input || !button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = status.dataset['copied'] ?? '';
      } catch {
        input.select();
        status.textContent = status.dataset['failed'] ?? '';
      }
    });
    // Selecting the whole address on focus makes copying by hand one shortcut away.
    input.addEventListener('focus', () => input.select());
  }
}

if (!customElements.get('share-copy')) customElements.define('share-copy', ShareCopy);
