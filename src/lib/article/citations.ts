// The article's references: numbered and formatted from content/references.bib when the markdown compiles
// (see remark-distill.js), so the page gets them as data.
export type { Reference } from './bibtex.js';
