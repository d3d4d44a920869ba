// An RGB image as a float array, painted by signed-distance shapes with one pixel of anti-aliasing. An image
// made with a record also keeps where each stroke and boundary was drawn (world/parts.ts).
import type { DrawnPart, Part } from './parts';

export type Rgb = readonly [number, number, number];
/** Distance from a point (image coordinates: x right, y down) to a shape's edge; negative inside. */
export type Sdf = (x: number, y: number) => number;
export type Paint = Rgb | ((x: number, y: number) => Rgb);

export interface Bounds {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export class Raster {
	readonly data: Float32Array;
	/** the parts drawn so far, when recording */
	readonly parts: DrawnPart[] | null;
	/** what the parts marked from now on belong to */
	owner = '';

	constructor(
		readonly size: number,
		record = false
	) {
		this.data = new Float32Array(size * size * 3);
		this.parts = record ? [] : null;
	}

	/** Notes where a stroke or a filled shape's edge was drawn (when recording); paints nothing. */
	mark(name: string, parts: Part | Part[], inside?: { x: number; y: number }) {
		if (!this.parts) return;
		for (const part of Array.isArray(parts) ? parts : [parts])
			this.parts.push({ owner: this.owner, name, part, ...(inside ? { inside } : {}) });
	}

	/** Every pixel from a function of its centre. */
	fill(paint: (x: number, y: number) => Rgb) {
		for (let y = 0; y < this.size; y++) for (let x = 0; x < this.size; x++) this.set(x, y, paint(x + 0.5, y + 0.5), 1);
	}

	/** Paints inside `sdf`, with coverage from the distance; `bounds` limits the pixels visited. */
	shape(sdf: Sdf, paint: Paint, bounds?: Bounds, opacity = 1) {
		const b = bounds ?? { x0: 0, y0: 0, x1: this.size, y1: this.size };
		const x0 = Math.max(0, Math.floor(b.x0));
		const y0 = Math.max(0, Math.floor(b.y0));
		const x1 = Math.min(this.size, Math.ceil(b.x1));
		const y1 = Math.min(this.size, Math.ceil(b.y1));
		for (let y = y0; y < y1; y++)
			for (let x = x0; x < x1; x++) {
				const cx = x + 0.5;
				const cy = y + 0.5;
				const coverage = Math.min(1, Math.max(0, 0.5 - sdf(cx, cy)));
				if (coverage <= 0) continue;
				this.set(x, y, typeof paint === 'function' ? paint(cx, cy) : paint, coverage * opacity);
			}
	}

	set(x: number, y: number, color: Rgb, alpha: number) {
		const i = (y * this.size + x) * 3;
		for (let c = 0; c < 3; c++) this.data[i + c] += (color[c] - this.data[i + c]) * alpha;
	}

	/** Box blur of the whole image, `radius` pixels, applied `passes` times (three passes ≈ Gaussian). */
	blur(radius: number, passes = 2) {
		if (radius < 1) return;
		const { size } = this;
		const tmp = new Float32Array(this.data.length);
		for (let pass = 0; pass < passes; pass++)
			for (const horizontal of [true, false]) {
				const src = this.data;
				for (let line = 0; line < size; line++)
					for (let c = 0; c < 3; c++) {
						for (let k = 0; k < size; k++) {
							let sum = 0;
							let n = 0;
							for (let d = -radius; d <= radius; d++) {
								const j = Math.min(size - 1, Math.max(0, k + d));
								sum += horizontal ? src[(line * size + j) * 3 + c] : src[(j * size + line) * 3 + c];
								n++;
							}
							tmp[(horizontal ? line * size + k : k * size + line) * 3 + c] = sum / n;
						}
					}
				this.data.set(tmp);
			}
	}

	/** Copies `other` over this image where `mask` (0..1 per pixel) says so. */
	composite(other: Raster, mask: Float32Array) {
		for (let p = 0; p < mask.length; p++)
			for (let c = 0; c < 3; c++) this.data[p * 3 + c] += (other.data[p * 3 + c] - this.data[p * 3 + c]) * mask[p];
	}

	/** The negative: light for dark and dark for light, in every channel. */
	invert() {
		for (let i = 0; i < this.data.length; i++) this.data[i] = 1 - this.data[i];
	}

	clamp() {
		for (let i = 0; i < this.data.length; i++) this.data[i] = Math.min(1, Math.max(0, this.data[i]));
	}

	/** Mirror image, left for right. */
	flipHorizontal() {
		const { size, data } = this;
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size / 2; x++)
				for (let c = 0; c < 3; c++) {
					const a = (y * size + x) * 3 + c;
					const b = (y * size + size - 1 - x) * 3 + c;
					[data[a], data[b]] = [data[b], data[a]];
				}
	}
}
