/** Input checks shared by the employer-side rules: a signed contract with its levels, and premiums passed on. */
import { CONDITION_ANSWERS } from './choices';
import type { ISODate } from './explain';
import { requireContractPeriod } from './levels';
import { PREMIUM_TITLES, type Premium, type PremiumId } from './premiums';
import { requireLevels, type LevelChange } from './retribution';
import { requireDate, requireList, requireNumber, requireObject, requireOneOf } from './validate';

/** The birth date, the signing date, the contract's period and its levels (level A from the start unless given). */
export function readSignedContract(input: unknown): {
	data: Record<string, unknown>;
	birth: ISODate;
	signing: ISODate;
	start: ISODate;
	end: ISODate;
	levels: LevelChange[];
} {
	const data = requireObject(input, 'input', 'Données du calcul');
	const birth = requireDate(data.birthDate, 'birthDate', 'Date de naissance');
	const signing = requireDate(data.signingDate, 'signingDate', 'Date de signature du contrat');
	const { start, end } = requireContractPeriod(data.contractStart, data.contractEnd);
	return { data, birth, signing, start, end, levels: requireLevels(data.levels, { start, end }) };
}

/** Checks premiums passed on to another rule: who receives each, whether it applies, and its claims. */
export function requirePremiums(value: unknown, field: string): Premium[] {
	return requireList(value, field, 'Primes', { min: 0, max: 10 }).map((item, i) => {
		const at = `${field}[${i}]`;
		const premium = requireObject(item, at, `Prime n° ${i + 1}`);
		requireOneOf(
			premium.beneficiary,
			['employer', 'apprentice'] as const,
			`${at}.beneficiary`,
			'Bénéficiaire'
		);
		requireOneOf(premium.applies, CONDITION_ANSWERS, `${at}.applies`, 'Conditions remplies');
		requireOneOf(premium.id, Object.keys(PREMIUM_TITLES) as PremiumId[], `${at}.id`, 'Prime');
		requireList(premium.claims, `${at}.claims`, 'Demandes', { min: 0, max: 20 }).forEach((c, j) => {
			const claim = requireObject(c, `${at}.claims[${j}]`, `Demande n° ${j + 1}`);
			requireDate(claim.from, `${at}.claims[${j}].from`, 'Date de la demande');
			if (claim.until !== null)
				requireDate(claim.until, `${at}.claims[${j}].until`, 'Dernier jour de la demande');
			requireNumber(claim.amount, `${at}.claims[${j}].amount`, 'Montant de la prime', {
				min: 0,
				max: 100_000
			});
		});
		return item as Premium;
	});
}
