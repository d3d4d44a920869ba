// Serves the built site as a static host would (with sirv), optionally under a sub-path:
//   node scripts/serve.js [--port 4173] [--base /sub] [--root build] [--header "Name: value"]…
// Like GitHub Pages and most CDNs it allows other sites to load the files (the custom elements need it),
// sends a folder's address without its slash to the address with one (so relative links resolve inside
// it), and answers what is not there with the site's 404.html.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import sirv from 'sirv';

/**
 * @param {{ root?: string, port?: number, base?: string, headers?: Record<string, string> }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root = 'build', port = 4173, base = '', headers = {} } = {}) {
	const notFound = (/** @type {import('node:http').ServerResponse} */ response) => {
		const page = join(root, '404.html');
		response.writeHead(404, { 'content-type': existsSync(page) ? 'text/html; charset=utf-8' : 'text/plain' });
		response.end(existsSync(page) ? readFileSync(page) : 'Not found');
	};
	const files = sirv(root, {
		// looks each file up when asked, so a build written while the server runs is served as it is now
		dev: true,
		etag: true,
		extensions: ['html'],
		setHeaders: (response) => {
			response.setHeader('access-control-allow-origin', '*');
			for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
		},
		onNoMatch: (_, response) => notFound(response)
	});
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (base && !(url.pathname === base || url.pathname.startsWith(`${base}/`))) return notFound(response);
		const path = url.pathname.slice(base.length) || '/';
		const folder = normalize(join(root, decodeURIComponent(path)));
		if (
			!path.endsWith('/') &&
			folder.startsWith(normalize(root)) &&
			existsSync(join(folder, 'index.html')) &&
			statSync(folder).isDirectory()
		) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}`, 'access-control-allow-origin': '*' });
			return response.end();
		}
		request.url = `${path}${url.search}`;
		files(request, response, () => notFound(response));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	/** @param {string} name @param {string} fallback */
	const option = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : fallback;
	};
	const headers = Object.fromEntries(
		args.flatMap((a, i) => (a === '--header' ? [args[i + 1].split(/:\s*(.*)/s).slice(0, 2)] : []))
	);
	const port = Number(option('port', '4173'));
	const base = option('base', '');
	const root = option('root', 'build');
	await serve({ port, base, root, headers });
	console.log(`Serving ${root}/ at http://localhost:${port}${base}/`);
}
