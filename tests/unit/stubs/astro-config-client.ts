/** Stand-in for Astro's `astro:config/client` virtual module in unit tests. */
export const base = '/';
export const trailingSlash = 'always';
