// Images as the network receives them (RGB floats in [0, 1]) written into a canvas's pixels, unchanged but for
// rounding to bytes.

/** Writes the square `image` (size² RGB values, row-major) into `pixels`, its left edge at column `x0`, opaque. */
export function writeRgb(pixels: ImageData, image: Float32Array, size: number, x0 = 0) {
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const from = (y * size + x) * 3;
			const to = (y * pixels.width + x0 + x) * 4;
			for (let c = 0; c < 3; c++) pixels.data[to + c] = Math.round(Math.min(1, Math.max(0, image[from + c])) * 255);
			pixels.data[to + 3] = 255;
		}
}
