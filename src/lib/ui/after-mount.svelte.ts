/**
 * A module a page loads right after it is mounted (its rules, a heavy section), so the form shows at once:
 * `current` once it arrived, `failed` when it could not be loaded (offline before the site was cached).
 */
import { onMount } from 'svelte';

export interface Loaded<T> {
	readonly current: T | undefined;
	readonly failed: boolean;
}

/** Starts `load` once the calling component is mounted; call it while the component initialises. */
export function afterMount<T>(load: () => Promise<T>): Loaded<T> {
	let current = $state.raw<T>();
	let failed = $state(false);
	onMount(() => {
		load().then(
			(value) => (current = value),
			() => (failed = true)
		);
	});
	return {
		get current() {
			return current;
		},
		get failed() {
			return failed;
		}
	};
}
