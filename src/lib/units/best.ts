// The shape of /units/best.json: for every unit of the mixed blocks, its strongest held-out scene as
// [index, row, column] (null for a unit no scene moves), and the split the indices are of.
import { unitName, unitPicturePath } from '../unit';

export interface BestScenes {
	split: number;
	layers: Record<string, ([number, number, number] | null)[]>;
	/** the units with a feature visualization grown at build time, by name: where their picture is */
	pictures: Record<string, string>;
	/**
	 * the layers every unit of which has its views grown at build time, and the file of the one shown beside a weight
	 * (below /units/<layer>/<unit>/views/)
	 */
	views: { layers: string[]; file: string } | null;
}

/** Where the picture of what excites a unit is, below the site's base path, if one was grown at build time. */
export function grownPicture(best: BestScenes, layer: string, unit: number): string | null {
	if (best.views?.layers.includes(layer)) return unitPicturePath({ layer, unit }, best.views.file);
	return best.pictures[unitName({ layer, unit })] ?? null;
}
