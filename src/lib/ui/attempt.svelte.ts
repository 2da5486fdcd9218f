/**
 * What may fail, for the UI: a rule (a RuleInputError becomes a message for its field; any other error is a
 * bug and is rethrown), or a module a page loads once it is mounted and painted. And the other work the UI
 * puts off so the answer shows first: what runs once the next frame is painted.
 */
import { onMount } from 'svelte';
import { RuleInputError } from '$lib/rules';

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: RuleInputError };

export function attempt<T>(compute: () => T): Attempt<T> {
	try {
		return { ok: true, value: compute() };
	} catch (error) {
		if (error instanceof RuleInputError) return { ok: false, error };
		throw error;
	}
}

/** The message of a failed attempt when it concerns one of `fields` (prefix match: 'levels' covers 'levels[0].from'). */
export function errorFor(result: Attempt<unknown>, ...fields: string[]): string | undefined {
	if (result.ok) return undefined;
	return fields.some(
		(f) =>
			result.error.field === f ||
			result.error.field.startsWith(`${f}[`) ||
			result.error.field.startsWith(`${f}.`)
	)
		? result.error.message
		: undefined;
}

export interface Loaded<T> {
	readonly current: T | undefined;
	readonly failed: boolean;
}

/**
 * A module a page loads once it is mounted and painted (its rules, a heavy section), so the form shows at
 * once: `current` once it arrived, `failed` when it could not be loaded (offline before the site was cached).
 * Call it while the component initialises.
 */
export function afterMount<T>(load: () => Promise<T>): Loaded<T> {
	let current = $state.raw<T>();
	let failed = $state(false);
	// Asked for after hydration's frame is painted: its preload links are not added in hydration's task.
	onMount(() =>
		afterPaint(() =>
			load().then(
				(value) => (current = value),
				() => (failed = true)
			)
		)
	);
	return {
		get current() {
			return current;
		},
		get failed() {
			return failed;
		}
	};
}

/**
 * Runs `work` in a task of its own once the next frame is painted, so what a keystroke shows does not wait
 * for it. Returns what cancels it, before or after the frame.
 */
export function afterPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const later = () => (timer = setTimeout(work));
	// A tab in the background paints no frame until it is shown: there the work waits for the next task only.
	if (document.hidden) {
		later();
		return () => clearTimeout(timer);
	}
	const frame = requestAnimationFrame(later);
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
