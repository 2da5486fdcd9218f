import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario';
import { ageChecks, trialOf } from './contract';

describe('the computations of the contract page', () => {
	it('says who may sign, at what age, and whether the planned end is allowed', () => {
		// Born 15/03/2009, signing 25/08/2025: 16 years old; contract 01/09/2025 to 30/06/2028.
		const checks = ageChecks(defaultScenario());
		expect(checks.eligibility.ok && checks.eligibility.value.value).toEqual({
			eligible: true,
			latestEndDate: '2035-12-31'
		});
		expect(checks.ageAtSigning).toBe(16);
		expect(checks.duration.ok && checks.duration.value.value.valid).toBe(true);
	});

	it('gives no age at signing when the signing date is refused', () => {
		const checks = ageChecks({ ...defaultScenario(), signingDate: '2025-02-30' });
		expect(checks.eligibility.ok).toBe(false);
		expect(checks.ageAtSigning).toBeNull();
	});

	it('reads the first day in the company only when the contract starts at the centre', () => {
		const s = {
			...defaultScenario(),
			contractStart: '2025-09-01',
			trial: { startsAtCentre: false, firstDayInCompany: '2025-09-15', suspensions: [] }
		};
		// One month from 01/09/2025: 30/09/2025; from 15/09/2025: 14/10/2025.
		expect(trialOf(s)).toMatchObject({ ok: true, value: { value: '2025-09-30' } });
		expect(trialOf({ ...s, trial: { ...s.trial, startsAtCentre: true } })).toMatchObject({
			ok: true,
			value: { value: '2025-10-14' }
		});
	});
});
