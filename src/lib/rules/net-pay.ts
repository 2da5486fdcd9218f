/**
 * What an apprentice takes home from a month's gross rétribution: the personal social security
 * contribution (none until 31 December of the year of the 18th birthday), less the social work
 * bonus, and the withholding tax of the year's key formula for a single person without dependants.
 */
import { writeDate } from './calendar';
import { RuleInputError } from './errors';
import { Explainer, type Explained, type ISODate } from './explain';
import { lastPartialYear } from './partial-subjection';
import { roundHalfUp, toCents, toEuros, writeCents, writeNumber } from './money';
import {
	withholdingKeyTable,
	workBonusTable,
	workerContributionTable,
	type WorkBonusPart
} from './parameters/net-pay';
import { rowInForce, type DateField } from './parameters/table';
import { requireList, requireMonth, requireNumber, requireObject } from './validate';

export interface NetRetributionInput {
	/** The month's gross rétribution, in euros. */
	gross: number;
	/** 'YYYY-MM'. */
	month: string;
	birthDate: ISODate;
}

export interface NetRetribution {
	gross: number;
	/** The personal contribution before the work bonus (0 while only partly subject). */
	workerSocialSecurity: number;
	/** The social work bonus: it comes off the contribution, never more than it. */
	workBonus: number;
	withholdingTax: number;
	net: number;
}

const MONTH: DateField = { field: 'month', label: 'Mois' };

/** The social work bonus of one part of the scale for a reference wage S. */
function partBonus(part: WorkBonusPart, wage: number): number {
	if (wage <= part.threshold) return part.amount;
	const step = part.steps.find((s) => wage <= s.upTo);
	return step ? Math.max(0, step.amount - step.slope * (wage - part.threshold)) : 0;
}

/** The bonus of a whole scale (volets A and B add up), in cents. */
function scaleBonus(scale: readonly WorkBonusPart[], wage: number): number {
	return toCents(scale.reduce((sum, part) => sum + partBonus(part, wage), 0));
}

/** The social work bonus for `wage` in the month `on`, cited on `why`, in cents, never above `contribution`. */
function workBonusCents(wage: number, on: ISODate, contribution: number, why: Explainer): number {
	const row = rowInForce(why, workBonusTable, on, MONTH);
	why.step(
		"Lecture retenue : la rétribution du mois sert de salaire de référence S, comme un temps plein aux prestations complètes (l'ONSS ne précise pas le cas de l'apprenti ; non confirmé)."
	);
	let bonus: number;
	if (row.value !== null) {
		bonus = scaleBonus(row.value, wage);
		why.step(
			`Bonus à l'emploi social pour S = ${writeCents(toCents(wage))} (barème employé du ${writeDate(row.from)})`,
			undefined,
			writeCents(bonus)
		);
	} else {
		// The amounts of this period were not found: the smaller bonus of the two scales around it.
		const rows = workBonusTable.rows;
		const at = rows.indexOf(row);
		const before = rows[at - 1]!.value!;
		const after = rows[at + 1]!.value!;
		bonus = Math.min(scaleBonus(before, wage), scaleBonus(after, wage));
		why.step(
			`Estimation : montants de cette période introuvables, le plus petit bonus des barèmes du ${writeDate(rows[at - 1]!.from)} et du ${writeDate(rows[at + 1]!.from)}`,
			undefined,
			writeCents(bonus)
		);
		why.warn(
			`Estimation : le bonus à l'emploi entre le ${writeDate(row.from)} et le ${writeDate(rows[at + 1]!.from)} n'est pas connu ; le calcul prend le plus petit des deux barèmes qui encadrent la période.`
		);
	}
	if (bonus > contribution) {
		why.step(
			'Le bonus ne dépasse jamais la cotisation : il est ramené à la cotisation',
			undefined,
			writeCents(contribution)
		);
		return contribution;
	}
	return bonus;
}

/** The month's withholding tax on `taxable` (cents), less the fiscal work bonus, in cents; cited on `why`. */
function withholdingCents(
	taxable: number,
	socialBonus: number,
	on: ISODate,
	why: Explainer
): number {
	const first = withholdingKeyTable.rows[0]!;
	// Before the first key found, that key stands in as an estimate: an apprentice's pay stays far below its first bracket.
	const key = rowInForce(why, withholdingKeyTable, on < first.from ? first.from : on, MONTH).value;
	const keyYear =
		on < first.from ? first.from.slice(0, 4) : withholdingKeyTable.rows.at(-1)!.from.slice(0, 4);
	if (on.slice(0, 4) !== keyYear) {
		why.step(
			`Formule-clé de ${keyYear} appliquée : celle de ${on.slice(0, 4)} n'a pas été trouvée`
		);
		if (on < first.from)
			why.warn(
				`Estimation : la formule-clé du précompte de ${on.slice(0, 4)} n'a pas été trouvée ; celle de ${keyYear} est appliquée.`
			);
	}
	const annual = toEuros(taxable) * 12;
	const expenses = Math.min(annual * (key.expenseRate / 100), key.expenseMax);
	const net = annual - expenses;
	const last = key.brackets.at(-1)!;
	if (net > last.upTo) {
		throw new RuleInputError(
			'gross',
			`Rétribution brute : au-delà de ${writeCents(toCents(last.upTo))} imposables par an, la tranche suivante de la formule-clé n'est pas connue ; le précompte n'est pas calculé.`
		);
	}
	let tax = 0;
	let lower = 0;
	for (const bracket of key.brackets) {
		if (net > lower) tax += (Math.min(net, bracket.upTo) - lower) * (bracket.rate / 100);
		lower = bracket.upTo;
	}
	const yearly = Math.max(0, tax - key.taxFreeReduction);
	why.step(
		'Précompte : revenu annuel imposable, moins les frais forfaitaires, barème, moins la quotité exemptée, divisé par 12',
		`12 × ${writeCents(taxable)} = ${writeCents(toCents(annual))} − frais ${writeCents(toCents(expenses))} (${writeNumber(key.expenseRate)} %, ${writeCents(toCents(key.expenseMax))} au plus) = ${writeCents(toCents(net))} ; impôt ${writeCents(toCents(tax))} − ${writeCents(toCents(key.taxFreeReduction))}`,
		`${writeCents(toCents(yearly))} par an`
	);
	const monthly = toCents(yearly / 12);
	const fiscalBonus = toCents((toEuros(socialBonus) * key.fiscalBonusRate) / 100);
	const withheld = Math.max(0, monthly - fiscalBonus);
	if (fiscalBonus > 0 && monthly > 0) {
		why.step(
			`Bonus à l'emploi fiscal : ${writeNumber(key.fiscalBonusRate)} % du bonus social, déduit du précompte sans le rendre négatif`,
			`${writeCents(monthly)} − ${writeCents(fiscalBonus)}`,
			writeCents(withheld)
		);
	}
	return withheld;
}

/**
 * The net of one month's gross rétribution. Until 31 December of the year of the 18th birthday an
 * apprentice pays no personal contribution; from 1 January of the year of the 19th, 13,07 % less the
 * work bonus. The withholding tax follows the key of the month's year for a single person without
 * dependants (the last key found is used for later years, with a warning).
 */
export function netRetribution(input: NetRetributionInput): Explained<NetRetribution> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const gross = requireNumber(data.gross, 'gross', 'Rétribution brute', {
		min: 0,
		max: 100_000
	});
	const { year } = requireMonth(data.month, 'month', 'Mois');
	const lastPartial = lastPartialYear(data.birthDate as ISODate);
	const on = `${data.month as string}-01`;
	const why = new Explainer();
	const grossCents = toCents(gross);
	why.step('Rétribution brute du mois', undefined, writeCents(grossCents));
	let contribution = 0;
	let bonus = 0;
	if (year <= lastPartial) {
		why.source(workerContributionTable.rows[0]!.source);
		why.step(
			`Assujettissement limité jusqu'au 31/12/${lastPartial} (année des 18 ans) : pas de cotisation personnelle, pas de bonus à l'emploi`,
			undefined,
			writeCents(0)
		);
	} else {
		const rate = rowInForce(why, workerContributionTable, on, MONTH).value;
		contribution = toCents((gross * rate) / 100);
		why.step(
			`Assujettissement complet depuis le 01/01/${lastPartial + 1} (année des 19 ans) : cotisation personnelle`,
			`${writeNumber(rate)} % × ${writeCents(grossCents)}`,
			writeCents(contribution)
		);
		bonus = workBonusCents(gross, on, contribution, why);
		why.step(
			'Cotisation due après le bonus',
			`${writeCents(contribution)} − ${writeCents(bonus)}`,
			writeCents(contribution - bonus)
		);
	}
	const taxable = grossCents - (contribution - bonus);
	const withheld = withholdingCents(taxable, bonus, on, why);
	const net = grossCents - (contribution - bonus) - withheld;
	why.step(
		'Net du mois',
		`${writeCents(grossCents)} − ${writeCents(contribution - bonus)} − ${writeCents(withheld)}`,
		writeCents(net)
	);
	return why.done({
		gross: toEuros(grossCents),
		workerSocialSecurity: toEuros(contribution),
		workBonus: toEuros(bonus),
		withholdingTax: toEuros(withheld),
		net: toEuros(net)
	});
}

/** One month of a pay schedule with its net. */
export interface NetMonth extends NetRetribution {
	month: string;
}

export interface NetYear {
	year: number;
	gross: number;
	/** Personal contribution after the work bonus. */
	socialSecurity: number;
	withholdingTax: number;
	net: number;
}

/** The net of every month of a schedule and the totals of each calendar year; one trace for all. */
export function netPaySchedule(input: {
	months: readonly { month: string; paid: number }[];
	birthDate: ISODate;
}): Explained<{ months: NetMonth[]; years: NetYear[]; netTotal: number }> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const list = requireList(data.months, 'months', 'Mois de la paie', { min: 1, max: 1200 });
	const birthDate = data.birthDate as ISODate;
	const why = new Explainer();
	const months: NetMonth[] = [];
	const years = new Map<number, NetYear>();
	const lastPartial = lastPartialYear(birthDate);
	let fullShown = false;
	for (const [i, item] of list.entries()) {
		const entry = requireObject(item, `months[${i}]`, `Mois n° ${i + 1}`);
		const month = entry.month as string;
		const one = netRetribution({ gross: entry.paid as number, month, birthDate });
		const full = Number(month.slice(0, 4)) > lastPartial;
		// The steps of the first month, and of the first fully subject month when the status changes.
		if (months.length === 0 || (full && !fullShown)) {
			why.step(`${month.slice(5)}/${month.slice(0, 4)} :`);
			why.absorb(one);
		} else {
			why.source(...one.sources);
			for (const w of one.warnings) why.warn(w);
		}
		fullShown ||= full;
		months.push({ month, ...one.value });
		const year = Number(month.slice(0, 4));
		const total = years.get(year) ?? {
			year,
			gross: 0,
			socialSecurity: 0,
			withholdingTax: 0,
			net: 0
		};
		total.gross = roundHalfUp(total.gross + one.value.gross, 2);
		total.socialSecurity = roundHalfUp(
			total.socialSecurity + one.value.workerSocialSecurity - one.value.workBonus,
			2
		);
		total.withholdingTax = roundHalfUp(total.withholdingTax + one.value.withholdingTax, 2);
		total.net = roundHalfUp(total.net + one.value.net, 2);
		years.set(year, total);
	}
	for (const y of years.values())
		why.step(`Net ${y.year}`, `brut ${writeCents(toCents(y.gross))}`, writeCents(toCents(y.net)));
	const netTotal = months.reduce((sum, m) => sum + toCents(m.net), 0);
	why.step('Net du contrat entier', undefined, writeCents(netTotal));
	return why.done({ months, years: [...years.values()], netTotal: toEuros(netTotal) });
}
