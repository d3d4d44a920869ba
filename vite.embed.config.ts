// Builds the custom elements (/embed/widgets.js and what it loads) into the site, with paths relative
// to the script, so that one <script> tag on any origin, under any base path, finds the rest.
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { remToHostUnitsPlugin } from './src/lib/embed/host-units.ts';

export default defineConfig({
	plugins: [
		svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { css: 'external' } }),
		remToHostUnitsPlugin()
	],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	base: './',
	worker: { format: 'es' },
	publicDir: false,
	build: {
		outDir: `${process.env.BUILD_DIR ?? 'build'}/embed`,
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
