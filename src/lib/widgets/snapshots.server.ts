// Each widget's default state, computed once per build for every page that prerenders it (the article and
// the embed pages): the picture readers see before the network runs, or without JavaScript. Every widget
// folder has a snapshot.server.ts exporting `snapshot`.
const modules = import.meta.glob<{ snapshot: () => unknown }>('./*/snapshot.server.ts', { eager: true });

export function snapshotOf(slug: string): unknown {
	const module = modules[`./${slug}/snapshot.server.ts`];
	if (!module) throw new Error(`The widget "${slug}" has no snapshot.server.ts: it needs one for its picture without JavaScript`);
	return module.snapshot();
}
