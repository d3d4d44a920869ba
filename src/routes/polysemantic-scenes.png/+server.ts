// The most polysemantic unit's top scenes as one picture, for readers without JavaScript.
import { MODEL_NAME } from '$lib/model/models';
import { readAtlas } from '$lib/analysis/atlas-files';
import { datasetScene, IMAGE_SIZE } from '$lib/world/scenes';
import { encodePng, tile } from '$lib/world/png.server';

export const prerender = true;

export function GET() {
	const p = readAtlas(MODEL_NAME).polysemantic;
	const { rgb, width, height } = tile(
		p.top.map((t) => datasetScene(p.split, t.index).image),
		IMAGE_SIZE,
		8,
		1
	);
	return new Response(new Uint8Array(encodePng(rgb, width, height)), { headers: { 'content-type': 'image/png' } });
}
