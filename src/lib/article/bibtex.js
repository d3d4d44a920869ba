// A small BibTeX reader for the article's references: entries with braced or quoted fields.

/** @typedef {{ type: string, key: string, fields: Record<string, string> }} BibEntry */

/**
 * @param {string} source
 * @returns {BibEntry[]}
 */
export function parseBibtex(source) {
	/** @type {BibEntry[]} */
	const entries = [];
	let i = 0;
	const fail = (/** @type {string} */ what) => {
		const line = source.slice(0, i).split('\n').length;
		throw new Error(`BibTeX, line ${line}: ${what}`);
	};
	const skipSpace = () => {
		while (i < source.length && /\s/.test(source[i])) i++;
	};
	const readBraced = () => {
		let depth = 0;
		const start = i;
		for (; i < source.length; i++) {
			if (source[i] === '{') depth++;
			else if (source[i] === '}' && --depth === 0) return source.slice(start + 1, i++);
		}
		return fail('unclosed brace');
	};
	const readValue = () => {
		skipSpace();
		if (source[i] === '{') return readBraced();
		if (source[i] === '"') {
			const end = source.indexOf('"', i + 1);
			if (end < 0) fail('unclosed quote');
			const value = source.slice(i + 1, end);
			i = end + 1;
			return value;
		}
		const match = /^[A-Za-z0-9_.:-]+/.exec(source.slice(i));
		if (!match) return fail('expected a value');
		i += match[0].length;
		return match[0];
	};

	while ((i = source.indexOf('@', i)) >= 0) {
		const head = /^@(\w+)\s*\{\s*([^,\s]+)\s*,/.exec(source.slice(i));
		if (!head) fail('expected "@type{key,"');
		else {
			i += head[0].length;
			/** @type {Record<string, string>} */
			const fields = {};
			for (;;) {
				skipSpace();
				if (source[i] === '}') {
					i++;
					break;
				}
				const name = /^(\w+)\s*=/.exec(source.slice(i));
				if (!name) fail(`expected a field in @${head[1]}{${head[2]}}`);
				else {
					i += name[0].length;
					fields[name[1].toLowerCase()] = readValue().replace(/\s+/g, ' ').trim();
					skipSpace();
					if (source[i] === ',') i++;
				}
			}
			entries.push({ type: head[1].toLowerCase(), key: head[2], fields });
		}
	}
	return entries;
}

/** Removes BibTeX's protective braces: "{InceptionV1}" reads "InceptionV1". */
/** @param {string} text */
export const plain = (text) => text.replace(/[{}]/g, '');

/**
 * "Olah, Chris and Cammarata, Nick" → ["Chris Olah", "Nick Cammarata"]
 * @param {string} authors
 */
export function authorNames(authors) {
	return authors.split(/\s+and\s+/).map((name) => {
		const [last, first] = plain(name).split(/,\s*/);
		return first ? `${first} ${last}` : last;
	});
}
