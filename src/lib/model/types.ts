// The trained network's types, on their own so that the forward pass (inception.ts) and the edits it
// applies (edits.ts) can share them without importing each other.
import type * as TF from '@tensorflow/tfjs-core';
import type { Architecture } from './architecture';

/** A network's weights by name (e.g. "mixed3b/b3/kernel"). */
export type WeightMap = Record<string, TF.Tensor>;

export interface Model {
	architecture: Architecture;
	classes: string[];
	weights: WeightMap;
}

/** Edits to the edges from the units of one layer into the units of the mixed block after it. */
export interface EdgeEdit {
	/** the mixed block whose inputs are edited, e.g. 'mixed3b' (its sources are the layer before) */
	target: string;
	/** 'drop-negative' removes the negative part of each edge's weights; 'cut' removes the edge */
	mode: 'drop-negative' | 'cut';
	pairs: { source: number; target: number }[];
}

/** Units of a bottleneck branch recomputed with some of the block's inputs removed. */
export interface Reroute {
	/** 1 for inputs kept, 0 for the cut sources: [1, 1, 1, in] */
	mask: TF.Tensor4D;
	/** the branch kernel's columns for these units, and their biases */
	kernel: TF.Tensor4D;
	bias: TF.Tensor1D;
	/** one-hot [1, 1, units, branch width]: puts the recomputed units back in their places */
	scatter: TF.Tensor4D;
}

export interface CompiledEdits {
	/** the edits compiled, for reading back what they were */
	edits: EdgeEdit[];
	/** replacement kernels of branches that read the block's input directly, by weight name */
	kernels: Map<string, TF.Tensor4D>;
	/** per `block/branch`: units recomputed without their cut sources, and which units they replace (0) */
	reroutes: Map<string, { groups: Reroute[]; keep: TF.Tensor1D }>;
	/** per `block/branch`: linear corrections added before the ReLU (drop-negative through a bottleneck) */
	corrections: Map<string, TF.Tensor4D>;
	/** false when any edit had to be applied as a linear correction */
	exact: boolean;
	dispose(): void;
}
