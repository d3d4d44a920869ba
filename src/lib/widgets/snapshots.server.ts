// Each widget's default state, computed once per build for every page that prerenders it (the article and
// the embed pages): the picture readers see before the network runs, or without JavaScript; and its
// thumbnail for link previews. Every widget folder has a snapshot.server.ts exporting `snapshot` and
// `thumbnail`, listed here by slug.
import type { Picture } from '../world/canvas.server';
import * as curveDetectors from './curve-detectors/snapshot.server';
import * as curveFamily from './curve-family/snapshot.server';
import * as dogCircuit from './dog-circuit/snapshot.server';
import * as featureVis from './feature-vis/snapshot.server';
import * as highLow from './high-low/snapshot.server';
import * as polysemanticityPenalty from './polysemanticity-penalty/snapshot.server';
import * as superposition from './superposition/snapshot.server';
import * as superpositionPhase from './superposition-phase/snapshot.server';

interface SnapshotModule {
	snapshot: () => unknown;
	thumbnail?: () => Picture | null;
}

export const SNAPSHOTS: Record<string, SnapshotModule> = {
	'curve-detectors': curveDetectors,
	'curve-family': curveFamily,
	'dog-circuit': dogCircuit,
	'feature-vis': featureVis,
	'high-low': highLow,
	'polysemanticity-penalty': polysemanticityPenalty,
	superposition,
	'superposition-phase': superpositionPhase
};

function moduleOf(slug: string) {
	const module = SNAPSHOTS[slug];
	if (!module)
		throw new Error(`The widget "${slug}" has no snapshot.server.ts: it needs one for its picture without JavaScript`);
	return module;
}

export const snapshotOf = (slug: string): unknown => moduleOf(slug).snapshot();

/** The widget's own picture for its thumbnail: what its network reads, or what it draws, in the default state. */
export const thumbnailArtOf = (slug: string): Picture | null => moduleOf(slug).thumbnail?.() ?? null;
