import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_PROPERTIES } from './theme';

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
