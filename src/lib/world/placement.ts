// Where an object of the world is drawn, and how: the placement every drawing function takes, the style
// the animals' heads are drawn in, and the box a shape's pixels lie within. `facing` is +1 for right, −1 for left.
import type { Bounds, Rgb } from './raster';

export interface Placement {
	cx: number;
	cy: number;
	scale: number;
	facing: 1 | -1;
	/** how heads are drawn; the training world uses TRAINING_STYLE only */
	style?: DrawingStyle;
}

/**
 * Proportions and coats of the animals' heads. The training world draws one style; a second style,
 * never trained on, tells whether the network learned what a dog is or only how this world draws one.
 */
export interface DrawingStyle {
	name: string;
	/** snout length, head size and ear length, relative to the training style */
	snout: number;
	head: number;
	ear: number;
	dogCoats: Rgb[];
	catCoats: Rgb[];
}

/** The box of a circle of radius `r` about (cx, cy): where a shape's drawing may touch. */
export const around = (cx: number, cy: number, r: number): Bounds => ({
	x0: cx - r,
	y0: cy - r,
	x1: cx + r,
	y1: cy + r
});
