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
		if (base && !(path === base || path.startsWith(`${base}/`))) return notFound(response, root);
		path = path.slice(base.length) || '/';
		const requested = normalize(join(root, path));
		if (!requested.startsWith(normalize(root))) return notFound(response, root);
		// as static hosts do: the file itself, then name.html, then name/index.html
		const folderPage = join(requested, 'index.html');
		const file = await firstFile([requested, `${requested.replace(/\/$/, '')}.html`, folderPage]);
		if (!file) return notFound(response, root);
		// a folder's page lives at its address with a trailing slash, so relative links resolve inside it
		if (file === folderPage && !url.pathname.endsWith('/')) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}`, 'access-control-allow-origin': '*' });
			return response.end();
		}
		try {
			const body = await readFile(file);
			// like most static hosts and CDNs, allow other sites to load the files (the custom elements need it)
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'access-control-allow-origin': '*',
				...headers
			});
			response.end(body);
		} catch {
			notFound(response, root);
		}
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** @param {string[]} candidates */
async function firstFile(candidates) {
	for (const candidate of candidates) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {
			// not there: try the next
		}
	}
	return null;
}

/**
 * Static hosts answer a missing path with the site's 404.html, which here lets the app explain itself.
 * @param {import('node:http').ServerResponse} response
 * @param {string} root
 */
async function notFound(response, root) {
	try {
		const page = await readFile(join(root, '404.html'));
		response.writeHead(404, { 'content-type': TYPES['.html'] });
		response.end(page);
	} catch {
		response.writeHead(404, { 'content-type': 'text/plain' });
		response.end('Not found');
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// node scripts/serve.js [--port 4173] [--base /sub] [--root build] [--header "Name: value"]…
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : fallback;
	};
	const headers = Object.fromEntries(
		args.flatMap((a, i) => (a === '--header' ? [args[i + 1].split(/:\s*(.*)/s).slice(0, 2)] : []))
	);
	const port = Number(option('port', 4173));
	const base = option('base', '');
	const root = option('root', 'build');
	await serve({ port, base, root, headers });
	console.log(`Serving ${root}/ at http://localhost:${port}${base}/`);
}
