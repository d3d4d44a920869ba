// What a reader takes away from a unit's page: its pictures as one PNG (side by side, exactly the pixels
// the network got), and its data as JSON: what the atlas says of it, its tuning, its examples with the
// seeds that draw them again, how it answers the whole split, and its strongest weights in and out.
import { writeRgb } from '$lib/widgets/parts/pixels';
import { sceneSeed } from '$lib/world/scenes';
import { unitName, type UnitRef } from '$lib/unit';
import type { SliceExample } from '$lib/atlas/slice';
import type { UnitDepth } from '$lib/analysis/examples';
import type { UnitFamily } from './catalogue.server';
import type { Edge } from '../engine/services/units';

/** The pictures (size² RGB floats each) as one PNG, side by side. */
export async function picturesPng(images: Float32Array[], size: number): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = size * images.length;
	canvas.height = size;
	const context = canvas.getContext('2d')!;
	const pixels = context.createImageData(canvas.width, size);
	images.forEach((image, k) => writeRgb(pixels, image, size, k * size));
	context.putImageData(pixels, 0, 0);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png')
	);
}

export interface UnitData {
	model: string;
	unit: string;
	families: UnitFamily[];
	/** scenes of the held-out split: datasetScene(split, index) draws each again from its seed */
	split: number;
	strongest: (SliceExample & { seed: number })[];
	weakest: (SliceExample & { seed: number })[];
	histogram: UnitDepth['histogram'] & { scenes: number };
	classes: UnitDepth['classes'];
	inputs: Edge[];
	outputs: Edge[];
}

export function unitData(
	a: UnitRef & {
		model: string;
		families: UnitFamily[];
		split: number;
		scenes: number;
		examples: SliceExample[];
		depth: UnitDepth;
		inputs: Edge[];
		outputs: Edge[];
	}
): UnitData {
	const seeded = (e: SliceExample) => ({ ...e, seed: sceneSeed(a.split, e.index) });
	return {
		model: a.model,
		unit: unitName(a),
		families: a.families,
		split: a.split,
		strongest: a.examples.map(seeded),
		weakest: a.depth.weakest.map(seeded),
		histogram: { ...a.depth.histogram, scenes: a.scenes },
		classes: a.depth.classes,
		inputs: a.inputs,
		outputs: a.outputs
	};
}

/** Hands the reader a file, named `name`. */
export function save(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
