// One training scene of each class, three by three: the world the network trained for this page learned from, as
// the article first shows it.
import { CLASSES, datasetScene, IMAGE_SIZE } from '$lib/world/scenes';
import { WORLD_SPLITS } from '$lib/world/splits';
import { encodePng, tile } from '$lib/world/png.server';

export const prerender = true;

export function GET() {
	const split = WORLD_SPLITS.train;
	const images = CLASSES.map((_, c) => datasetScene(split.seed, c).image);
	const { rgb, width, height } = tile(images, IMAGE_SIZE, 3);
	return new Response(new Uint8Array(encodePng(rgb, width, height)), { headers: { 'content-type': 'image/png' } });
}
