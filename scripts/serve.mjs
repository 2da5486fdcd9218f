// Serves a built site as a static host does: `/page` answers page.html, every header of the build's
// `_headers` file is applied (Netlify and Cloudflare Pages syntax), text is gzipped when the browser
// accepts it, and the site can live under a subfolder (BASE_PATH).
// Usage: node scripts/serve.mjs [--root build] [--base /outils/alternance] [--port 4173]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * The rules of a `_headers` file: a path pattern line, then indented `Name: value` lines.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(
				`^${line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replaceAll('*', '.*')}$`
			);
			rules.push({ pattern, headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The file a URL path names in the build, as static hosts resolve it, or undefined.
 * @param {string} root
 * @param {string} path
 */
function fileFor(root, path) {
	const candidates = path.endsWith('/')
		? [`${path}index.html`, `${path.slice(0, -1)}.html`]
		: [path, `${path}.html`, `${path}/index.html`];
	for (const candidate of candidates) {
		const file = join(root, candidate);
		if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

/**
 * Starts a server; `root` can be changed while it runs (a new release deployed in place).
 * `httpCache: false` forbids the browser's HTTP cache, as when a phone has evicted it.
 * Resolves to { url, server, site } where `site.root` is the folder served.
 * @param {{ root?: string, base?: string, port?: number, host?: string, httpCache?: boolean }} [options]
 * @returns {Promise<{ url: string, server: import('node:http').Server, site: { root: string } }>}
 */
export function serve({
	root = 'build',
	base = '',
	port = 0,
	host = '127.0.0.1',
	httpCache = true
} = {}) {
	const site = { root: resolve(root) };
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		const headersFile = join(site.root, '_headers');
		const rules = existsSync(headersFile)
			? parseHeadersFile(readFileSync(headersFile, 'utf8'))
			: [];
		for (const rule of rules)
			if (rule.pattern.test(path))
				for (const [name, value] of rule.headers) response.setHeader(name, value);
		if (!httpCache) response.setHeader('Cache-Control', 'no-store');
		const file =
			path === base || path.startsWith(`${base}/`)
				? fileFor(site.root, path.slice(base.length) || '/')
				: undefined;
		if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
			response.statusCode = file ? 405 : 404;
			response.setHeader('Content-Type', 'text/plain; charset=utf-8');
			response.end(file ? 'Méthode non permise' : 'Page introuvable');
			return;
		}
		const type = extname(file);
		let body = readFileSync(file);
		response.setHeader('Content-Type', TYPES[type] ?? 'application/octet-stream');
		response.setHeader('Vary', 'Accept-Encoding');
		if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			body = gzipSync(body);
			response.setHeader('Content-Encoding', 'gzip');
		}
		response.setHeader('Content-Length', body.length);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) => {
		server.listen(port, host, () => {
			const address = /** @type {import('node:net').AddressInfo} */ (server.address());
			done({ url: `http://${host}:${address.port}${base}`, server, site });
		});
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	/** @type {(name: string, fallback: string) => string} */
	const arg = (name, fallback) => {
		const at = process.argv.indexOf(`--${name}`);
		return (at > 0 && process.argv[at + 1]) || fallback;
	};
	const { url } = await serve({
		root: arg('root', 'build'),
		base: arg('base', process.env.BASE_PATH ?? ''),
		port: Number(arg('port', '4173'))
	});
	console.log(`Serving on ${url}/`);
}
