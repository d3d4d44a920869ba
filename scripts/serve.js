// Serves the built site as a static host would, optionally under a sub-path: node scripts/serve.js [port] [base]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.bin': 'application/octet-stream',
	'.txt': 'text/plain'
};

/**
 * @param {{ root?: string, port?: number, base?: string, headers?: Record<string, string> }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root = 'build', port = 4173, base = '', headers = {} } = {}) {
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (base && !(path === base || path.startsWith(`${base}/`))) return notFound(response);
		path = path.slice(base.length) || '/';
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) return notFound(response);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		} catch {
			if (!extname(file)) file += '.html';
		}
		try {
			const body = await readFile(file);
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
			response.end(body);
		} catch {
			notFound(response);
		}
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** @param {import('node:http').ServerResponse} response */
function notFound(response) {
	response.writeHead(404, { 'content-type': 'text/plain' });
	response.end('Not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? 4173);
	const base = process.argv[3] ?? '';
	await serve({ port, base });
	console.log(`Serving build/ at http://localhost:${port}${base}/`);
}
