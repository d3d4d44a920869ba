// What the article page shares with the components inside its markdown: citations and prerendered widget states.
import { getContext, setContext } from 'svelte';
import type { Reference } from './citations';
import type { CurveDetectorsSnapshot } from '../widgets/curve-detectors';
import type { AtlasSummary } from '../analysis/summary';

const KEY = Symbol('article');

export interface ArticleContext {
	references: Map<string, Reference>;
	snapshots: { curveDetectors?: CurveDetectorsSnapshot };
	/** what the analysis measured in the network trained for this page */
	atlas?: AtlasSummary;
}

export const setArticleContext = (context: ArticleContext) => setContext(KEY, context);
export const getArticleContext = () => getContext<ArticleContext | undefined>(KEY);
