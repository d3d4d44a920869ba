// Writes RGB float images as PNG files (for looking at the world and the stimuli, and for the pictures
// drawn at build time), with pngjs.
import { PNG } from 'pngjs';

/** `rgb` holds width×height×3 floats in [0, 1]. */
export function encodePng(rgb: Float32Array, width: number, height: number): Buffer {
	const png = new PNG({ width, height, colorType: 2, inputColorType: 2, inputHasAlpha: false });
	const data = Buffer.alloc(width * height * 3);
	for (let i = 0; i < data.length; i++) data[i] = Math.round(Math.min(1, Math.max(0, rgb[i])) * 255);
	png.data = data;
	return PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false });
}

/** Tiles equal square images into a grid, `columns` wide, scaled up by `zoom`. */
export function tile(
	images: Float32Array[],
	size: number,
	columns: number,
	zoom = 2
): { rgb: Float32Array; width: number; height: number } {
	const rows = Math.ceil(images.length / columns);
	const width = columns * size * zoom;
	const height = rows * size * zoom;
	const rgb = new Float32Array(width * height * 3);
	images.forEach((image, n) => {
		const ox = (n % columns) * size * zoom;
		const oy = Math.floor(n / columns) * size * zoom;
		for (let y = 0; y < size * zoom; y++)
			for (let x = 0; x < size * zoom; x++)
				for (let c = 0; c < 3; c++)
					rgb[((oy + y) * width + ox + x) * 3 + c] =
						image[(Math.floor(y / zoom) * size + Math.floor(x / zoom)) * 3 + c];
	});
	return { rgb, width, height };
}

/** A size×size RGB float image as a PNG data URL, for pictures drawn at build time. */
export const pngDataUrl = (rgb: Float32Array, size: number) =>
	`data:image/png;base64,${encodePng(rgb, size, size).toString('base64')}`;
