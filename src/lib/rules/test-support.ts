/** Helpers shared by the rules' tests. */
import { expect } from 'vitest';
import fc from 'fast-check';
import { RuleInputError } from './errors';
import { contractLevels } from './levels';
import type { Explained } from './explain';
import { allParameterTables } from './parameters';
import { freshnessWarning } from './parameters/table';

const FRESHNESS = new Set(allParameterTables.map((table) => freshnessWarning(table)));

/** A result's warnings other than the freshness ones (tested on their own in parameters.test.ts), so a test can name the rule's own. */
export function ruleWarnings(result: Pick<Explained<unknown>, 'warnings'>): string[] {
	return result.warnings.filter((warning) => !FRESHNESS.has(warning));
}

/** Checks that `predicate` holds for every value the generators draw, so a property test states only its generators and its claim. */
export function holds<Ts extends [unknown, ...unknown[]]>(
	arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
	predicate: (...values: Ts) => void,
	parameters?: fc.Parameters<Ts>
): void {
	fc.assert(fc.property(...arbitraries, predicate), parameters);
}

/** Checks that `call` throws a RuleInputError naming `field`, the error every rule throws on a wrong input. */
export function expectRefusal(call: () => unknown, field: string): void {
	expect(call).toThrow(RuleInputError);
	expect(call).toThrow(expect.objectContaining({ field }));
}

/** A signed contract of the example: born 15/03/2009, signed 25/08/2025, from 01/09/2025 to 30/06/2028. */
export const EXAMPLE_CONTRACT = {
	birthDate: '2009-03-15',
	signingDate: '2025-08-25',
	contractStart: '2025-09-01',
	contractEnd: '2028-06-30'
};

/** `base` changed by `change`, with the levels that follow the contract's dates unless `change` gives its own. */
export function withUsualLevels<
	T extends { contractStart: string; contractEnd: string; levels: unknown }
>(base: T, change: Partial<T>): T {
	const input = { ...base, ...change };
	return change.levels === undefined
		? { ...input, levels: contractLevels(input.contractStart, input.contractEnd) }
		: input;
}
