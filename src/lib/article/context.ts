// What the article page shares with the components inside its markdown: citations, prerendered widget
// states and what the analysis measured.
import { getContext, setContext } from 'svelte';
import type { Reference } from './citations';
import type { AtlasSummary } from '../analysis/summary';
import type { LayerSlice } from '../atlas/slice';
import type { GallerySummary } from '../analysis/gallery';
import type { CensusSummary } from '../analysis/replication';
import type { ArgumentsFile } from '../atlas/arguments';

const KEY = Symbol('article');

export interface ArticleContext {
	references: Map<string, Reference>;
	/** each widget's default state, computed at build time, by slug */
	snapshots: Record<string, unknown>;
	/** what the analysis measured in the networks trained for this page */
	atlas?: AtlasSummary;
	/** the article's network: its layers, size, and how much it was trained on */
	/** feature visualizations grown when the site was built (the curve family, the head units, the polysemantic unit) */
	gallery?: GallerySummary | null;
	network?: { layers: LayerSlice[]; parameters: number; modelBytes: number; trainingScenes: number };
	/** curve families layer by layer, over the trainings (the network's page only) */
	census?: CensusSummary;
	/** the seven arguments, unit by unit, for the curve families (the network's page only) */
	sevenArguments?: ArgumentsFile;
}

export const setArticleContext = (context: ArticleContext) => setContext(KEY, context);
export const getArticleContext = () => getContext<ArticleContext | undefined>(KEY);

/**
 * Sets the context of a page built from markdown (the article, the network's page) from its build-time data
 * and the references its text cites (numbered when the markdown compiled); returns those references.
 */
export function provideArticleContext(
	data: Pick<ArticleContext, 'snapshots' | 'atlas' | 'gallery' | 'network' | 'census' | 'sevenArguments'>,
	cited: Reference[]
) {
	setArticleContext({
		references: new Map(cited.map((r) => [r.key, r])),
		snapshots: data.snapshots,
		atlas: data.atlas,
		gallery: data.gallery,
		network: data.network,
		census: data.census,
		sevenArguments: data.sevenArguments
	});
	return cited;
}
