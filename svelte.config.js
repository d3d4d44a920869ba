import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import rehypeKatexSvelte from 'rehype-katex-svelte';
import { remarkDistill, parseTomlFrontMatter } from './src/lib/article/remark-distill.js';

/** Sub-path hosting: BASE_PATH="/zoom-in" npm run build */
const base = process.env.BASE_PATH ?? '';
/** Where the static site is written (a second build, e.g. under a base path, can go elsewhere). */
const buildDir = process.env.BUILD_DIR ?? 'build';
/** The oEmbed descriptions need the site's absolute address: without SITE_URL they are left out. */
const OEMBED_ROUTE = '/embed/[widget]/oembed.json';

/** @type {import('@sveltejs/kit').PrerenderUnseenRoutesHandlerValue} */
function handleUnseenRoutes({ routes, message }) {
	const expected = process.env.SITE_URL?.trim() ? [] : [OEMBED_ROUTE];
	if (routes.some((route) => !expected.includes(route))) throw new Error(message);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			smartypants: { dashes: 'oldschool' },
			frontmatter: { marker: '+', type: 'toml', parse: parseTomlFrontMatter },
			remarkPlugins: [remarkMath, [remarkDistill, { bibliography: readFileSync('content/references.bib', 'utf8') }]],
			rehypePlugins: [rehypeKatexSvelte]
		})
	],
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		alias: { $content: 'content', $docs: 'docs' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes }
	}
};

export default config;
