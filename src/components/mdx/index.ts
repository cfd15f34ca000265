/** Components editors may use in MDX without importing them (passed to `<Content components>`). */
import Sitat from './Sitat.astro';
import Faktaboks from './Faktaboks.astro';
import Callout from './Callout.astro';

export const mdxComponents = { Sitat, Faktaboks, Callout };
