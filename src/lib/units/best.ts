// The shape of /units/best.json: for every unit of the mixed blocks, its strongest held-out scene as
// [index, row, column] (null for a unit no scene moves), and the split the indices are of.
export interface BestScenes {
	split: number;
	layers: Record<string, ([number, number, number] | null)[]>;
	/** the units with a feature visualization grown at build time, by name: where their picture is */
	pictures: Record<string, string>;
}
