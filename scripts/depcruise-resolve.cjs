// The aliases svelte.config.js declares ($lib, $content), for dependency-cruiser to resolve imports as Vite does.
const path = require('node:path');

module.exports = {
	resolve: {
		alias: {
			$lib: path.resolve(__dirname, '../src/lib'),
			$content: path.resolve(__dirname, '../content'),
			$docs: path.resolve(__dirname, '../docs')
		}
	}
};
