import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The one inline script of app.html (it hides the prerendered answer when a link carries a scenario), allowed by its hash.
const startScript =
	/<script id="linked-scenario">(.*?)<\/script>/s.exec(readFileSync('src/app.html', 'utf8'))?.[1] ??
	'';
const startScriptHash = `sha256-${createHash('sha256').update(startScript).digest('base64')}`;

// BUILD_DIR lets a second build (another base path or release) sit beside the first.
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No version marker in every component's chunk: bytes the first visit does not need.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		// A site under a subfolder (GitHub Pages project, school intranet): BASE_PATH=/outils/alternance.
		paths: { base: process.env.BASE_PATH ?? '' },
		// A page's styles (4 to 8 small files) travel in its HTML: on a slow network each blocking file would cost a round trip before the first paint.
		inlineStyleThreshold: Infinity,
		// A tab left open across a release learns of the new version and reloads on its next navigation.
		version: { name: process.env.APP_VERSION, pollInterval: 5 * 60_000 },
		// The layout registers the worker once the first answer is on screen, so it never competes with it.
		serviceWorker: { register: false },
		// Static pages carry their policy in a meta tag; inline scripts of SvelteKit are allowed by hash.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', startScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
