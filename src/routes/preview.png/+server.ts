// The link-preview picture, drawn at build time from the measured atlases.
import { MODEL_NAME } from '$lib/model/models';
import { readAtlas } from '$lib/analysis/atlas-files';
import { previewPng } from '$lib/figures/preview.server';
import { curveFamilySummary } from '$lib/analysis/summary';

export const prerender = true;

export function GET() {
	return new Response(new Uint8Array(previewPng(curveFamilySummary(readAtlas(MODEL_NAME)))), {
		headers: { 'content-type': 'image/png' }
	});
}
