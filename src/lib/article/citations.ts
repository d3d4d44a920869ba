// The article's references: the .bib file in content/, read once, in the order the text cites them.
import bibliography from '../../../content/references.bib?raw';
import { parseBibtex, type BibEntry } from './bibtex.js';

export const entries: Map<string, BibEntry> = new Map(parseBibtex(bibliography).map((e) => [e.key, e]));

export interface Reference {
	key: string;
	number: number;
	authors: string;
	title: string;
	venue: string;
	year: string;
	url?: string;
}

/** "A, B and C", or "A et al." past three authors. */
export function authorLine(names: string[]): string {
	if (names.length > 3) return `${names[0]} et al.`;
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function references(order: string[]): Reference[] {
	return order.map((key, index) => {
		const entry = entries.get(key);
		if (!entry) throw new Error(`No reference "${key}" in content/references.bib`);
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
