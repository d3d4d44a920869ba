import { isMainThread } from 'node:worker_threads';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Says once per build what a build without the site's address leaves out. */
function siteAddressNotice(): Plugin {
	// SvelteKit loads this config again for each of its builds, and in the threads that prerender
	const said = Symbol.for('zoom-in.site-address-notice');
	const mark = globalThis as { [said]?: boolean };
	return {
		name: 'site-address-notice',
		apply: 'build',
		buildStart() {
			if (!isMainThread || mark[said] || process.env.SITE_URL?.trim()) return;
			mark[said] = true;
			this.warn(
				'SITE_URL is not set: this build leaves out what needs the site’s absolute address (the oEmbed descriptions, ' +
					'og:url and absolute card images, the citation’s URL). Everything else works from any host. ' +
					'To include them: SITE_URL=https://your.site npm run build'
			);
		}
	};
}

export default defineConfig({
	plugins: [siteAddressNotice(), sveltekit()],
	// the engine's worker is a module worker: it loads tfjs's backends on demand, as the page would
	worker: { format: 'es' },
	server: { fs: { allow: ['content'] } },
	// tfjs-core's gradients are plain ES modules with extensionless imports: Vite resolves them, Node cannot.
	// The long files (the analysis run again, the pictures grown again) are single-threaded: one per core.
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		maxWorkers: 2,
		server: { deps: { inline: [/@tensorflow\/tfjs-core/] } }
	}
});
