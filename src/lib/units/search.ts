// Finding a unit on the index page, forgivingly: by name however it is typed ("mixed3b 129", "mixed3b:129",
// "3b:129", a bare "129" in the layer being looked at), by what the atlas found it to be ("curve",
// "high low", "dog", "polysemantic"), or by the class most of its best scenes show ("car").

import { parseLayerAndUnit, unitName, type UnitRef } from '../unit';

export interface UnitEntry extends UnitRef {
	/** what the atlas found it to be, in words */
	families: string[];
	/** the class most of its best held-out scenes show, where most do */
	mostly?: string;
}

/** Lower case, hyphens and underscores as spaces, one space between words. */
const normalise = (text: string) => text.toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The entries the query finds, in page order; every entry for an empty query.
 * `layer`: the block the reader is in, for a bare number.
 */
export function searchUnits(query: string, entries: UnitEntry[], layer?: string): UnitEntry[] {
	const q = normalise(query);
	if (!q) return entries;
	const name = parseLayerAndUnit(q);
	if (name) return entries.filter((e) => e.layer === name.layer && (name.unit === null || e.unit === name.unit));
	if (/^\d+$/.test(q)) return entries.filter((e) => e.unit === Number(q) && (!layer || e.layer === layer));
	const words = q.split(' ');
	return entries.filter((e) => {
		const text = normalise(`${unitName(e)} ${e.families.join(' ')} ${e.mostly ?? ''}`);
		return words.every((w) => text.includes(w));
	});
}

/** The query as the address keeps it (?q=…), and back. */
export const QUERY_PARAM = 'q';
