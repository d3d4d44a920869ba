// Turns the notes' markdown into the Distill conventions at build time: anchored headings and a
// table of contents, hover footnotes, numbered citations, and attributed quotes.
import { parseBibtex, references } from './bibtex.js';

/**
 * @typedef {{ type: string, value?: string, identifier?: string, depth?: number,
 *   children?: MdNode[], data?: Record<string, unknown> }} MdNode
 * @typedef {{ depth: number, id: string, text: string }} TocEntry
 */

/** @param {string} text */
export function slugify(text) {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** The notes' front matter is TOML of flat `key = value` lines; that is all this reads. */
/** @param {string} source */
export function parseTomlFrontMatter(source) {
	/** @type {Record<string, string | number | boolean>} */
	const data = {};
	for (const raw of source.split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const match = line.match(/^([A-Za-z0-9_-]+)\s*=\s*(.+)$/);
		if (!match) throw new Error(`Front matter: cannot read the line "${line}"`);
		const [, key, value] = match;
		if (value.startsWith('"')) data[key] = JSON.parse(value);
		else if (value === 'true' || value === 'false') data[key] = value === 'true';
		else if (/^-?\d+(\.\d+)?$/.test(value)) data[key] = Number(value);
		else data[key] = value;
	}
	return data;
}

/** @param {MdNode} node @returns {string} */
function textOf(node) {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** @param {string} value @returns {MdNode} */
const html = (value) => ({ type: 'html', value });

/** @param {string} text */
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A paragraph that reads `[^id]: …` defines a footnote (the parser sees a reference then ': ').
 * @param {MdNode} node
 */
function footnoteDefinition(node) {
	const [first, second] = node.children ?? [];
	if (node.type !== 'paragraph' || first?.type !== 'linkReference') return null;
	if (!first.identifier?.startsWith('^') || second?.type !== 'text' || !second.value?.startsWith(':')) return null;
	const rest = { ...second, value: second.value.replace(/^:\s*/, '') };
	const children = [rest, ...(node.children ?? []).slice(2)].filter((c) => c.type !== 'text' || c.value);
	return { id: first.identifier.slice(1), children };
}

/**
 * @param {MdNode} parent
 * @param {(node: MdNode, index: number, parent: MdNode) => MdNode[] | undefined} visit
 *   returns replacement nodes, or undefined to descend
 */
function walk(parent, visit) {
	const children = parent.children;
	if (!children) return;
	for (let i = 0; i < children.length; i++) {
		const replacement = visit(children[i], i, parent);
		if (replacement) {
			children.splice(i, 1, ...replacement);
			i += replacement.length - 1;
		} else walk(children[i], visit);
	}
}

/**
 * @param {{ bibliography?: string }} [options] BibTeX text; every cited key must be in it
 */
export function remarkDistill(options = {}) {
	const known = options.bibliography
		? new Map(parseBibtex(options.bibliography).map((entry) => [entry.key, entry]))
		: null;

	/** @param {MdNode} tree @param {{ data: Record<string, any> }} file */
	return (tree, file) => {
		/** @type {TocEntry[]} */
		const toc = [];
		/** @type {string[]} */
		const citations = [];
		/** @type {Map<string, MdNode[]>} */
		const definitions = new Map();
		/** @type {string[]} */
		const footnoteOrder = [];

		tree.children = (tree.children ?? []).filter((node) => {
			const definition = footnoteDefinition(node);
			if (definition) definitions.set(definition.id, definition.children);
			return !definition;
		});

		walk(tree, (node) => {
			if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
				const text = textOf(node);
				const id = slugify(text);
				if (toc.some((entry) => entry.id === id)) throw new Error(`Two headings share the anchor #${id}`);
				toc.push({ depth: node.depth, id, text });
				node.data = { ...node.data, hProperties: { id } };
				node.children = [
					...(node.children ?? []),
					html(`<a class="anchor" href="#${id}" aria-label="Link to the section “${escapeAttribute(text)}”">#</a>`)
				];
				return [node];
			}
			if (node.type === 'blockquote') {
				const last = node.children?.at(-1);
				if (last?.type === 'paragraph' && /^(—|--)\s/.test(textOf(last))) {
					const first = last.children?.[0];
					if (first?.type === 'text') first.value = first.value?.replace(/^(—|--)\s*/, '');
					last.data = { hName: 'footer' };
					node.data = { hProperties: { className: ['attributed'] } };
				}
				return undefined;
			}
			if (node.type !== 'linkReference' || !node.identifier) return undefined;
			if (node.identifier.startsWith('@')) {
				const keys = node.identifier.split(/[;,]\s*/).map((key) => key.replace(/^@/, '').trim());
				for (const key of keys) {
					if (known && !known.has(key)) throw new Error(`Citation [@${key}] is not in the bibliography`);
					if (!citations.includes(key)) citations.push(key);
				}
				return [html(`<Cite keys={${JSON.stringify(keys)}} />`)];
			}
			if (node.identifier.startsWith('^')) {
				const id = node.identifier.slice(1);
				const body = definitions.get(id);
				if (!body) throw new Error(`Footnote [^${id}] is referenced but never defined`);
				if (!footnoteOrder.includes(id)) footnoteOrder.push(id);
				const n = footnoteOrder.indexOf(id) + 1;
				return [html(`<Footnote n={${n}}>`), ...structuredClone(body), html('</Footnote>')];
			}
			return undefined;
		});

		for (const id of definitions.keys())
			if (!footnoteOrder.includes(id)) throw new Error(`Footnote [^${id}] is defined but never referenced`);

		if (footnoteOrder.length) {
			const items = footnoteOrder.flatMap((id, index) => [
				html(`<li id="fn-${index + 1}">`),
				...(definitions.get(id) ?? []),
				html(
					` <a href="#fnref-${index + 1}" class="backref" ` +
						`aria-label="Back to footnote ${index + 1} in the text">↩</a></li>`
				)
			]);
			tree.children?.push({
				type: 'paragraph',
				data: { hName: 'div', hProperties: { id: 'footnotes', className: ['footnote-list'] } },
				children: [html('<h3>Footnotes</h3><ol>'), ...items, html('</ol>')]
			});
		}

		file.data.fm = { ...file.data.fm, toc, citations, references: known ? references(known, citations) : [] };
	};
}
