// Builds the custom elements (/embed/widgets.js and what it loads) into the site, with paths relative
// to the script, so that one <script> tag on any origin, under any base path, finds the rest.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { remToHostUnitsPlugin } from './src/lib/embed/host-units.ts';

const out = process.env.BUILD_DIR ?? 'build';

/**
 * The elements run the site's own engine worker, the one the site's pages and frames run (built by SvelteKit
 * just before), and where no worker can start, the page's engine takes that worker's WebAssembly: a page that
 * holds frames and elements fetches tfjs and its WebAssembly once, and the site holds them once.
 */
function siteEngineFiles(): Plugin {
	const prefix = '\0zoom-in:site-file:';
	const folder = '_app/immutable/workers';
	/** the one built file in `dir` (below the site's root) whose name matches */
	const builtFile = (dir: string, pattern: RegExp) => {
		const found = readdirSync(`${out}/${dir}`).filter((f) => pattern.test(f));
		if (found.length !== 1)
			throw new Error(
				`Expected one file like ${pattern} in ${out}/${dir} (run the site's build first); found ${found.length}`
			);
		return `${dir}/${found[0]}`;
	};
	return {
		name: 'site-engine-files',
		enforce: 'pre',
		resolveId(source) {
			if (source.endsWith('engine.worker.ts?worker&url'))
				return `${prefix}${builtFile(folder, /^engine\.worker-.*\.js$/)}`;
			const wasm = /([\w-]+)\.wasm\?url$/.exec(source);
			if (wasm) return `${prefix}${builtFile(`${folder}/assets`, new RegExp(`^${wasm[1]}-[\\w-]{8}\\.wasm$`))}`;
			return null;
		},
		load: (id) =>
			id.startsWith(prefix)
				? `import { SITE } from '$lib/embed/site';\n` +
					`export default new URL(${JSON.stringify(id.slice(prefix.length))}, SITE).href;\n`
				: null
	};
}

export default defineConfig({
	plugins: [
		siteEngineFiles(),
		svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { css: 'external' } }),
		remToHostUnitsPlugin()
	],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	base: './',
	worker: { format: 'es' },
	publicDir: false,
	build: {
		outDir: `${out}/embed`,
		emptyOutDir: false,
		cssCodeSplit: false,
		rollupOptions: {
			input: 'src/lib/embed/elements.ts',
			preserveEntrySignatures: 'allow-extension',
			output: {
				entryFileNames: 'widgets.js',
				chunkFileNames: 'chunks/[name]-[hash].js',
				assetFileNames: (asset) =>
					asset.names?.[0]?.endsWith('.css') ? 'widgets.css' : 'assets/[name]-[hash][extname]'
			}
		}
	}
});
