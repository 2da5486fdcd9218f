import { describe, expect, it } from 'vitest';
import { CONDITION_ANSWERS, answerOf, fromAnswer } from './choices';
import { contractPremiums, type PremiumsInput, type PremiumId } from './premiums';
import { EXAMPLE_CONTRACT, expectRefusal, ruleWarnings, withUsualLevels } from './test-support';

const base: PremiumsInput = {
	...EXAMPLE_CONTRACT,
	levels: [],
	establishment: 'wallonia',
	domicile: 'wallonia',
	tutorCertified: true,
	selfEmployedFirstContract: false,
	outcome: 'success'
};
const premiums = (change: Partial<PremiumsInput> = {}) =>
	contractPremiums(withUsualLevels(base, change));
const premium = (id: PremiumId, change: Partial<PremiumsInput> = {}) =>
	premiums(change).value.find((p) => p.id === id)!;

describe('contractPremiums, Wallonia', () => {
	it('gives the company 750 € the day after a first year of 365 days, with a certified tutor and a successful training', () => {
		const company = premium('wallonia-company');
		expect(company).toMatchObject({ applies: 'yes', amount: 750, beneficiary: 'employer' });
		expect(company.claims).toEqual([{ from: '2026-09-01', until: null, amount: 750 }]);
	});

	it('ends the first year the day before level B, and refuses the company premium under 270 days', () => {
		// Started 5 January 2026, level B from 1 September 2026: 5 January to 31 August is 239 days.
		const levels = [
			{ from: '2026-01-05', level: 'A' },
			{ from: '2026-09-01', level: 'B' }
		] as const;
		const late = premium('wallonia-company', {
			contractStart: '2026-01-05',
			contractEnd: '2028-06-30',
			levels: [...levels]
		});
		expect(late.applies).toBe('no');
		expect(late.conditions.find((c) => c.answer === 'no')!.detail).toContain('239 jours');
		// Level B on the anniversary instead (5 January 2027): a first year of 365 days.
		expect(
			premium('wallonia-company', { contractStart: '2026-01-05', contractEnd: '2028-06-30' })
				.applies
		).toBe('yes');
	});

	it('without a move to level B, counts the first year to the contract end, at the latest 31 August', () => {
		// 1 December 2025 to 31 August 2026: 274 days; to 30 June 2026: 212 days.
		expect(
			premium('wallonia-company', { contractStart: '2025-12-01', contractEnd: '2026-11-30' })
				.applies
		).toBe('yes');
		expect(
			premium('wallonia-company', { contractStart: '2025-12-01', contractEnd: '2026-06-30' })
				.applies
		).toBe('no');
	});

	it('leaves the company premium to check while the tutor is not known to be certified, and refuses a first level B', () => {
		expect(premium('wallonia-company', { tutorCertified: null }).applies).toBe('unknown');
		const levelB = premium('wallonia-company', { levels: [{ from: '2025-09-01', level: 'B' }] });
		expect(levelB.applies).toBe('no');
	});

	it('gives the self-employed premium from the signing, when the person says it is their first contract', () => {
		expect(premium('wallonia-self-employed').applies).toBe('no');
		const first = premium('wallonia-self-employed', { selfEmployedFirstContract: true });
		expect(first).toMatchObject({ applies: 'yes', amount: 750 });
		expect(first.claims[0]!.from).toBe('2025-08-25');
		expect(premium('wallonia-self-employed', { selfEmployedFirstContract: null }).applies).toBe(
			'unknown'
		);
	});

	it('gives the apprentice 750 € after a successful last year, nothing after a failure', () => {
		const success = premium('wallonia-apprentice');
		expect(success).toMatchObject({ applies: 'yes', beneficiary: 'apprentice' });
		expect(success.claims[0]!.from).toBe('2028-07-01');
		expect(premium('wallonia-apprentice', { outcome: 'failure' }).applies).toBe('no');
	});

	it('marks the Walloon figures unconfirmed and says no deadline was found', () => {
		const result = premiums();
		expect(result.value.every((p) => !p.confirmed)).toBe(true);
		expect(result.trace.map((s) => s.label).join(' ')).toContain('Délai de demande : non trouvé');
		expect(result.warnings.join(' ')).toContain('Valeur non confirmée');
	});
});

describe('contractPremiums, Brussels', () => {
	const brussels = { establishment: 'brussels', domicile: 'brussels' } as const;

	it('counts a tutor premium of 1 750 € for each 12-month period with 6 months of contract', () => {
		const tutor = premium('brussels-tutor', brussels);
		expect(tutor.claims.map((c) => c.from)).toEqual(['2026-03-01', '2027-03-01', '2028-03-01']);
		expect(tutor.amount).toBe(5250);
		// The tutor's other apprentices are not known: to check.
		expect(tutor.applies).toBe('unknown');
		expect(ruleWarnings(premiums(brussels)).join(' ')).toContain('une seule prime par tuteur');
	});

	it('needs six whole months: 1 September to 28 February opens it, to 27 February does not', () => {
		expect(
			premium('brussels-tutor', { ...brussels, contractEnd: '2026-02-28' }).claims
		).toHaveLength(1);
		const short = premium('brussels-tutor', { ...brussels, contractEnd: '2026-02-27' });
		expect(short).toMatchObject({ applies: 'no', amount: 0, claims: [] });
	});

	it('refuses the tutor premium for an apprentice of 25 at the start', () => {
		expect(premium('brussels-tutor', { ...brussels, birthDate: '2000-08-31' }).applies).toBe('no');
	});

	it('gives the youth premium only for the years that end before 18, to ask within three months', () => {
		const youth = premium('brussels-youth', brussels);
		expect(youth.claims).toEqual([
			{
				from: '2026-09-01',
				until: '2026-11-30',
				amount: 500
			}
		]);
		const young = premium('brussels-youth', { ...brussels, birthDate: '2011-01-01' });
		expect(young.claims.map((c) => c.amount)).toEqual([500, 500, 750]);
		expect(young.amount).toBe(1750);
	});

	it('follows the domicile for the youth premium and the establishment for the employer premiums', () => {
		const mixed = premiums({ establishment: 'wallonia', domicile: 'brussels' }).value.map(
			(p) => p.id
		);
		expect(mixed).toEqual([
			'wallonia-company',
			'wallonia-self-employed',
			'wallonia-apprentice',
			'brussels-youth'
		]);
		const east = premiums({ establishment: 'german-speaking', domicile: 'german-speaking' });
		expect(east.value).toEqual([]);
		expect(east.trace[0]!.label).toContain('Aucune prime connue');
	});
});

describe('contractPremiums, input', () => {
	it('refuses a wrong region or answer, naming the field', () => {
		expectRefusal(() => premiums({ establishment: 'flanders' as never }), 'establishment');
		expectRefusal(() => premiums({ tutorCertified: 'oui' as never }), 'tutorCertified');
		expectRefusal(() => premiums({ contractEnd: '2025-01-01' }), 'contractEnd');
	});
});

describe("a condition's answer and the yes / no it stores", () => {
	it('go back and forth: yes, no, and to check for a question not answered yet', () => {
		expect([true, false, null].map(answerOf)).toEqual(['yes', 'no', 'unknown']);
		for (const answer of CONDITION_ANSWERS) expect(answerOf(fromAnswer(answer))).toBe(answer);
	});
});
