// The article's references, read from a .bib file with @retorquere/bibtex-parser: accents, escapes, dashes
// and protective braces decoded to Unicode (composed, NFC), titles kept as written (not sentence-cased),
// authors as names.
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
