/** Runs a rule for the UI: a RuleInputError becomes a message for its field; any other error is a bug and is rethrown. */
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
