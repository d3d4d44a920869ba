import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteUrl } from './site.server';
import { entries } from '../../routes/embed/[widget]/oembed.json/+server';

describe("the site's address at build time", () => {
	afterEach(() => vi.unstubAllEnvs());

	it('comes from SITE_URL, without a trailing slash', () => {
		vi.stubEnv('SITE_URL', 'https://example.org/');
		expect(siteUrl()).toBe('https://example.org');
		expect((entries() as unknown[]).length).toBeGreaterThan(0);
	});

	it('is unknown without SITE_URL: no oEmbed description is written, rather than one naming localhost', () => {
		vi.stubEnv('SITE_URL', '');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(siteUrl()).toBeNull();
		expect(entries()).toEqual([]);
		warn.mockRestore();
	});
});
