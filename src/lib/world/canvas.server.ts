// A small raster to draw build-time pictures on (link previews, embed thumbnails): anti-aliased lines,
// filled boxes, and network-sized images pasted in at a whole zoom, in RGB floats from 0 to 1.
import { toRadians } from './geometry';

export type Rgb = [number, number, number];

export interface Picture {
	rgb: Float32Array;
	width: number;
	height: number;
}

export function blankPicture(width: number, height: number, colour: Rgb = [1, 1, 1]): Picture {
	const rgb = new Float32Array(width * height * 3);
	for (let i = 0; i < rgb.length; i++) rgb[i] = colour[i % 3];
	return { rgb, width, height };
}

/** An anti-aliased line of width w between two points, blended over what is there. */
export function drawLine(
	{ rgb, width, height }: Picture,
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	w: number,
	colour: Rgb,
	alpha = 1
) {
	const dx = x1 - x0;
	const dy = y1 - y0;
	const len2 = dx * dx + dy * dy || 1;
	for (
		let y = Math.max(0, Math.floor(Math.min(y0, y1) - w));
		y <= Math.min(height - 1, Math.ceil(Math.max(y0, y1) + w));
		y++
	)
		for (
			let x = Math.max(0, Math.floor(Math.min(x0, x1) - w));
			x <= Math.min(width - 1, Math.ceil(Math.max(x0, x1) + w));
			x++
		) {
			const t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / len2));
			const d = Math.hypot(x + 0.5 - x0 - t * dx, y + 0.5 - y0 - t * dy);
			const cover = Math.max(0, Math.min(1, w / 2 + 0.5 - d)) * alpha;
			if (cover <= 0) continue;
			const i = (y * width + x) * 3;
			for (let c = 0; c < 3; c++) rgb[i + c] += (colour[c] - rgb[i + c]) * cover;
		}
}

export function fillBox({ rgb, width, height }: Picture, x0: number, y0: number, w: number, h: number, colour: Rgb) {
	for (let y = Math.max(0, Math.round(y0)); y < Math.min(height, Math.round(y0 + h)); y++)
		for (let x = Math.max(0, Math.round(x0)); x < Math.min(width, Math.round(x0 + w)); x++)
			rgb.set(colour, (y * width + x) * 3);
}

/** Pastes a picture with its top-left corner at (x0, y0), each of its pixels `zoom` pixels wide. */
export function pastePicture({ rgb, width, height }: Picture, source: Picture, x0: number, y0: number, zoom: number) {
	for (let y = 0; y < source.height * zoom; y++)
		for (let x = 0; x < source.width * zoom; x++) {
			const px = x0 + x;
			const py = y0 + y;
			if (px < 0 || py < 0 || px >= width || py >= height) continue;
			const from = (Math.floor(y / zoom) * source.width + Math.floor(x / zoom)) * 3;
			rgb.set(source.rgb.subarray(from, from + 3), (py * width + px) * 3);
		}
}

/** sRGB (0–1) of an OKLCH colour, as the page's orientationColor() draws units. */
export function oklchToRgb(l: number, c: number, hueDegrees: number): Rgb {
	const a = c * Math.cos(toRadians(hueDegrees));
	const b = c * Math.sin(toRadians(hueDegrees));
	const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
	const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
	const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
	const linear = [
		4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
		-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
		-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_
	];
	const gamma = (x: number) => (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
	return linear.map((x) => Math.min(1, Math.max(0, gamma(Math.min(1, Math.max(0, x)))))) as Rgb;
}
