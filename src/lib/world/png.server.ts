// Writes RGB float images as PNG files (for looking at the world and the stimuli).
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	Buffer.from(data).copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/** `rgb` holds width×height×3 floats in [0, 1]. */
export function encodePng(rgb: Float32Array, width: number, height: number): Buffer {
	const raw = Buffer.alloc((width * 3 + 1) * height);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width * 3; x++)
			raw[y * (width * 3 + 1) + 1 + x] = Math.round(Math.min(1, Math.max(0, rgb[y * width * 3 + x])) * 255);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = 2;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', new Uint8Array())
	]);
}

/** Tiles equal square images into a grid, `columns` wide, scaled up by `zoom`. */
export function tile(images: Float32Array[], size: number, columns: number, zoom = 2): { rgb: Float32Array; width: number; height: number } {
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
					rgb[((oy + y) * width + ox + x) * 3 + c] = image[(Math.floor(y / zoom) * size + Math.floor(x / zoom)) * 3 + c];
	});
	return { rgb, width, height };
}

/** A size×size RGB float image as a PNG data URL, for pictures drawn at build time. */
export const pngDataUrl = (rgb: Float32Array, size: number) => `data:image/png;base64,${encodePng(rgb, size, size).toString('base64')}`;
