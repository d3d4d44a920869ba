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

/** Combining marks for LaTeX's accent commands: \'e is é, \"o is ö, \c{c} is ç. */
const ACCENTS = /** @type {Record<string, string>} */ ({
	"'": '\u0301',
	'`': '\u0300',
	'^': '\u0302',
	'"': '\u0308',
	'~': '\u0303',
	'=': '\u0304',
	'.': '\u0307',
	u: '\u0306',
	v: '\u030c',
	H: '\u030b',
	c: '\u0327',
	k: '\u0328',
	r: '\u030a'
});

/** Letters LaTeX writes as commands. */
const LETTERS = /** @type {Record<string, string>} */ ({ ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ' });

/**
 * BibTeX text as plain Unicode: accents and special letters decoded, escaped characters unescaped,
 * dashes and ties typeset, and the protective braces removed ("{InceptionV1}" reads "InceptionV1").
 * @param {string} text
 */
export function plain(text) {
	return text
		.replace(/\\([`'^"~=.uvHckr])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))/g, (_, accent, braced, bare) => {
			const letter = braced ?? bare;
			// an accent on \i (dotless i) or another letter command, or on a plain letter
			return (letter.startsWith('\\') ? (LETTERS[letter.slice(1)] ?? letter.slice(1)) : letter) + ACCENTS[accent];
		})
		.replace(/\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L)\b\s?/g, (_, letter) => LETTERS[letter])
		.replace(/\\([&%$#_{}])/g, '$1')
		.replace(/---/g, '—')
		.replace(/--/g, '–')
		.replace(/(?<!\\)~/g, '\u00a0')
		.replace(/[{}]/g, '')
		.normalize('NFC');
}

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
