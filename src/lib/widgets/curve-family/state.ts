// The trained curve widget's pure parts: the papers it draws on, strokes a reader draws, and what it says.
import { SELECTION, type CurveCondition } from '../../measure/curve-stimuli';
import { echoShift, median } from '../../measure/measures';
import { curveGeometry } from '../../world/stimuli';
import { IMAGE_SIZE } from '../../world/scenes';
import { formatAngle, formatNumber } from '../../config';
import type { CurveFamilyState, EditName, Paper } from './spec';
import { leader } from '../parts/units';

/** Each paper as a viewing condition of the analysis: the plain one is the stimulus the family was chosen on. */
export const PAPER_CONDITIONS: Record<Paper, CurveCondition> = {
	plain: SELECTION,
	negative: { ...SELECTION, name: 'paper: negative', polarity: 'light' },
	textured: { ...SELECTION, name: 'paper: textured', background: 'textured' }
};

export const PAPER_LABELS: Record<Paper, string> = {
	plain: 'dark on light',
	negative: 'light on dark',
	textured: 'textured'
};
export const EDIT_LABELS: Record<EditName, string> = {
	none: 'all in place',
	'all-negative': 'all removed',
	'opposite-negative': 'from opposite curves removed'
};

/** A stroke the reader drew: points in image pixels (x right, y down), drawn with `width`. */
export interface Stroke {
	points: { x: number; y: number }[];
	width: number;
}

export const DRAWN_STROKE_WIDTH = SELECTION.width;

/** Ink coverage of strokes, anti-aliased over a pixel, IMAGE_SIZE² values in [0, 1]. */
export function rasterizeStrokes(strokes: Stroke[], size = IMAGE_SIZE): Float32Array {
	const ink = new Float32Array(size * size);
	for (const { points, width } of strokes) {
		const segments = points.length === 1 ? [[points[0], points[0]]] : points.slice(1).map((p, i) => [points[i], p]);
		for (const [a, b] of segments) {
			const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - width));
			const x1 = Math.min(size - 1, Math.ceil(Math.max(a.x, b.x) + width));
			const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - width));
			const y1 = Math.min(size - 1, Math.ceil(Math.max(a.y, b.y) + width));
			const dx = b.x - a.x;
			const dy = b.y - a.y;
			const len2 = dx * dx + dy * dy || 1;
			for (let y = y0; y <= y1; y++)
				for (let x = x0; x <= x1; x++) {
					const px = x + 0.5;
					const py = y + 0.5;
					const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / len2));
					const d = Math.hypot(px - a.x - t * dx, py - a.y - t * dy);
					const coverage = Math.max(0, Math.min(1, width / 2 + 0.5 - d));
					const i = y * size + x;
					if (coverage > ink[i]) ink[i] = coverage;
				}
		}
	}
	return ink;
}

/**
 * A stroke along the curve the family is measured with, opening towards `angle`, centred at `shift` (the
 * read cell's centre, pixels from the image centre, y up): the keyboard's way to draw.
 */
export function presetStroke(
	angle: number,
	radius: number,
	shift: { x: number; y: number },
	length = SELECTION.length
): Stroke {
	const g = curveGeometry({ angle, radius, length, width: DRAWN_STROKE_WIDTH });
	const toImage = (p: { x: number; y: number }) => ({
		x: IMAGE_SIZE / 2 + shift.x + p.x,
		y: IMAGE_SIZE / 2 - shift.y - p.y
	});
	if (!g.centre) return { points: [g.start, g.end].map(toImage), width: DRAWN_STROKE_WIDTH };
	const from = Math.atan2(g.start.y - g.centre.y, g.start.x - g.centre.x);
	const steps = 24;
	const points = Array.from({ length: steps + 1 }, (_, i) => {
		const phi = from + (2 * g.halfSpan * i) / steps;
		return toImage({ x: g.centre!.x + radius * Math.cos(phi), y: g.centre!.y + radius * Math.sin(phi) });
	});
	return { points, width: DRAWN_STROKE_WIDTH };
}

/**
 * What an edit did to the family's tuning: medians over the units of the rise at 180° and at ±90°, as shares of
 * each unit's peak.
 */
export function echoFigures(before: number[][], after: number[][], angles: number[]) {
	const shifts = before.map((curve, u) => echoShift(curve, after[u], angles));
	return { rise180: median(shifts.map((s) => s.at180)), rise90: median(shifts.map((s) => s.at90)) };
}

/** The one-line description a screen reader hears after each change. */
export function liveSentence(state: CurveFamilyState, radius: number, names: string[], activations: number[]): string {
	const lead = leader(activations);
	const what =
		state.mode === 'draw' ? 'Your drawing' : `Curve opening towards ${formatAngle(state.angle)}, radius ${radius} px`;
	const weights = `negative weights from early curves ${EDIT_LABELS[state.edit]}`;
	const answer =
		lead === null ? 'no unit of the family fires' : `${names[lead]} leads at ${formatNumber(activations[lead])}`;
	return `${what}, ${PAPER_LABELS[state.paper]}: ${answer}; ${weights}.`;
}

/** One input of a curve unit from the early-curve family, with its weights. */
export interface WeightInput {
	unit: number;
	preferredAngle: number;
	/** sum of the kernel */
	strength: number;
	kernel: number[][];
}
