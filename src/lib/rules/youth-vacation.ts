/**
 * Youth vacation (« vacances jeunes »): a young person under 25 on 31 December of the year their
 * apprenticeship ends, who then works at least a month under an employment contract that same year,
 * may take up to 4 weeks of vacation the next year, less the ordinary paid days, paid by the
 * unemployment fund at 65 % of a capped wage.
 */
import { completedYears, writeDate } from './calendar';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toCents, toEuros, writeCents, writeNumber } from './money';
import { youthVacationTable } from './parameters/net-pay';
import { rowInForce } from './parameters/table';
import {
	optionalNumber,
	requireBoolean,
	requireDate,
	requireNumber,
	requireObject
} from './validate';

/** A month's gross wage, in euros. */
const PAY = { min: 0, max: 100_000 };

export interface YouthVacationInput {
	birthDate: ISODate;
	/** The last day of the apprenticeship. */
	contractEnd: ISODate;
	/** Whether the person works at least a month under an employment contract after it, the same year; null: not known yet. */
	workedMonthAfter: boolean | null;
	/** The ordinary paid vacation days of the next year (6-day week). */
	ordinaryDays: number;
	/** The gross wage of the first month youth vacation is taken, in euros, if known. */
	firstMonthGross: number | null;
}

export interface YouthVacation {
	/** The year the youth vacation may be taken. */
	year: number;
	/** True or false when decided; null while the month of work after the contract is unknown. */
	eligible: boolean | null;
	days: number;
	/** The allowance per day, from the gross given; null without it. */
	dailyAllowance: number | null;
}

/**
 * Reading taken: the alternance contract is the training that ends, so the month of work must come
 * after it, under an employment contract, in the same calendar year (the sources say « après la fin
 * de tes études »); none addresses the alternance contract explicitly.
 */
export function youthVacation(input: YouthVacationInput): Explained<YouthVacation> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const birth = requireDate(data.birthDate, 'birthDate', 'Date de naissance');
	const end = requireDate(data.contractEnd, 'contractEnd', 'Fin du contrat');
	const worked =
		data.workedMonthAfter === null
			? null
			: requireBoolean(data.workedMonthAfter, 'workedMonthAfter', 'Un mois de travail après');
	const ordinary = requireNumber(data.ordinaryDays, 'ordinaryDays', 'Jours de vacances payées', {
		min: 0,
		max: 366
	});
	const gross = optionalNumber(
		data.firstMonthGross,
		'firstMonthGross',
		'Salaire du premier mois',
		PAY
	);
	const endYear = Number(end.slice(0, 4));
	const year = endYear + 1;
	const why = new Explainer();
	const rule = rowInForce(why, youthVacationTable, `${year}-01-01`, {
		field: 'contractEnd',
		label: 'Fin du contrat'
	}).value;
	const lastDay = `${endYear}-12-31`;
	const age = completedYears(birth, lastDay);
	why.step(
		`Apprentissage terminé en ${endYear} : vacances jeunes possibles en ${year}`,
		`âge au ${writeDate(lastDay)}`,
		`${age} ans (moins de ${rule.ageLimit} ans exigé)`
	);
	const monthLeft = end < `${endYear}-12-01`;
	why.step(
		`Lecture retenue : le mois de travail vient après la fin du contrat (${writeDate(end)}), sous contrat de travail, avant le ${writeDate(lastDay)}`,
		undefined,
		monthLeft ? 'possible' : "impossible : moins d'un mois reste dans l'année"
	);
	let eligible: boolean | null;
	if (age >= rule.ageLimit || !monthLeft || worked === false) eligible = false;
	else eligible = worked;
	if (eligible === null)
		why.step('À vérifier : un mois de travail après le contrat, la même année');
	const days = eligible === false ? 0 : Math.max(0, rule.maxDays - ordinary);
	why.step(
		`Jours : ${rule.maxDays} jours (4 semaines, régime de 6 jours) moins les vacances payées de ${year}`,
		`${rule.maxDays} − ${writeNumber(ordinary)}`,
		eligible === false ? '0 jour (conditions non remplies)' : `${days} jours`
	);
	let dailyAllowance: number | null = null;
	if (gross !== null && eligible !== false && days > 0) {
		const base = Math.min(toCents(gross), toCents(rule.monthlyCap));
		const daily = applyRate(base, rule.rate, 100 * 26);
		dailyAllowance = toEuros(daily);
		why.step(
			`Allocation par jour : ${writeNumber(rule.rate)} % du brut du premier mois, plafonné à ${writeCents(toCents(rule.monthlyCap))}, divisé par 26`,
			`${writeNumber(rule.rate)} % × ${writeCents(base)} / 26`,
			writeCents(daily)
		);
	}
	return why.done({ year, eligible, days, dailyAllowance });
}
