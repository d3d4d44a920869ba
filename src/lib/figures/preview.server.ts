// The link-preview picture (/preview.png), drawn at build time from the atlas: the trained network's curve
// family as polar tuning curves, beside curves of the kind they detect.
import { encodePng } from '../world/png.server';
import { toRadians } from '../world/geometry';
import { blankPicture, drawLine, oklchToRgb, type Rgb } from '../world/canvas.server';
import { curveGeometry } from '../world/stimuli';
import type { CurveFamilySummary } from '../analysis/summary';
import { UNIT_LIGHTNESS } from '../config';

export const PREVIEW = { width: 1200, height: 630 };

export function previewPng(family: CurveFamilySummary): Buffer {
	const { width, height } = PREVIEW;
	const picture = blankPicture(width, height);
	const line = (x0: number, y0: number, x1: number, y1: number, w: number, colour: Rgb, alpha = 1) =>
		drawLine(picture, x0, y0, x1, y1, w, colour, alpha);
	// the tuning curves, on the right
	const cx = 870;
	const cy = 315;
	const R = 260;
	const peak = Math.max(...family.units.flatMap((u) => u.tuning));
	const grey: Rgb = [0.85, 0.85, 0.85];
	for (let k = 0; k < 8; k++)
		line(cx, cy, cx + R * Math.cos((k * Math.PI) / 4), cy - R * Math.sin((k * Math.PI) / 4), 1.5, grey);
	for (const unit of family.units) {
		const colour = oklchToRgb(UNIT_LIGHTNESS.light, 0.14, unit.preferredAngle);
		const points = unit.tuning.map((v, i) => {
			const a = toRadians(family.angles[i]);
			return [cx + (R * v * Math.cos(a)) / peak, cy - (R * v * Math.sin(a)) / peak];
		});
		points.forEach((p, i) => {
			const q = points[(i + 1) % points.length];
			line(p[0], p[1], q[0], q[1], 3, colour, 0.9);
		});
	}
	// curves of the kind they detect, on the left, each in the colour of the units that prefer it
	[0, 90, 180, 270].forEach((angle, i) => {
		const ox = 150 + (i % 2) * 220;
		const oy = 180 + Math.floor(i / 2) * 260;
		const g = curveGeometry({ angle, radius: 60, length: 150, width: 10 });
		const colour = oklchToRgb(UNIT_LIGHTNESS.light, 0.14, angle);
		const from = Math.atan2(g.start.y - g.centre!.y, g.start.x - g.centre!.x);
		for (let s = 0; s < 40; s++) {
			const a0 = from + (2 * g.halfSpan * s) / 40;
			const a1 = from + (2 * g.halfSpan * (s + 1)) / 40;
			const p = (a: number) => [ox + g.centre!.x + 60 * Math.cos(a), oy - (g.centre!.y + 60 * Math.sin(a))];
			const [x0, y0] = p(a0);
			const [x1, y1] = p(a1);
			line(x0, y0, x1, y1, 12, colour);
		}
	});
	return encodePng(picture.rgb, width, height);
}
