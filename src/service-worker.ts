/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit: every built asset and prerendered page is cached at install;
 * requests to the site are answered from the cache first, so the suite opens without a network.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `calculs-alternance-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached under their path without the trailing '.html' the host may add.
			const cached = (await cache.match(event.request, { ignoreSearch: true })) ?? (await cache.match(url.pathname.replace(/\.html$/, '')));
			if (cached) return cached;
			const response = await fetch(event.request);
			if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
			return response;
		})()
	);
});
