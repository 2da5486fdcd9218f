/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit, and safe across releases. The built files (named by their content)
 * are answered from the cache first; pages and version.json from the network first, the cache
 * serving only when offline, so an open tab learns of a new release. The files of an earlier
 * release stay cached while a page of that release is open, since it may still load them lazily.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'calculs-alternance-';
const CACHE = `${PREFIX}${version}`;
const CACHE_FIRST = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...build, ...files, ...prerendered]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(sw.clients.claim().then(dropUnusedCaches));
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'cleanup') event.waitUntil(dropUnusedCaches());
});

/** The version an open page runs, or undefined when it does not answer (a page without JavaScript). */
function versionOf(client: Client): Promise<string | undefined> {
	return new Promise((done) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => done(undefined), 2000);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			done(typeof event.data?.version === 'string' ? event.data.version : undefined);
		};
		client.postMessage({ type: 'version?' }, [channel.port2]);
	});
}

/** Deletes the caches of earlier releases that no open page runs any more. */
async function dropUnusedCaches(): Promise<void> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const inUse = new Set([
		CACHE,
		...(await Promise.all(windows.map(versionOf))).map((v) => `${PREFIX}${v}`)
	]);
	const keys = await caches.keys();
	await Promise.all(
		keys.filter((key) => key.startsWith(PREFIX) && !inUse.has(key)).map((key) => caches.delete(key))
	);
}

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	// An earlier release's file is found in its own cache while a page of that release is open.
	const cached = (await cache.match(path)) ?? (await caches.match(request));
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

async function networkFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// Offline: pages are cached under their path, without the '.html' a host may add.
		const cached =
			(await cache.match(request, { ignoreSearch: true })) ??
			(await cache.match(path.replace(/\.html$/, '')));
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const immutable = CACHE_FIRST.has(url.pathname) || url.pathname.includes('/_app/immutable/');
	event.respondWith(
		immutable ? cacheFirst(event.request, url.pathname) : networkFirst(event.request, url.pathname)
	);
});
