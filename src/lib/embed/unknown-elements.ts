// A misspelt element (<zoom-curve-detector>) would render nothing and say nothing: this names it in the
// console, with the nearest real name and the list of them, once per name, for elements already on the
// page and for those added later.

/** Levenshtein distance: how many letters to add, drop or change to turn one name into the other. */
export function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length];
}

/** The message for an element called `name` when the real ones are `known`, or null when it is one of them. */
export function unknownElementMessage(name: string, known: string[]): string | null {
	if (!name.startsWith('zoom-') || known.includes(name)) return null;
	const nearest = [...known].sort((x, y) => editDistance(name, x) - editDistance(name, y))[0];
	const guess = nearest && editDistance(name, nearest) <= 3 ? ` Did you mean <${nearest}>?` : '';
	const figures = known.map((k) => `<${k}>`).join(', ');
	return `<${name}> is not a Zoom In figure, so it shows nothing.${guess} The figures are: ${figures}.`;
}

export function warnAboutUnknownElements(known: string[]) {
	const warned = new Set<string>();
	const check = (root: Element) => {
		for (const element of [root, ...root.querySelectorAll('*')]) {
			const name = element.localName;
			if (!name.startsWith('zoom-') || warned.has(name)) continue;
			const message = unknownElementMessage(name, known);
			if (message) console.warn(message);
			warned.add(name);
		}
	};
	const start = () => {
		check(document.documentElement);
		new MutationObserver((records) => {
			for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) check(node);
		}).observe(document.documentElement, { childList: true, subtree: true });
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
	else start();
}
