/** Plain share URLs for social services: links only, so no third-party script ever loads. */

/** A service a page can be shared to. */
export interface ShareLink {
  id: 'epost' | 'linkedin' | 'facebook' | 'x';
  /** The service's name as shown on the link. */
  name: string;
  href: string;
}

/**
 * Share links for a page.
 * @param url - the page's absolute URL
 * @param title - the page's title, used as the e-mail subject and the post text
 * @param emailName - the word for e-mail in the page's language
 */
export function shareLinks(url: string, title: string, emailName: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { id: 'epost', name: emailName, href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}` },
    { id: 'linkedin', name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'x', name: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(`${title} #Semuligheter`)}` },
  ];
}
