// The world's scenes as one picture, for readers without JavaScript (with it, the page draws them itself).
import { CLASSES, datasetScene, IMAGE_SIZE } from '$lib/world/scenes';
import { WORLD_SPLITS } from '$lib/world/splits';
import { encodePng, tile } from '$lib/world/png.server';

export const prerender = true;
const PER_CLASS = 6;

export function GET() {
	const split = WORLD_SPLITS.train;
	const images = CLASSES.flatMap((_, c) =>
		Array.from({ length: PER_CLASS }, (_, i) => datasetScene(split.seed, i * CLASSES.length + c).image)
	);
	const { rgb, width, height } = tile(images, IMAGE_SIZE, PER_CLASS, 1);
	return new Response(new Uint8Array(encodePng(rgb, width, height)), { headers: { 'content-type': 'image/png' } });
}
