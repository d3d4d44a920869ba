// What a feature visualization run is asked for, and what it answers: the types every part of the run shares.
import type { StrokeLook } from './param/stroke';

export interface FeatureVisOptions {
	layer: string;
	unit: number;
	/**
	 * 'neuron': the unit at one cell of its map (the centre unless `cell` says); 'channel': its mean over the whole map
	 */
	objective: 'neuron' | 'channel';
	/** 1 to excite the unit, −1 to find what turns it off */
	sign: 1 | -1;
	seed: number;
	/** the neuron objective's cell of the unit's map; the centre by default */
	cell?: { row: number; column: number };
	/** how many pictures grow at once (1 by default), and how hard they are pushed apart */
	count?: number;
	diversity?: number;
	/** one grey channel instead of colour */
	grey?: boolean;
	/** what the picture is made of: smooth waves of colour (Fourier coefficients), or one stroke of ink on paper */
	draw?: 'waves' | 'stroke';
	/** what the stroke looks like (its width, length, ink and paper): needed where `draw` is 'stroke' */
	stroke?: StrokeLook;
	/** other units of the same layer whose mean (at the same cell) is subtracted from the objective: the
	 * picture then shows what this unit answers and they do not (its family's, say) */
	against?: number[];
	/** weight of a penalty on how far the picture strays from mid-grey (its mean absolute deviation): what
	 * the unit does not need fades, and what it needs stands out */
	plainness?: number;
	/** image side in pixels: the network's input size (its architecture's) by default */
	size?: number;
	/**
	 * the values the network expects of a pixel, lowest and highest: [0, 1] by default. Pictures grow and are
	 * handed back in [0, 1]; the network reads them mapped into this range
	 */
	inputRange?: readonly [number, number];
	/** side of the parameterised picture, upsampled to `size`: half of it by default, which keeps the picture's
	 * detail at two pixels and costs an eighth of a full-size parameterisation */
	resolution?: number;
	learningRate?: number;
	/** how fast the coefficients' scale falls with frequency */
	decay?: number;
	/** 3×3 matrix mapping decorrelated colour to RGB (rows: R, G, B); the identity by default */
	colour?: number[][];
	/** jitter in pixels, scales and rotations (degrees) drawn afresh at every step */
	jitter?: number;
	scales?: number[];
	rotations?: number[];
}

export interface FeatureVis {
	/** takes `n` steps; returns the objective after the last (the mean over the pictures) */
	step(n?: number): number;
	/** the current picture, size² RGB values in [0, 1] (the first, when several grow) */
	image(): Float32Array;
	/** every current picture */
	images(): Float32Array[];
	/**
	 * the unit's activation (at its cell, or its channel mean) on the current picture, untransformed (the first, when
	 * several grow)
	 */
	activation(): number;
	/** the same for every picture */
	activations(): number[];
	readonly steps: number;
	dispose(): void;
}
