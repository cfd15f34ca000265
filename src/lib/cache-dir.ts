/** Where the cache folder is unless ASTRO_CACHE_DIR says otherwise (the deploy workflow keeps it between runs). */
export const DEFAULT_CACHE_DIR = './node_modules/.astro';

/**
 * Astro's cache folder (processed images, the content store, drawn share cards). Builds that must
 * not mix their entries with the real content's (benchmarks, fixture tests) set ASTRO_CACHE_DIR.
 * Relative to the project root, where builds run.
 */
export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? DEFAULT_CACHE_DIR;
