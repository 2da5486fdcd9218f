import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offsetDate } from './calendar';
import { insertionInternshipEndDate } from './insertion';
import { contractTimeline, type TimelineInput } from './timeline';
import { EXAMPLE_CONTRACT, expectRefusal, holds, withUsualLevels } from './test-support';

const base: TimelineInput = {
	...EXAMPLE_CONTRACT,
	levels: [],
	region: 'wallonia',
	operator: 'IFAPME'
};
const timeline = (change: Partial<TimelineInput> = {}) =>
	contractTimeline(withUsualLevels(base, change));
const dated = (change: Partial<TimelineInput> = {}) =>
	timeline(change).value.map((e) => `${e.date} ${e.kind}`);

describe('contractTimeline', () => {
	it('lists every dated event of the example contract in order', () => {
		expect(dated()).toEqual([
			'2025-08-25 signing',
			'2025-08-25 premium', // self-employed premium, to check
			'2025-08-31 dimona',
			'2025-08-31 health',
			'2025-09-01 start',
			'2025-09-30 trial-end',
			'2026-05-01 vacation',
			'2026-09-01 level',
			'2026-09-01 premium', // company premium after the first year
			'2027-03-15 birthday',
			'2027-05-01 vacation',
			'2027-08-31 allowance',
			'2027-09-01 level',
			'2028-01-01 social-security',
			'2028-05-01 vacation',
			'2028-06-30 end',
			'2028-07-01 premium', // apprentice premium
			'2028-07-01 insertion', // a successful three-year contract leaves no stage to do
			'2035-12-31 latest-end'
		]);
	});

	it('names the operator at the signing and the level at each change', () => {
		const events = timeline({ operator: 'CEFA' }).value;
		expect(events[0]!.label).toContain('CEFA');
		expect(events.filter((e) => e.kind === 'level').map((e) => e.label)).toEqual([
			'Passage au niveau B',
			'Passage au niveau C'
		]);
	});

	it('leaves out the minor-only events for an adult apprentice', () => {
		const kinds = timeline({ birthDate: '2000-01-10' }).value.map((e) => e.kind);
		for (const kind of ['health', 'birthday', 'allowance', 'social-security'] as const)
			expect(kinds).not.toContain(kind);
	});

	it('dates the stage d’insertion after a short contract from the day after the request', () => {
		// Three months: 79 days without Sundays, so 156 − 79 = 77 days of stage are left.
		const short = {
			contractStart: '2027-03-01',
			contractEnd: '2027-05-31',
			signingDate: '2027-02-20'
		};
		const stage = timeline(short).value.filter((e) => e.kind === 'insertion');
		expect(stage[0]!.date).toBe('2027-06-02');
		const days = Number(/(\d+) jours à faire/.exec(stage[0]!.label)![1]);
		expect(days).toBe(77);
		expect(stage[1]!.date).toBe('2027-08-30');
		expect(stage[1]!.date).toBe(
			insertionInternshipEndDate({ startDate: '2027-06-02', remainingDays: days }).value
		);
	});

	it('shows the Brussels youth premium and its last day of request for a Brussels apprentice', () => {
		const events = timeline({ region: 'brussels' }).value.filter((e) => e.kind === 'premium');
		expect(events.map((e) => e.date)).toContain('2026-11-30');
	});

	it('keeps the events in date order, the contract between its first and last day', () => {
		const contracts = fc.record({
			startOffset: fc.integer({ min: 0, max: 2000 }),
			length: fc.integer({ min: 90, max: 1800 }),
			ageDays: fc.integer({ min: 5800, max: 8000 })
		});
		holds(
			[contracts],
			({ startOffset, length, ageDays }) => {
				const start = offsetDate('2022-01-01', startOffset);
				const end = offsetDate(start, length);
				const events = timeline({
					contractStart: start,
					contractEnd: end,
					signingDate: offsetDate(start, -10),
					birthDate: offsetDate(start, -ageDays)
				}).value;
				const dates = events.map((e) => e.date);
				expect(dates).toEqual([...dates].sort());
				const inside = events.filter((e) =>
					['level', 'birthday', 'vacation', 'trial-end'].includes(e.kind)
				);
				for (const e of inside)
					expect(e.date >= start && e.date <= end, `${e.kind} ${e.date}`).toBe(true);
			},
			{ numRuns: 60 }
		);
	});

	it('refuses a wrong operator or region, naming the field', () => {
		expectRefusal(() => timeline({ operator: 'FOREM' as never }), 'operator');
		expectRefusal(() => timeline({ region: 'flanders' as never }), 'region');
		expectRefusal(() => timeline({ signingDate: '2025-02-30' }), 'signingDate');
	});
});
