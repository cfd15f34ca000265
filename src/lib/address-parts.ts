/** Where a long address shown as text may break: after a slash, never inside a name. */

/**
 * An absolute address cut after each slash of its path, the scheme's «//» kept with the host:
 * `https://semuligheter.no/om-kampanjen/` → `https://semuligheter.no/`, `om-kampanjen/`.
 * Joined, the parts give the address back.
 */
export function addressParts(url: string): string[] {
  return url.split(/(?<=[^/]\/)(?!\/)/);
}
