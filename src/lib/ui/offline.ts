/**
 * The offline worker, seen from the page: registered once the page is idle after its first answer
 * (its precache never competes with the page's own files), told which version this page runs so it
 * keeps that version's files while the page is open, and watched for a newer version taking over.
 */
import { dev, version } from '$app/environment';
import { base } from '$app/paths';

export interface WorkerMessage {
	type: 'version?';
}

/** Starts offline support; `onTakeover` runs when a new worker starts controlling this page. */
export function startOfflineSupport(onTakeover: () => void): () => void {
	const container = navigator.serviceWorker;
	// The development server serves the worker as a module that changes on every edit: offline is for the build.
	if (!container || dev) return () => {};
	const answer = (event: MessageEvent<WorkerMessage>) => {
		if (event.data?.type === 'version?') event.ports[0]?.postMessage({ version });
	};
	container.addEventListener('message', answer);
	container.startMessages();
	container.addEventListener('controllerchange', onTakeover);
	// The worker may drop the files of versions no open page uses any more.
	container.controller?.postMessage({ type: 'cleanup' });
	const register = () =>
		container.register(`${base}/service-worker.js`, { scope: `${base}/` }).catch(() => {});
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(register, { timeout: 5000 })
			: setTimeout(register, 1000);
	if (document.readyState === 'complete') whenIdle();
	else window.addEventListener('load', whenIdle, { once: true });
	return () => {
		container.removeEventListener('message', answer);
		container.removeEventListener('controllerchange', onTakeover);
	};
}
