// The link-preview picture (/preview.png), drawn at build time from the atlas: the trained network's curve
// family as polar tuning curves, beside curves of the kind they detect.
import { encodePng } from '../world/png.server';
import { toRadians } from '../world/geometry';
import { curveGeometry } from '../world/stimuli';
import type { CurveFamilySummary } from '../analysis/summary';

export const PREVIEW = { width: 1200, height: 630 };

/** sRGB (0–1) of an OKLCH colour, as the page's orientationColor() draws units. */
export function oklchToRgb(l: number, c: number, hueDegrees: number): [number, number, number] {
	const a = c * Math.cos(toRadians(hueDegrees));
	const b = c * Math.sin(toRadians(hueDegrees));
	const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
	const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
	const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
	const linear = [4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_, -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_, -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_];
	const gamma = (x: number) => (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
	return linear.map((x) => Math.min(1, Math.max(0, gamma(Math.min(1, Math.max(0, x)))))) as [number, number, number];
}

function canvas(width: number, height: number) {
	const rgb = new Float32Array(width * height * 3).fill(1);
	/** an anti-aliased line of width w between two points, blended over what is there */
	const line = (x0: number, y0: number, x1: number, y1: number, w: number, colour: [number, number, number], alpha = 1) => {
		const dx = x1 - x0;
		const dy = y1 - y0;
		const len2 = dx * dx + dy * dy || 1;
		for (let y = Math.max(0, Math.floor(Math.min(y0, y1) - w)); y <= Math.min(height - 1, Math.ceil(Math.max(y0, y1) + w)); y++)
			for (let x = Math.max(0, Math.floor(Math.min(x0, x1) - w)); x <= Math.min(width - 1, Math.ceil(Math.max(x0, x1) + w)); x++) {
				const t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / len2));
				const d = Math.hypot(x + 0.5 - x0 - t * dx, y + 0.5 - y0 - t * dy);
				const cover = Math.max(0, Math.min(1, w / 2 + 0.5 - d)) * alpha;
				if (cover <= 0) continue;
				const i = (y * width + x) * 3;
				for (let c = 0; c < 3; c++) rgb[i + c] += (colour[c] - rgb[i + c]) * cover;
			}
	};
	return { rgb, line };
}

export function previewPng(family: CurveFamilySummary): Buffer {
	const { width, height } = PREVIEW;
	const { rgb, line } = canvas(width, height);
	// the tuning curves, on the right
	const cx = 870;
	const cy = 315;
	const R = 260;
	const peak = Math.max(...family.units.flatMap((u) => u.tuning));
	const grey: [number, number, number] = [0.85, 0.85, 0.85];
	for (let k = 0; k < 8; k++) line(cx, cy, cx + R * Math.cos((k * Math.PI) / 4), cy - R * Math.sin((k * Math.PI) / 4), 1.5, grey);
	for (const unit of family.units) {
		const colour = oklchToRgb(0.6, 0.14, unit.preferredAngle);
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
		const colour = oklchToRgb(0.6, 0.14, angle);
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
	return encodePng(rgb, width, height);
}
