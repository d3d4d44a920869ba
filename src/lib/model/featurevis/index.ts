// Feature visualization (Olah, Mordvintsev and Schubert, Distill 2017): gradient ascent on the input to
// excite one unit (at one cell of its map) or a whole channel, kept in the parts Lucid keeps apart:
// param/ makes the picture (Fourier coefficients in decorrelated colour, or one stroke of ink),
// transforms.ts the robustness (jitter, scale and rotation afresh at every step), objectives.ts what is
// climbed (the unit, against others, pushed apart, kept plain), and render.ts the loop. Deterministic for a
// seed; runs on any tfjs backend (everything it differentiates is matrix products, convolutions and
// elementwise maths).
export { featureVis } from './render';
export type { FeatureVis, FeatureVisOptions } from './options';
export { STROKE, type StrokeLook } from './param/stroke';
export { readWindow } from './read';
export { pictureSimilarity } from './objectives';

/**
 * A run's length and random start when the reader changes neither (the widget's defaults, and the pictures made at
 * build time).
 */
export const VIS_DEFAULTS = { steps: 256, seed: 1 } as const;

/**
 * Several pictures at once: the diversity term's weight when the reader sets none, chosen for this network
 * on the polysemantic unit (on seeds 1 to 4; diversity.test.ts checks it on others), and the limits a
 * reader can set.
 */
export const DIVERSITY = {
	/**
	 * the weight: the largest of 2, 2.5, 3, 4, 6 and 8 at which pictures of the polysemantic unit pushed apart differ
	 * more than four independent runs (similarity 0.03 lower) and excite it nearly as much (0.9 of theirs), on average
	 * over seeds 1 to 4
	 */
	weight: 2.5,
	max: 64,
	/** pictures at once, at most: each costs a step as much as one picture does */
	most: 6,
	/** how many the "several pictures" view grows */
	several: 4
} as const;

/** A picture grown with the defaults when the site was built, as pages show it before a run. */
export interface BuiltPicture {
	/** the picture itself, as a data URL (a widget may be embedded anywhere) */
	src: string;
	steps: number;
	seed: number;
	/** the unit's activation on it */
	activation: number;
}

/**
 * tfjs-core alone knows no gradients: the ascent needs them registered, once per page. Loaded on demand,
 * in the browser only (its modules are written for a bundler).
 */
export const registerGradients = () => import('@tensorflow/tfjs-core/dist/register_all_gradients');
