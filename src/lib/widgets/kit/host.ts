// Where a widget's page keeps the site's files (models, their atlas slices): the article, an embed page
// and a custom element on another site each know it differently, and tell the widgets through this.
import { getContext, setContext } from 'svelte';
import type { LoadProgress, Runtime } from '../../model/runtime';

export interface WidgetHost {
	/** the site's root as an absolute URL ending in "/", asked for only in the browser */
	root(): string;
}

const KEY = Symbol('widget-host');

export const setWidgetHost = (host: WidgetHost) => setContext(KEY, host);

/** The page's host; by default the folder the document is served from. */
export const getWidgetHost = (): WidgetHost => getContext<WidgetHost | undefined>(KEY) ?? { root: () => new URL('./', document.baseURI).href };

/** What a widget's network adapter is built from. */
export interface BuildContext {
	runtime: Runtime;
	host: WidgetHost;
	progress: (p: LoadProgress) => void;
}
