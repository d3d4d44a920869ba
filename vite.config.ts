import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['content'] } },
	// tfjs-core's gradients are plain ES modules with extensionless imports: Vite resolves them, Node cannot
	test: { include: ['src/**/*.test.ts'], environment: 'node', server: { deps: { inline: [/@tensorflow\/tfjs-core/] } } }
});
