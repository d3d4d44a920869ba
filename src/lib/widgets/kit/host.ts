// Where a widget's page keeps the site's files (models, their atlas slices): the article, an embed page
// and a custom element on another site each know it differently, and tell the widgets through this.
import { getContext, setContext } from 'svelte';
import type { LoadProgress } from '../../engine/backend';
import type { EngineHandle } from '../../engine/client';
import type { Services } from '../services';

export interface WidgetHost {
	/** the site's root as an absolute URL ending in "/", asked for only in the browser */
	root(): string;
}

const KEY = Symbol('widget-host');

export const setWidgetHost = (host: WidgetHost) => setContext(KEY, host);

/** The page's host; by default the folder the document is served from. */
export const getWidgetHost = (): WidgetHost =>
	getContext<WidgetHost | undefined>(KEY) ?? { root: () => new URL('./', document.baseURI).href };

/** How a widget's start went: its network running (on which backend, where), or why it could not start. */
export type ReadyDetail = { live: true; backend: string; engine: 'worker' | 'page' } | { live: false; error: string };

/** What a widget's network adapter is built from: the page's engine, where the site is, and a progress line. */
export interface BuildContext {
	engine: EngineHandle<Services>;
	host: WidgetHost;
	progress: (p: LoadProgress) => void;
}

/**
 * Opens the page's trained network in the engine (once) and fetches what the live figures read of its atlas,
 * both at once.
 */
export async function openTrained({ engine, host, progress }: BuildContext, model: string) {
	const opened = engine.openTrained(host.root(), model, progress);
	const slice = import('../../atlas/slice').then(({ loadSlice }) => loadSlice(host.root(), model));
	await Promise.all([opened, slice]);
	return slice;
}
