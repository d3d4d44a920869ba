// Builds the model benchmark page (not part of the site) into .cache/bench-page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	publicDir: false,
	logLevel: 'warn',
	build: {
		outDir: fileURLToPath(new URL('../../.cache/bench-page', import.meta.url)),
		emptyOutDir: true,
		rollupOptions: { input: 'model.html' }
	}
});
