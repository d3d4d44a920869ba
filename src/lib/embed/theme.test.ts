import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_PROPERTIES, themePropertyError } from './theme';

const css = ['src/lib/theme.css', 'src/lib/embed/elements.css', 'src/routes/embed/[widget]/+page.svelte']
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');

describe('the custom properties the embed docs promise', () => {
	it.each(THEME_PROPERTIES.map((p) => ({ name: p.name })))('$name is read by the figures’ styles', ({ name }) => {
		expect(css).toContain(`var(${name}`);
	});
	it('the styles read no other --zoom- property from the host', () => {
		const read = [...css.matchAll(/var\((--zoom-[\w-]+)/g)].map((m) => m[1]);
		const internal = ['--zoom-rem'];
		expect([...new Set(read)].filter((n) => !internal.includes(n)).sort()).toEqual(
			THEME_PROPERTIES.map((p) => p.name).sort()
		);
	});
});

describe('a theme property a frame is given', () => {
	// as a browser's CSS.supports answers for these values
	const supports = (property: string, value: string) =>
		({ color: ['#8a3b12', 'rebeccapurple'], 'font-family': ['Georgia, serif'], 'font-size': ['20px'] })[
			property as 'color'
		]?.includes(value) ?? false;

	it.each([
		{ name: '--zoom-accent', value: '#8a3b12' },
		{ name: 'zoom-accent', value: 'rebeccapurple' },
		{ name: 'zoom-font', value: 'Georgia, serif' },
		{ name: '--zoom-text-size', value: '20px' },
		{ name: 'zoom-ink', value: null },
		{ name: 'zoom-ink', value: '' }
	])('takes $name = $value', ({ name, value }) => {
		expect(themePropertyError(name, value, supports)).toBeNull();
	});

	it.each([
		{ name: 'zoom-accent', value: 'not a colour', says: 'zoom-accent must be a value CSS takes for color' },
		{ name: 'zoom-text-size', value: '20px; color: red', says: 'for font-size (got "20px; color: red")' },
		{ name: 'zoom-accent', value: 12, says: 'must be a value CSS takes' },
		{ name: 'zoom-glow', value: 'red', says: 'there is no theme property called zoom-glow; they are --zoom-font' }
	])('refuses $name = $value', ({ name, value, says }) => {
		expect(themePropertyError(name, value, supports)).toContain(says);
	});
});
