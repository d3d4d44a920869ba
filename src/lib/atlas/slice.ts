// What the live widgets read of the atlas: a slice made at build time (/models/<name>/slice.json), typed,
// small enough to fetch with the page, with units as { layer, unit } and no strings to parse.
import type { CurveCondition } from '../measure/curve-stimuli';

export interface SliceExample {
	/** the held-out scene datasetScene(split, index) */
	index: number;
	row: number;
	column: number;
	activation: number;
}

export interface CurveUnitSlice {
	unit: number;
	preferredAngle: number;
	selectivity: number;
	/** activation at each of curves.angles, on the selection stimuli */
	tuning: number[];
	/** whether its branch reads the early curves directly (else through a 1×1 bottleneck and its ReLU) */
	direct: boolean;
	/** the strongest inputs from the early-curve family, strongest first */
	inputs: { unit: number; preferredAngle: number; strength: number }[];
	/** the held-out scenes that excite it most */
	examples: SliceExample[];
}

export interface CurveEditSlice {
	name: 'all-negative' | 'opposite-negative';
	/** [source, target] unit pairs whose negative weights go */
	pairs: [number, number][];
	exact: boolean;
	/** each family unit's tuning after the edit (same order as curves.units) */
	tuningAfter: number[][];
	rise180: number;
	rise90: number;
	margin: number;
}

export interface LayerSlice {
	name: string;
	type: string;
	/** units (channels) and the side of its square map, for the conv and mixed layers */
	units: number;
	mapSize: number;
}

/** A unit of the high-low family as its widget shows it. */
export interface HighLowUnitSlice {
	unit: number;
	preferredAngle: number;
	/**
	 * activation at each of highLow.angles: the high-low boundary at the default blur,
	 * averaged over the evaluation's textures
	 */
	evaluationTuning: number[];
	/** at its preferred angle, averaged over the textures: the high-low boundary at each of highLow.blurs */
	highLow: number[];
	examples: SliceExample[];
}

export interface HighLowSlice {
	layer: string;
	angles: number[];
	cell: { row: number; column: number };
	shift: { x: number; y: number };
	/** units in the family; those shown are the strongest of each 30° of preferred angle */
	familySize: number;
	units: HighLowUnitSlice[];
	/** the evaluation's textures (seeds), blurs and default blur */
	seeds: number[];
	blurs: number[];
	defaultBlur: number;
	/**
	 * over the whole family, at the default blur: medians of per-unit ratios to the high-low boundary
	 * (plain edges of one and two texture contrasts, the boundary swapped)
	 */
	edgeRatio: number | null;
	strongEdgeRatio: number | null;
	swappedRatio: number | null;
	edgeWins: number;
	/** the whole family's mean response against blur */
	blurCurve: { highLow: number[]; edgeDark: number[]; edgeLight: number[] };
	examplesSplit: number;
}

/** A head unit as the dog-circuit widget shows it. */
export interface HeadUnitSlice {
	unit: number;
	meanLeft: number;
	meanRight: number;
	/** per-head ratios left ÷ right (median and quartiles; null where the other side is silent) */
	leftRight: { median: number | null; q1: number | null; q3: number | null; silent: number; samples: number };
}

export interface HeadsSlice {
	/** heads of the analysis: analysisSeed(0 … pairs − 1) */
	pairs: number;
	sourceLayer: string;
	circuitLayer: string;
	unionLayer: string;
	left: HeadUnitSlice;
	right: HeadUnitSlice;
	union: HeadUnitSlice;
	/** the strongest oriented sources of each pathway in the block below */
	sources: { left: HeadUnitSlice[]; right: HeadUnitSlice[] };
	/** edges from those sources into the pair: [source, target, strength] */
	edges: [number, number, number][];
	/** every edge carrying inhibition from one pathway into the other's unit: [source, target] */
	inhibitory: [number, number][];
	/** the pair's edges into the union ([source, strength]) and the union's weight in the dog logit, where they exist */
	unionEdges: [number, number][];
	dogWeight: number | null;
	/** the dog class's index among the logits */
	dogClass: number;
	/** the pair's preferences once the inhibition is cut, as the analysis measured them */
	afterCut: { left: HeadUnitSlice; right: HeadUnitSlice; union: HeadUnitSlice };
	dog: { left: number; right: number; chimera: number };
	afterCutDog: { left: number; right: number; chimera: number };
}

export interface AtlasSlice {
	model: string;
	/** decorrelated colour → RGB for feature visualization (the world's colour covariance, square-rooted) */
	colour: number[][];
	/** each unit's activation on its best held-out scene, by layer (the bar feature visualization should clear) */
	bestExample: Record<string, number[]>;
	/** bytes of the model's files, for the loading progress */
	modelBytes: number;
	classes: string[];
	heldoutAccuracy: number;
	heldoutStyleAccuracy: number;
	parameters: number;
	layers: LayerSlice[];
	curves: {
		layer: string;
		radius: number;
		angles: number[];
		/** where the family is read, and where that cell's receptive field is centred (pixels from the image centre, y up) */
		cell: { row: number; column: number };
		shift: { x: number; y: number };
		selection: CurveCondition;
		largestGap: number;
		units: CurveUnitSlice[];
		early: { layer: string; units: { unit: number; preferredAngle: number }[] };
		edits: CurveEditSlice[];
		examplesSplit: number;
		examplesMapSize: number;
	};
	heads: HeadsSlice;
	highLow: HighLowSlice;
}

export class SliceLoadError extends Error {}

const slices = new Map<string, Promise<AtlasSlice>>();

/** Fetches a model's slice once per page. */
export function loadSlice(root: string, model: string): Promise<AtlasSlice> {
	const url = new URL(`models/${model}/slice.json`, root).href;
	let load = slices.get(url);
	if (!load) {
		load = fetch(url).then(async (response) => {
			if (!response.ok)
				throw new SliceLoadError(`Could not load what the analysis measured (slice.json: HTTP ${response.status}).`);
			try {
				const slice = (await response.json()) as AtlasSlice;
				if (!Array.isArray(slice.curves?.units)) throw new Error();
				return slice;
			} catch {
				throw new SliceLoadError('What the analysis measured (slice.json) is damaged or not for this site.');
			}
		});
		load.catch(() => slices.delete(url));
		slices.set(url, load);
	}
	return load;
}
