// What the live widgets read of each network's atlas, cut at build time (see $lib/atlas/slice).
import { json } from '@sveltejs/kit';
import { NETWORKS } from '$lib/model/models';
import { buildSlice } from '$lib/analysis/atlas-files';

export const prerender = true;
export const entries = () => NETWORKS.map((model) => ({ model }));

export function GET({ params }: { params: { model: string } }) {
	return json(buildSlice(params.model));
}
