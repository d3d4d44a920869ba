// Each widget's default state, computed once per build for every page that prerenders it (the article and
// the embed pages): the picture readers see before the network runs, or without JavaScript; and its
// thumbnail for link previews. Every widget folder has a snapshot.server.ts exporting `snapshot` and
// `thumbnail`.
import type { Picture } from '../world/canvas.server';

const modules = import.meta.glob<{ snapshot: () => unknown; thumbnail: () => Picture | null }>(
	'./*/snapshot.server.ts',
	{ eager: true }
);

function moduleOf(slug: string) {
	const module = modules[`./${slug}/snapshot.server.ts`];
	if (!module)
		throw new Error(`The widget "${slug}" has no snapshot.server.ts: it needs one for its picture without JavaScript`);
	return module;
}

export const snapshotOf = (slug: string): unknown => moduleOf(slug).snapshot();

/** The widget's own picture for its thumbnail: what its network reads, or what it draws, in the default state. */
export const thumbnailArtOf = (slug: string): Picture | null => moduleOf(slug).thumbnail?.() ?? null;
