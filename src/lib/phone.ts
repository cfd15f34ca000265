/** Phone numbers as content writes them («55 55 33 36») and as links and people read them. */

/**
 * A `tel:` address with Norway's country code, so the link also works from a foreign SIM or a
 * softphone.
 * @param phone - an eight-digit Norwegian number as written in content, spaces allowed; a number
 *   that already starts with + is kept as it is
 */
export function telHref(phone: string): string {
  const compact = phone.replace(/[\s\u00a0]/g, '');
  return compact.startsWith('+') ? `tel:${compact}` : `tel:+47${compact}`;
}

/** The number with non-breaking spaces, so it never wraps in the middle. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/ /g, '\u00a0');
}
