import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteUrl } from './site.server';
import { WIDGETS } from '../widgets/registry';
import { entries } from '../../routes/embed/[widget]/oembed.json/+server';

describe("the site's address at build time", () => {
	afterEach(() => vi.unstubAllEnvs());

	it('comes from SITE_URL, without a trailing slash, and then every widget gets an oEmbed description', () => {
		vi.stubEnv('SITE_URL', 'https://example.org/');
		expect(siteUrl()).toBe('https://example.org');
		expect(entries()).toEqual(WIDGETS.map((w) => ({ widget: w.spec.slug })));
	});

	it('is unknown without SITE_URL: no oEmbed description is written, rather than one naming localhost', () => {
		vi.stubEnv('SITE_URL', '');
		expect(siteUrl()).toBeNull();
		expect(entries()).toEqual([]);
	});
});
