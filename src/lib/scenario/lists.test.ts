// The scenario keeps its own copies of three lists of the rules engine: importing the engine's
// modules would load them on every page. These tests keep the copies in step.
import { describe, expect, it } from 'vitest';
import { REGIONS as RULE_REGIONS, WORK_DEROGATIONS, checkWorkSchedule } from '$lib/rules';
import { DEROGATIONS, REGIONS } from './scenario';
import { MAX_SHIFTS } from './week';

describe("the scenario's copies of the engine's lists", () => {
	it('name the same regions and derogations, in the same order', () => {
		expect([...REGIONS]).toEqual([...RULE_REGIONS]);
		expect([...DEROGATIONS]).toEqual([...WORK_DEROGATIONS]);
	});

	it('cap the shifts of a schedule where the engine does', () => {
		const shifts = Array.from({ length: MAX_SHIFTS + 1 }, () => ({}));
		expect(() => checkWorkSchedule({ birthDate: '2008-01-01', shifts } as never)).toThrow(
			`au plus ${MAX_SHIFTS} éléments`
		);
	});
});
