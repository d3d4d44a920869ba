// Where the site is, seen from the custom elements' script (/embed/widgets.js, which holds this module): its
// stylesheet beside it, and the site's root, with the article, the models and the engine's worker, above it.
export const STYLESHEET = new URL(/* @vite-ignore */ './widgets.css', import.meta.url).href;
/** The site's root: the article, and the models below it. */
export const SITE = new URL(/* @vite-ignore */ '../', import.meta.url).href;
