// The curve stimuli the analysis measures with, as RGB images the trained network reads: curves and lines
// under named viewing conditions (the one families are chosen on, and those they are evaluated on).
import { renderCurve, type CurveStimulus } from '../world/stimuli';
import { Raster, type Rgb } from '../world/raster';
import { Rng } from '../world/rng';
import { mix, speckle, valueNoise } from '../world/textures';
import { IMAGE_SIZE } from '../world/scenes';
import type { StrokeLook } from '../model/featurevis';

/** How a curve is shown: ink polarity, what is behind it, how it is drawn, and where. */
export interface CurveCondition {
	name: string;
	/** dark ink on a light ground, or light ink on a dark ground */
	polarity: 'dark' | 'light';
	/** plain paper, or a coloured texture */
	background: 'plain' | 'textured';
	/** stroke width and arc length, pixels */
	width: number;
	length: number;
	/** the stimulus moved off the read cell's centre, pixels (x right, y up) */
	offset: { x: number; y: number };
}

/**
 * The one condition families are chosen on: dark ink on plain paper, centred on the read cell, as the
 * Circuits thread's synthetic curves. Every figure the atlas reports is measured on the others.
 */
export const SELECTION: CurveCondition = {
	name: 'selection',
	polarity: 'dark',
	background: 'plain',
	width: 2.5,
	length: 34,
	offset: { x: 0, y: 0 }
};

const OFFSETS = [
	{ x: 2, y: 0 },
	{ x: 0, y: 2 },
	{ x: -2, y: 0 },
	{ x: 0, y: -2 }
];

/** Strokes of the evaluation: a thin short arc and a thick long one (the selection's is between). */
const STROKES = [
	{ width: 1.5, length: 26 },
	{ width: 3.5, length: 42 }
];

/**
 * The evaluation conditions: both polarities, plain and textured grounds, thin short and thick long
 * strokes, each centred on the read cell and moved 2 px off it.
 */
export const EVALUATION_CONDITIONS: CurveCondition[] = (['dark', 'light'] as const).flatMap((polarity, p) =>
	(['plain', 'textured'] as const).flatMap((background, b) =>
		STROKES.flatMap(({ width, length }, s) =>
			[false, true].map((moved): CurveCondition => {
				const i = [polarity, background, width, length].join('/');
				const offset = moved ? OFFSETS[(p + b * 2 + s) % OFFSETS.length] : { x: 0, y: 0 };
				return {
					name: `${i}${moved ? `/moved ${offset.x},${offset.y}` : ''}`,
					polarity,
					background,
					width,
					length,
					offset
				};
			})
		)
	)
);

export const PAPER: Record<CurveCondition['polarity'], { ink: Rgb; ground: Rgb }> = {
	dark: { ink: [0.1, 0.1, 0.1], ground: [0.95, 0.95, 0.95] },
	light: { ink: [0.95, 0.95, 0.95], ground: [0.1, 0.1, 0.1] }
};

/** A stroke as the selection condition draws one, for feature visualization's pictures drawn as one stroke. */
export const SELECTION_STROKE: StrokeLook = {
	width: SELECTION.width,
	length: SELECTION.length,
	ink: PAPER.dark.ink[0],
	paper: PAPER.dark.ground[0]
};

/** Coloured grounds for textured conditions: light ones behind dark ink, dark ones behind light ink. */
const TEXTURE_COLOURS: Record<CurveCondition['polarity'], Rgb[]> = {
	dark: [
		[0.85, 0.7, 0.55],
		[0.6, 0.8, 0.65],
		[0.7, 0.75, 0.9]
	],
	light: [
		[0.35, 0.2, 0.15],
		[0.15, 0.3, 0.25],
		[0.2, 0.2, 0.4]
	]
};

/**
 * A coloured ground with two sharp textures the training world does not draw (a woven grating and
 * fine grain), the same for every angle of one condition.
 */
function texturedGround(condition: CurveCondition): Float32Array {
	const seed = [...condition.name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
	const rng = new Rng(seed);
	const colours = TEXTURE_COLOURS[condition.polarity];
	const base = colours[rng.int(0, colours.length)];
	const other = colours[rng.int(0, colours.length)];
	const blend = valueNoise(rng, 12);
	const grain = speckle(rng, 1);
	const a = rng.uniform(0, Math.PI);
	const period = rng.uniform(3, 5);
	const img = new Raster(IMAGE_SIZE);
	img.fill((x, y) => {
		const weave =
			0.5 +
			0.5 *
				Math.sin(((x * Math.cos(a) + y * Math.sin(a)) / period) * 2 * Math.PI) *
				Math.sin(((-x * Math.sin(a) + y * Math.cos(a)) / period) * 2 * Math.PI);
		const colour = mix(base, other, blend(x, y));
		const k = 1 + 0.18 * (weave - 0.5) + 0.16 * (grain(x, y) - 0.5);
		return [colour[0] * k, colour[1] * k, colour[2] * k];
	});
	img.clamp();
	return img.data;
}

const grounds = new Map<string, Float32Array>();

function groundOf(condition: CurveCondition): Float32Array {
	const key = condition.background === 'plain' ? condition.polarity : condition.name.replace(/\/moved.*$/, '');
	let ground = grounds.get(key);
	if (!ground) {
		ground =
			condition.background === 'plain'
				? new Float32Array(IMAGE_SIZE * IMAGE_SIZE * 3).map((_, i) => PAPER[condition.polarity].ground[i % 3])
				: texturedGround(condition);
		grounds.set(key, ground);
	}
	return ground;
}

/**
 * A curve of `radius` opening towards `angle` under `condition`, centred at `shift` (the read cell's
 * centre relative to the image centre) plus the condition's offset. An infinite radius draws a line.
 */
export function conditionCurve(
	angle: number,
	radius: number,
	shift: { x: number; y: number },
	condition: CurveCondition = SELECTION
): Float32Array {
	const curve: CurveStimulus = { angle, radius, length: condition.length, width: condition.width };
	return onPaper(
		renderCurve(curve, IMAGE_SIZE, { x: shift.x + condition.offset.x, y: shift.y + condition.offset.y }),
		condition
	);
}

/** Ink coverage (0 blank … 1 ink, IMAGE_SIZE² values) laid on the condition's ground in its ink colour, as RGB. */
export function onPaper(ink: Float32Array, condition: CurveCondition): Float32Array {
	const ground = groundOf(condition);
	const colour = PAPER[condition.polarity].ink;
	const rgb = new Float32Array(ink.length * 3);
	for (let p = 0; p < ink.length; p++)
		for (let c = 0; c < 3; c++) rgb[p * 3 + c] = ground[p * 3 + c] + (colour[c] - ground[p * 3 + c]) * ink[p];
	return rgb;
}
