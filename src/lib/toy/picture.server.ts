// The toy models drawn at build time, for the embed thumbnails: a model's feature directions as arrows,
// and the phase diagram as coloured cells (the widgets' own colours, on a light page).
import { blankPicture, drawLine, fillBox, type Picture, type Rgb } from '../world/canvas.server';
import type { Phase } from './measures';

const INK: Rgb = [0.13, 0.13, 0.13];
const RULE: Rgb = [0.85, 0.85, 0.85];
const PHASE_COLOURS: Record<Phase, Rgb> = {
	ignore: [0.18, 0.44, 0.84],
	dedicate: [0.73, 0.73, 0.73],
	superpose: [0.84, 0.27, 0.18]
};

/** Each feature's column of W (2 × n) as an arrow from the centre, darker the more important the feature. */
export function drawArrows(
	picture: Picture,
	W: number[][],
	importance: number[],
	x0: number,
	y0: number,
	size: number
) {
	const c = { x: x0 + size / 2, y: y0 + size / 2 };
	const scale = size / 3.6;
	drawLine(picture, x0 + size * 0.05, c.y, x0 + size * 0.95, c.y, 1, RULE);
	drawLine(picture, c.x, y0 + size * 0.05, c.x, y0 + size * 0.95, 1, RULE);
	W[0].forEach((_, i) => {
		const x = c.x + W[0][i] * scale;
		const y = c.y - W[1][i] * scale;
		const shade = 0.3 + 0.7 * importance[i];
		const colour = INK.map((v) => 1 - (1 - v) * shade) as Rgb;
		drawLine(picture, c.x, c.y, x, y, Math.max(2, size / 60), colour);
	});
}

export function arrowsPicture(W: number[][], importance: number[], size = 240): Picture {
	const picture = blankPicture(size, size);
	drawArrows(picture, W, importance, 0, 0, size);
	return picture;
}

/** Models side by side, `columns` to a row. */
export function arrowsGrid(models: { W: number[][] }[], importance: number[], columns: number, size = 120): Picture {
	const picture = blankPicture(columns * size, Math.ceil(models.length / columns) * size);
	models.forEach((m, k) =>
		drawArrows(picture, m.W, importance, (k % columns) * size, Math.floor(k / columns) * size, size)
	);
	return picture;
}

/** The phase diagram: rows of cells, each in its phase's colour. */
export function phasePicture(rows: Phase[][], cell = 10): Picture {
	const picture = blankPicture(rows[0].length * cell, rows.length * cell);
	rows.forEach((row, i) =>
		row.forEach((phase, j) => fillBox(picture, j * cell, i * cell, cell - 1, cell - 1, PHASE_COLOURS[phase]))
	);
	return picture;
}
