import { describe, expect, it } from 'vitest';
import { compile } from 'mdsvex';
import { parseTomlFrontMatter, remarkDistill, slugify } from './remark-distill.js';
import { parseBibtex } from './bibtex.js';

const bib = `@article{a2020, author = {Olah, Chris and Carter, Shan}, title = {Zoom {In}}, year = {2020}}
@misc{b2022, author = "Elhage, Nelson", title = "Toy Models", year = 2022}`;

async function render(markdown: string) {
	const out = await compile(markdown, { remarkPlugins: [[remarkDistill, { bibliography: bib }]] });
	return out?.code ?? '';
}

describe('BibTeX', () => {
	it('reads braced, quoted and bare fields, and names the authors', () => {
		const entries = parseBibtex(bib);
		expect(entries.map((e) => e.key)).toEqual(['a2020', 'b2022']);
		expect(entries[0].fields.title).toBe('Zoom In');
		expect(entries[1].fields.year).toBe('2022');
		expect(entries[0].authors).toEqual(['Chris Olah', 'Shan Carter']);
	});
	const title = (text: string) => parseBibtex(`@misc{x, title = {${text}}}`)[0].fields.title;
	it.each([
		{ name: 'a braced accent', args: String.raw`Del{\'e}tang`, expected: 'Delétang' },
		{ name: 'an accent on a braced letter', args: String.raw`Schr\"{o}dinger`, expected: 'Schrödinger' },
		{ name: 'a cedilla and a special letter', args: String.raw`Fran\c{c}ois Gau\ss{}`, expected: 'François Gauß' },
		{
			name: 'escapes, dashes and protective braces',
			args: String.raw`{InceptionV1} \& {GPT}--2 --- yes`,
			expected: 'InceptionV1 & GPT–2 — yes'
		}
	])('decodes $name to plain text', ({ args, expected }) => expect(title(args)).toBe(expected));
	it('names authors with accents, first name first', () => {
		expect(
			parseBibtex(String.raw`@misc{x, author = {Del{\'e}tang, Gr{\'e}goire and Ruoss, Anian}}`)[0].authors
		).toEqual(['Grégoire Delétang', 'Anian Ruoss']);
	});
	it('says where it stopped on broken input', () => {
		expect(() => parseBibtex('@article{x, title = {open')).toThrow(/line 1, column 26/);
	});
});

describe('front matter and anchors', () => {
	it.each([
		{ name: 'quoted strings with escapes', args: 'title = "Notes: \\"Zoom\\""', expected: { title: 'Notes: "Zoom"' } },
		{ name: 'bare dates stay strings', args: 'date = 2023-11-28', expected: { date: '2023-11-28' } },
		{ name: 'numbers', args: 'n = 3', expected: { n: 3 } }
	])('TOML $name', ({ args, expected }) => expect(parseTomlFrontMatter(args)).toEqual(expected));
	it.each([
		{
			args: 'Claims 1-2: Neurons + circuits are understandable',
			expected: 'claims-1-2-neurons-circuits-are-understandable'
		},
		{ args: 'High-Low Frequency Detectors', expected: 'high-low-frequency-detectors' }
	])('slugify("$args")', ({ args, expected }) => expect(slugify(args)).toBe(expected));
});

describe('the Distill markdown conventions', () => {
	it('anchors headings and lists them for the table of contents', async () => {
		const code = await render('## First part\n\ntext\n\n### A detail\n');
		expect(code).toContain('<h2 id="first-part">');
		expect(code).toContain('href="#a-detail"');
		expect(code).toContain(
			'"toc":[{"depth":2,"id":"first-part","text":"First part"},{"depth":3,"id":"a-detail","text":"A detail"}]'
		);
	});
	it('turns a footnote reference into a numbered note with the definition inside, and lists it at the end', async () => {
		const code = await render('A pile of algebra[^x]!\n\n[^x]: The [comic](https://xkcd.com/1838/).\n');
		expect(code).toContain('<Footnote n={1}>The <a href="https://xkcd.com/1838/"');
		expect(code).toContain('<li id="fn-1">');
		expect(code).toContain('href="#fnref-1"');
	});
	it('refuses a footnote that is referenced but never defined', async () => {
		await expect(render('Text[^2].\n\n[^1]: note\n')).rejects.toThrow(/\[\^2\] is referenced but never defined/);
	});
	it('numbers citations in order of first appearance and refuses unknown keys', async () => {
		const code = await render('One[@b2022], two[@a2020], again[@b2022].\n');
		expect(code).toContain('"citations":["b2022","a2020"]');
		expect(code).toContain(
			'"references":[{"key":"b2022","number":1,"authors":"Nelson Elhage","title":"Toy Models","venue":"",' +
				'"year":"2022"},{"key":"a2020","number":2,"authors":"Chris Olah and Shan Carter","title":"Zoom In",'
		);
		expect(code).toContain('<Cite keys={["a2020"]} />');
		await expect(render('Bad[@nope].\n')).rejects.toThrow(/not in the bibliography/);
	});
	it('attributes a quote whose last line starts with a dash', async () => {
		const code = await render('> Circuits are falsifiable.\n>\n> — Olah et al.\n');
		expect(code).toContain('<blockquote class="attributed">');
		expect(code).toContain('<footer>Olah et al.</footer>');
	});
});
