// One vocabulary for units, at the bottom of the house: a unit as it travels between modules, its name as the
// paper writes it (mixed3b:7), the one parser of such names, and the addresses of a unit's page and pictures.

/** A unit, as units travel between modules: its layer and its index there. */
export interface UnitRef {
	layer: string;
	unit: number;
}

/** Written as the paper writes units: mixed3b:7. */
export const unitName = ({ layer, unit }: UnitRef): string => `${layer}:${unit}`;

/**
 * A layer, and a unit where one is given, however it is typed: "mixed3b:129", "mixed3b 129", "3b:129",
 * "3b 129", "conv2d2:5", or a layer alone ("mixed3b", "3b"); case and spaces around the colon do not matter.
 * Null when the text names no layer.
 */
export function parseLayerAndUnit(text: string): { layer: string; unit: number | null } | null {
	const m = /^(?:(conv2d\d+)|(?:mixed)?\s*(\d[a-z]))(?:\s*[: ]\s*(\d+))?$/.exec(text.trim().toLowerCase());
	if (!m) return null;
	return { layer: m[1] ?? `mixed${m[2]}`, unit: m[3] === undefined ? null : Number(m[3]) };
}

/** A unit's name, however it is typed (as parseLayerAndUnit reads it), as a unit; null when it names none. */
export function parseUnitName(text: string): UnitRef | null {
	const parsed = parseLayerAndUnit(text);
	return parsed && parsed.unit !== null ? { layer: parsed.layer, unit: parsed.unit } : null;
}

/** The address of a unit's page, below the site's base path. */
export const unitPagePath = ({ layer, unit }: UnitRef) => `/units/${layer}/${unit}/`;

/** The address of one of a unit's pictures grown at build time (its views), below the site's base path. */
export const unitPicturePath = (ref: UnitRef, file: string) => `${unitPagePath(ref)}views/${file}`;

/** The address of a unit's feature visualization grown for the gallery, below the site's base path. */
export const unitFeatureVisPath = (ref: UnitRef) => `${unitPagePath(ref)}feature-vis.png`;
