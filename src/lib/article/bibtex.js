// The article's references, read from a .bib file with @retorquere/bibtex-parser: accents, escapes, dashes
// and protective braces decoded to Unicode (composed, NFC), titles kept as written (not sentence-cased),
// authors as names; and the references a text cites, numbered and formatted, when the text is compiled (so no
// page carries the parser).
import { parse } from '@retorquere/bibtex-parser';

/** @typedef {{ type: string, key: string, authors: string[], fields: Record<string, string> }} BibEntry */

/** @param {{ firstName?: string, lastName?: string, name?: string }} creator */
const nameOf = (creator) =>
	(creator.firstName ? `${creator.firstName} ${creator.lastName}` : (creator.lastName ?? creator.name ?? '')).normalize(
		'NFC'
	);

/**
 * @param {string} source
 * @returns {BibEntry[]}
 */
export function parseBibtex(source) {
	const library = parse(source, { english: false });
	if (library.errors.length) throw new Error(`BibTeX: ${library.errors.map((e) => e.error).join('; ')}`);
	return library.entries.map((entry) => {
		/** @type {Record<string, string>} */
		const fields = {};
		for (const [name, value] of Object.entries(entry.fields))
			if (!Array.isArray(value)) fields[name] = String(value).normalize('NFC');
		const authors = /** @type {{ firstName?: string, lastName?: string, name?: string }[]} */ (
			entry.fields.author ?? []
		);
		return { type: entry.type, key: entry.key, authors: authors.map(nameOf), fields };
	});
}

/**
 * @typedef {{ key: string, number: number, authors: string, title: string, venue: string, year: string,
 *   url?: string }} Reference
 */

/**
 * "A, B and C", or "A et al." past three authors.
 * @param {string[]} names
 */
export function authorLine(names) {
	if (names.length > 3) return `${names[0]} et al.`;
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The entries `order` cites, numbered in that order.
 * @param {Map<string, BibEntry>} entries
 * @param {string[]} order
 * @returns {Reference[]}
 */
export function references(entries, order) {
	return order.map((key, index) => {
		const entry = entries.get(key);
		if (!entry) throw new Error(`No reference "${key}" in the bibliography`);
		const f = entry.fields;
		return {
			key,
			number: index + 1,
			authors: authorLine(entry.authors),
			title: f.title ?? key,
			venue: f.journal ?? f.booktitle ?? f.howpublished ?? '',
			year: f.year ?? '',
			url: f.url ?? (f.doi ? `https://doi.org/${f.doi}` : undefined)
		};
	});
}
