/** The results of the age section, in a module of their own: the contract rules load right after the page. */
import { checkContractDuration, contractEligibility } from '$lib/rules';
import { ageOn } from '$lib/rules/calendar';
import type { Scenario } from '$lib/scenario/scenario';
import { attempt } from '$lib/ui/attempt';

/** Who may sign and until when (with the age at signing), and whether the planned end is allowed. */
export function ageChecks(s: Scenario) {
	const eligibility = attempt(() =>
		contractEligibility({ birthDate: s.birthDate, signingDate: s.signingDate, completedTwoSecondaryYears: s.completedTwoSecondaryYears })
	);
	return {
		eligibility,
		ageAtSigning: eligibility.ok ? ageOn(s.birthDate, s.signingDate) : null,
		duration: attempt(() => checkContractDuration({ contractStart: s.contractStart, contractEnd: s.contractEnd, birthDate: s.birthDate }))
	};
}
