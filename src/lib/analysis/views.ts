// The four views of every unit of the article's network (the unit at the centre of its map or its whole
// map, excited or turned off), grown side by side by `npm run views` and kept as one sheet per layer and
// view: each picture at the resolution its optimisation parameterises (half the network's input), which
// the network sees upsampled bilinearly. The activation each reached is measured on the site's own
// forward pass. The sheets are what the build cuts each unit's pictures from; the site does not ship them.
import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { upsampleMatrix } from '../model/featurevis/matrices';
import { centreCell, type Readout } from '../measure/probe';

/** The four views, in the order pages show them. */
export const VIEWS = [
	{ objective: 'neuron', sign: 'positive' },
	{ objective: 'channel', sign: 'positive' },
	{ objective: 'neuron', sign: 'negative' },
	{ objective: 'channel', sign: 'negative' }
] as const;

export type View = (typeof VIEWS)[number];
export type ViewKey = `${View['objective']}-${View['sign']}`;
export const viewKey = (v: View): ViewKey => `${v.objective}-${v.sign}`;

/**
 * Where a view's unit is read (after its ReLU), on a map `mapSize` cells wide:
 * its centre cell, or the mean over the map.
 */
export const viewReadout = (view: View, mapSize: number): Readout =>
	view.objective === 'neuron' ? centreCell(mapSize).cell : 'mean';

/** A view in words, as its picture's caption. */
export const viewLabel = (v: { objective: 'neuron' | 'channel'; sign: 'positive' | 'negative' }) =>
	`${v.sign === 'positive' ? 'excites' : 'turns off'} ` +
	`${v.objective === 'neuron' ? 'the unit at the centre' : 'its whole map'}`;

export interface ViewsFile {
	model: string;
	steps: number;
	seed: number;
	/** a picture's side in the sheets; the network sees it upsampled to its input size */
	size: number;
	/** pictures per row of a sheet */
	columns: number;
	/**
	 * per layer: how many units, and per view each unit's activation on its picture
	 * (after its ReLU: at the centre cell, or the map's mean)
	 */
	layers: Record<string, { units: number; activation: Record<ViewKey, number[]> }>;
}

/** Where a network's views are kept. */
export const viewsDir = (name: string) => `data/views/${name}`;
/** A layer's sheet of one view, in that folder. */
export const sheetFile = (layer: string, key: ViewKey) => `${layer}.${key}.png`;

export interface Views {
	file: ViewsFile;
	/** a unit's picture in one view: size² RGB floats in [0, 1] */
	picture(layer: string, unit: number, key: ViewKey): Float32Array;
}

/** A network's views, or null where it has none; the sheets are decoded once, when first asked for. */
export function readViews(name: string): Views | null {
	const dir = viewsDir(name);
	if (!existsSync(`${dir}/views.json`)) return null;
	const file = JSON.parse(readFileSync(`${dir}/views.json`, 'utf8')) as ViewsFile;
	const sheets = new Map<string, PNG>();
	const sheet = (layer: string, key: ViewKey) => {
		const path = `${dir}/${sheetFile(layer, key)}`;
		let png = sheets.get(path);
		if (!png) sheets.set(path, (png = PNG.sync.read(readFileSync(path))));
		return png;
	};
	return {
		file,
		picture(layer, unit, key) {
			const units = file.layers[layer]?.units ?? 0;
			if (!Number.isInteger(unit) || unit < 0 || unit >= units)
				throw new Error(`${layer} has no unit ${unit} in the views`);
			return cutOut(sheet(layer, key), unit, file.size, file.columns);
		}
	};
}

/** Picture `k` of a sheet (`size` square, `columns` to a row) as RGB floats. */
export function cutOut(
	png: { width: number; data: Uint8Array },
	k: number,
	size: number,
	columns: number
): Float32Array {
	const out = new Float32Array(size * size * 3);
	const ox = (k % columns) * size;
	const oy = Math.floor(k / columns) * size;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++)
			for (let c = 0; c < 3; c++) out[(y * size + x) * 3 + c] = png.data[((oy + y) * png.width + ox + x) * 4 + c] / 255;
	return out;
}

/** A picture brought to the network's input size as its optimisation did: bilinear, pixel centres aligned. */
export function upsampled(picture: Float32Array, from: number, to: number): Float32Array {
	const u = upsampleMatrix(from, to);
	const rows = new Float32Array(to * from * 3);
	for (let i = 0; i < to; i++)
		for (let j = 0; j < from; j++) {
			const w = u[i * from + j];
			if (w) for (let x = 0; x < from * 3; x++) rows[i * from * 3 + x] += w * picture[j * from * 3 + x];
		}
	const out = new Float32Array(to * to * 3);
	for (let y = 0; y < to; y++)
		for (let i = 0; i < to; i++)
			for (let j = 0; j < from; j++) {
				const w = u[i * from + j];
				if (w) for (let c = 0; c < 3; c++) out[(y * to + i) * 3 + c] += w * rows[(y * from + j) * 3 + c];
			}
	return out;
}
