/**
 * The contrat d'alternance itself: who may sign it and until when (Vade-Mecum §2), its duration
 * (§4.2), the trial period and the notice (§4.3, fiche 15), the guaranteed rétribution during an
 * incapacity (§4.15, fiche 16).
 */
import {
	offsetDate,
	completedYears,
	anniversary,
	lastDayOfMonths,
	daysInMonth,
	daysInclusive,
	writeDate,
	isoDate,
	isSunday,
	isWorkingDay,
	publicHolidayName
} from './calendar';
import { dayWithWeekday } from './calendar-words';
import { OPERATORS, type Operator } from './choices';
import { RuleInputError } from './errors';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toEuros, toCents, writeCents } from './money';
import {
	accessAgeTable,
	operatorEntryAgeTable,
	guaranteedPayTable,
	maximumDurationTable,
	noticeLengthTable,
	notificationDelayTable,
	trialPeriodTable,
	type AccessAges,
	type NoticeMethod
} from './parameters/contract';
import { vadeMecum } from './parameters/sources';
import { rowInForce, type DateField } from './parameters/table';
import {
	MAX_YEAR,
	requireBoolean,
	requireDate,
	requireDateSpan,
	requireList,
	requireNumber,
	requireObject,
	requireOneOf
} from './validate';

export type { NoticeMethod };
export const NOTICE_METHODS: readonly NoticeMethod[] = [
	'hand-delivery',
	'registered-letter',
	'bailiff'
];

/** A span of calendar days, both ends included. */
export interface DatePeriod {
	start: ISODate;
	end: ISODate;
}

const METHOD_LABELS: Record<NoticeMethod, string> = {
	'hand-delivery': 'écrit remis de la main à la main contre accusé de réception',
	bailiff: "exploit d'huissier",
	'registered-letter': 'lettre recommandée'
};

/** Lists longer than this are typing errors rather than a real contract history. */
const MAX_PERIODS = 100;

const PRORATA_SOURCE = vadeMecum('§4.6, « prorata temporis » de la rétribution mensuelle');

function dayCount(n: number, kind = ''): string {
	return `${n} jour${n > 1 ? 's' : ''}${kind && ` ${kind}`}`;
}

function ordinal(n: number): string {
	return n === 1 ? '1er' : `${n}e`;
}

function yesNo(condition: boolean): string {
	return condition ? 'oui' : 'non';
}

const SIGNING_DATE: DateField = { field: 'signingDate', label: 'Date de signature du contrat' };
const CONTRACT_START: DateField = { field: 'contractStart', label: 'Début du contrat' };

interface CheckedPeriod extends DatePeriod {
	data: Record<string, unknown>;
}

/** Validates a list of periods given in order and without overlap; `data` keeps any extra field. */
function requirePeriods(
	value: unknown,
	field: string,
	label: string,
	min: number
): CheckedPeriod[] {
	const list = requireList(value, field, label, { min, max: MAX_PERIODS });
	const periods: CheckedPeriod[] = [];
	list.forEach((item, i) => {
		const name = `${label} n° ${i + 1}`;
		const data = requireObject(item, `${field}[${i}]`, name);
		const { start, end } = requireDateSpan(
			data.start,
			data.end,
			{ field: `${field}[${i}].start`, label: `${name}, début` },
			{ field: `${field}[${i}].end`, label: `${name}, fin` }
		);
		const previous = periods.at(-1);
		if (previous && start <= previous.end) {
			throw new RuleInputError(
				`${field}[${i}].start`,
				`${name}, début : les périodes doivent être données dans l'ordre, sans chevauchement (la précédente finit le ${writeDate(previous.end)}).`
			);
		}
		periods.push({ start, end, data });
	});
	return periods;
}

/** Suspensions are optional: absent means none. */
function optionalSuspensions(value: unknown): CheckedPeriod[] {
	return value === undefined ? [] : requirePeriods(value, 'suspensions', 'Suspension', 0);
}

/**
 * Pushes the last day of a period back by one day per suspended day from `start` on; a suspension
 * that begins before the (already extended) end is thus absorbed whole.
 */
function extendBySuspensions(
	start: ISODate,
	end: ISODate,
	suspensions: DatePeriod[],
	why: Explainer
): ISODate {
	let last = end;
	for (const suspension of suspensions) {
		if (suspension.end < start) continue;
		if (suspension.start > last) break;
		const from = suspension.start > start ? suspension.start : start;
		const days = daysInclusive(from, suspension.end);
		const extended = offsetDate(last, days);
		why.step(
			`Suspension du ${writeDate(from)} au ${writeDate(suspension.end)} : prolongation de ${dayCount(days)}`,
			`${writeDate(last)} + ${dayCount(days)}`,
			writeDate(extended)
		);
		last = extended;
	}
	return last;
}

/**
 * The day a notice (or any notification of the end of the contract) takes effect: the day after it
 * is handed over against receipt or served by a bailiff; for a registered letter, the third
 * "jour ouvrable" after it is sent, where every day but Sundays and legal public holidays counts,
 * Saturdays included (contract art. 9, Vade-Mecum §4.3 and fiche 15, « Forme du préavis »).
 */
export function noticeTakesEffect(input: {
	notifiedOn: ISODate;
	method: NoticeMethod;
}): Explained<ISODate> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const notifiedOn = requireDate(
		data.notifiedOn,
		'notifiedOn',
		"Date de remise ou d'envoi du préavis"
	);
	const method = requireOneOf(data.method, NOTICE_METHODS, 'method', 'Mode de notification');
	const why = new Explainer();
	const delay = rowInForce(why, notificationDelayTable, notifiedOn, {
		field: 'notifiedOn',
		label: "Date de remise ou d'envoi du préavis"
	}).value[method];
	why.step(`Préavis notifié par ${METHOD_LABELS[method]}, le ${dayWithWeekday(notifiedOn)}`);
	if (delay.count === 'calendar') {
		const effect = offsetDate(notifiedOn, delay.days);
		why.step(
			`Prise d'effet ${dayCount(delay.days, 'calendrier')} après la notification`,
			`${writeDate(notifiedOn)} + ${dayCount(delay.days)}`,
			dayWithWeekday(effect)
		);
		return why.done(effect);
	}
	why.step(
		`Prise d'effet le ${ordinal(delay.days)} jour ouvrable qui suit l'expédition : tous les jours comptent sauf les dimanches et les jours fériés légaux (le samedi compte)`
	);
	let day = notifiedOn;
	let counted = 0;
	while (counted < delay.days) {
		day = offsetDate(day, 1);
		// The holiday list stops at MAX_YEAR: a later count cannot be checked.
		if (Number(day.slice(0, 4)) > MAX_YEAR) {
			throw new RuleInputError(
				'notifiedOn',
				`Date de remise ou d'envoi du préavis : choisissez une date avant la fin de l'année ${MAX_YEAR}.`
			);
		}
		if (isWorkingDay(day)) {
			counted += 1;
			why.step(`${dayWithWeekday(day)} : ${ordinal(counted)} jour ouvrable`);
		} else {
			why.step(
				`${dayWithWeekday(day)} : non compté (${isSunday(day) ? 'dimanche' : `jour férié : ${publicHolidayName(day)}`})`
			);
		}
	}
	why.step('Le préavis prend effet le', undefined, dayWithWeekday(day));
	return why.done(day);
}

/** 31 December of the year of the age that closes the training, with its trace step. */
function latestTrainingEnd(birthDate: ISODate, ages: AccessAges, why: Explainer): ISODate {
	const age = ages.trainingUntilEndOfYearOfAge;
	const birthday = anniversary(birthDate, age);
	const last = isoDate(Number(birthday.slice(0, 4)), 12, 31);
	why.step(
		`Formation possible au plus tard jusqu'au 31 décembre de l'année des ${age} ans (anniversaire le ${writeDate(birthday)})`,
		undefined,
		writeDate(last)
	);
	return last;
}

/**
 * An operator's own conditions on top of the contract's: the highest age at entry (signing date) it
 * accepts, as its own rule with its source; `accepted` is null when no such condition is known for it.
 */
export function operatorEntryConditions(input: {
	operator: Operator;
	birthDate: ISODate;
	signingDate: ISODate;
}): Explained<{
	maximumAge: number | null;
	accepted: boolean | null;
}> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const operator = requireOneOf(data.operator, OPERATORS, 'operator', 'Opérateur de formation');
	const birthDate = requireDate(data.birthDate, 'birthDate', 'Date de naissance');
	const signingDate = requireDate(data.signingDate, 'signingDate', 'Date de signature du contrat');
	const why = new Explainer();
	const maximumAge = rowInForce(why, operatorEntryAgeTable, signingDate, SIGNING_DATE).value[
		operator
	];
	if (maximumAge === null) {
		why.step(
			`Conditions propres à l'opérateur (${operator}) : aucune connue en plus de celles du contrat`
		);
		return why.done({ maximumAge, accepted: null });
	}
	const age = completedYears(birthDate, signingDate);
	const accepted = age <= maximumAge;
	why.step(
		`Règle de l'opérateur (${operator}) : ${maximumAge} ans au plus à l'entrée en formation`,
		`${age} ans ${accepted ? '≤' : '>'} ${maximumAge}`,
		yesNo(accepted)
	);
	if (!accepted) {
		why.step(
			`L'opérateur ${operator} n'accepte pas l'entrée à ${age} ans, même si le contrat d'alternance le permet : renseignez-vous auprès de lui ou d'un autre opérateur`,
			undefined,
			'non'
		);
	}
	return why.done({ maximumAge, accepted });
}

/**
 * Whether a young person may sign a contrat d'alternance on a date: at least 16, or 15 with the
 * first two years of full-time secondary school done, and not yet 25; the training may last until
 * 31 December of the year they turn 26 (Vade-Mecum §2, « Conditions générales » and « Limite
 * d'âge pour conclure un contrat d'alternance »). Ages are taken on the signing date.
 */
export function contractEligibility(input: {
	birthDate: ISODate;
	signingDate: ISODate;
	completedTwoSecondaryYears: boolean;
}): Explained<{ eligible: boolean; latestEndDate: ISODate }> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const birthDate = requireDate(data.birthDate, 'birthDate', 'Date de naissance');
	const signingDate = requireDate(data.signingDate, 'signingDate', 'Date de signature du contrat');
	const twoYears = requireBoolean(
		data.completedTwoSecondaryYears,
		'completedTwoSecondaryYears',
		'Deux premières années du secondaire suivies'
	);
	if (birthDate > signingDate) {
		throw new RuleInputError(
			'birthDate',
			'Date de naissance : elle doit précéder la date de signature du contrat.'
		);
	}
	const why = new Explainer();
	const ages = rowInForce(why, accessAgeTable, signingDate, SIGNING_DATE).value;
	const age = completedYears(birthDate, signingDate);
	why.step(
		`Âge au jour de la signature, le ${writeDate(signingDate)} (naissance le ${writeDate(birthDate)})`,
		undefined,
		`${age} ans`
	);
	const oldEnough = age >= ages.minimum;
	const oldEnoughWithStudies = age >= ages.minimumWithTwoSecondaryYears && twoYears;
	const youngEnough = age < ages.limitAtSigning;
	why.step(
		`Au moins ${ages.minimum} ans, sans condition d'études`,
		`${age} ≥ ${ages.minimum}`,
		yesNo(oldEnough)
	);
	why.step(
		`Au moins ${ages.minimumWithTwoSecondaryYears} ans et les deux premières années du secondaire de plein exercice suivies`,
		`${age} ≥ ${ages.minimumWithTwoSecondaryYears} et deux années ${twoYears ? 'suivies' : 'non suivies'}`,
		yesNo(oldEnoughWithStudies)
	);
	why.step(
		`Moins de ${ages.limitAtSigning} ans à la signature`,
		`${age} < ${ages.limitAtSigning}`,
		yesNo(youngEnough)
	);
	const latestEndDate = latestTrainingEnd(birthDate, ages, why);
	const eligible = (oldEnough || oldEnoughWithStudies) && youngEnough;
	if (eligible) {
		why.step("Les conditions d'âge sont remplies : le contrat peut être signé", undefined, 'oui');
	} else if (!youngEnough) {
		why.step(
			`Contrat impossible : ${ages.limitAtSigning} ans atteints le ${writeDate(anniversary(birthDate, ages.limitAtSigning))}, avant la signature ; un contrat d'alternance ne peut plus être conclu`,
			undefined,
			'non'
		);
	} else {
		const openingAge = twoYears ? ages.minimumWithTwoSecondaryYears : ages.minimum;
		why.step(
			`Contrat impossible : trop jeune à la signature (${age} ans) ; il faut ${ages.minimum} ans, ou ${ages.minimumWithTwoSecondaryYears} ans avec les deux premières années du secondaire ; possible dès le ${writeDate(anniversary(birthDate, openingAge))}`,
			undefined,
			'non'
		);
		if (age >= ages.minimumWithTwoSecondaryYears) {
			why.warn(
				`Dans l'enseignement en alternance (CEFA), d'autres voies d'accès existent à ${ages.minimumWithTwoSecondaryYears} ans : réussite du CE1D, orientation par le conseil de classe, enseignement spécialisé (Vade-Mecum §2).`
			);
		}
	}
	return why.done({ eligible, latestEndDate });
}

export interface ContractDurationCheck {
	/** Last day allowed by the longest duration, counted from the start. */
	maximumEndDate: ISODate;
	withinMaximum: boolean;
	/** 31 December of the year of the 26th birthday; null when no birth date is given. */
	latestEndDate: ISODate | null;
	withinAgeLimit: boolean | null;
	valid: boolean;
}

/**
 * Checks the planned end of a contract against the longest duration (6 years, counted from the
 * start: the last day is the day before the 6th anniversary of the start) and, when the birth date
 * is given, against 31 December of the year the apprentice turns 26 (Vade-Mecum §4.2, article 1 of
 * the contract, and §2). The text sets no minimum duration.
 */
export function checkContractDuration(input: {
	contractStart: ISODate;
	contractEnd: ISODate;
	birthDate?: ISODate;
}): Explained<ContractDurationCheck> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const contractStart = requireDate(data.contractStart, 'contractStart', 'Début du contrat');
	const contractEnd = requireDate(data.contractEnd, 'contractEnd', 'Fin du contrat');
	if (contractEnd < contractStart) {
		throw new RuleInputError(
			'contractEnd',
			'Fin du contrat : la date de fin doit être égale ou postérieure à la date de début.'
		);
	}
	const birthDate =
		data.birthDate === undefined
			? null
			: requireDate(data.birthDate, 'birthDate', 'Date de naissance');
	if (birthDate !== null && birthDate > contractStart) {
		throw new RuleInputError(
			'birthDate',
			'Date de naissance : elle doit précéder le début du contrat.'
		);
	}
	const why = new Explainer();
	const years = rowInForce(why, maximumDurationTable, contractStart, CONTRACT_START).value;
	why.step(
		`Contrat du ${writeDate(contractStart)} au ${writeDate(contractEnd)}`,
		undefined,
		dayCount(daysInclusive(contractStart, contractEnd), 'calendrier')
	);
	why.step(
		'Le texte ne fixe pas de durée minimale : la durée suit le plan de formation (par exemple trois mois en certification par unités)'
	);
	const maximumEndDate = lastDayOfMonths(contractStart, years * 12);
	const withinMaximum = contractEnd <= maximumEndDate;
	why.step(
		`Durée maximale de ${years} ans, comptée de date à date depuis le début : dernier jour possible`,
		`${writeDate(contractStart)} + ${years} ans − 1 jour`,
		writeDate(maximumEndDate)
	);
	why.step(
		'Fin prévue dans la durée maximale',
		`${writeDate(contractEnd)} ≤ ${writeDate(maximumEndDate)}`,
		yesNo(withinMaximum)
	);
	let latestEndDate: ISODate | null = null;
	let withinAgeLimit: boolean | null = null;
	if (birthDate !== null) {
		latestEndDate = latestTrainingEnd(
			birthDate,
			rowInForce(why, accessAgeTable, contractStart, CONTRACT_START).value,
			why
		);
		withinAgeLimit = contractEnd <= latestEndDate;
		why.step(
			"Fin prévue avant la limite d'âge",
			`${writeDate(contractEnd)} ≤ ${writeDate(latestEndDate)}`,
			yesNo(withinAgeLimit)
		);
	}
	return why.done({
		maximumEndDate,
		withinMaximum,
		latestEndDate,
		withinAgeLimit,
		valid: withinMaximum && withinAgeLimit !== false
	});
}

/**
 * Last day of the trial period: one month of effective presence in the company (contract art. 1,
 * Vade-Mecum §4.3). Reading chosen: one calendar month from the first day in the company, "de
 * quantième à veille de quantième", extended by one day per day of suspension (illness, vacation…)
 * that falls in it; scheduled days at the training centre do not extend it.
 */
export function trialPeriodEnd(input: {
	contractStart: ISODate;
	firstDayInCompany?: ISODate;
	suspensions?: DatePeriod[];
}): Explained<ISODate> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const contractStart = requireDate(data.contractStart, 'contractStart', 'Début du contrat');
	const firstDay =
		data.firstDayInCompany === undefined
			? contractStart
			: requireDate(data.firstDayInCompany, 'firstDayInCompany', 'Premier jour en entreprise');
	if (firstDay < contractStart) {
		throw new RuleInputError(
			'firstDayInCompany',
			'Premier jour en entreprise : il ne peut pas précéder le début du contrat.'
		);
	}
	const suspensions = optionalSuspensions(data.suspensions);
	const why = new Explainer();
	const months = rowInForce(why, trialPeriodTable, contractStart, CONTRACT_START).value;
	if (firstDay !== contractStart) {
		why.step(
			`Le contrat commence le ${writeDate(contractStart)} par une période en centre de formation : l'essai compte à partir du premier jour en entreprise`,
			undefined,
			writeDate(firstDay)
		);
		why.source(
			vadeMecum('§4.2, date de début du contrat et période uniquement en centre de formation')
		);
	}
	const end = lastDayOfMonths(firstDay, months);
	why.step(
		`${months} mois de prestations effectives en entreprise, compté de date à date à partir du ${writeDate(firstDay)}`,
		`${writeDate(firstDay)} + ${months} mois − 1 jour`,
		writeDate(end)
	);
	const last = extendBySuspensions(firstDay, end, suspensions, why);
	why.warn(
		"Lecture retenue : « un mois de prestations effectives en entreprise » est compté comme un mois calendrier à partir du premier jour en entreprise, prolongé d'un jour par jour de suspension (maladie, vacances…) ; les jours en centre de formation prévus par l'horaire ne le prolongent pas."
	);
	why.step("Dernier jour de la période d'essai", undefined, dayWithWeekday(last));
	return why.done(last);
}

/**
 * Length and last day of a notice: 7 calendar days when given during the trial period, 14 after
 * (Vade-Mecum fiche 15, « Règles en matière de préavis », and §4.3). Reading chosen: the notice
 * starts on the day it takes effect (see noticeTakesEffect) and runs that many calendar days, that
 * day included, as fiche 16 does for the 14 days "commençant le jour de la notification"; each day
 * of a suspension that fiche 15 lists (illness, work accident, annual vacation…) extends it by a day.
 */
export function noticePeriod(input: {
	takesEffectOn: ISODate;
	duringTrial: boolean;
	suspensions?: DatePeriod[];
}): Explained<{ days: number; lastDay: ISODate }> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const start = requireDate(
		data.takesEffectOn,
		'takesEffectOn',
		"Date de prise d'effet du préavis"
	);
	const duringTrial = requireBoolean(
		data.duringTrial,
		'duringTrial',
		"Préavis donné pendant la période d'essai"
	);
	const suspensions = optionalSuspensions(data.suspensions);
	const why = new Explainer();
	const lengths = rowInForce(why, noticeLengthTable, start, {
		field: 'takesEffectOn',
		label: "Date de prise d'effet du préavis"
	}).value;
	const days = duringTrial ? lengths.duringTrial : lengths.afterTrial;
	why.step(
		duringTrial
			? "Préavis donné pendant la période d'essai"
			: "Préavis donné après la période d'essai",
		undefined,
		dayCount(days, 'calendrier')
	);
	const end = offsetDate(start, days - 1);
	why.step(
		"Le préavis commence le jour de sa prise d'effet, ce jour compris",
		`${writeDate(start)} + ${dayCount(days)} − 1 jour`,
		writeDate(end)
	);
	why.source(
		vadeMecum("fiche 16, préavis « commençant le jour de la notification » du retrait d'agrément")
	);
	const lastDay = extendBySuspensions(start, end, suspensions, why);
	if (lastDay !== end) {
		why.source(
			vadeMecum('fiche 15, « Dans quels cas la période de préavis est-elle prolongée ? »')
		);
		why.warn(
			"Lecture retenue : le préavis est prolongé d'un jour par jour de suspension (maladie, accident du travail, vacances annuelles, repos compensatoire…) ; le Vade-Mecum dit seulement qu'il est « prolongé »."
		);
	}
	why.step('Dernier jour du préavis', undefined, dayWithWeekday(lastDay));
	return why.done({ days, lastDay });
}

export interface IncapacityPeriod extends DatePeriod {
	/** Work accident or occupational disease: the relapse rule does not apply. */
	occupational?: boolean;
	/** A medical certificate shows another illness or accident than the previous incapacity. */
	otherCause?: boolean;
}

export interface GuaranteedPayPeriod extends DatePeriod {
	/** Calendar days of the incapacity, both ends included. */
	days: number;
	/** A new incapacity within the relapse window: it continues the previous guaranteed period. */
	relapse: boolean;
	guaranteedDays: number;
	/** Guaranteed rétribution in euros. */
	amount: number;
}

/** Rétribution of calendar days [first, last]: each month's share is monthly × days / days of the month. */
function prorataCents(
	monthlyCents: number,
	first: ISODate,
	last: ISODate
): { cents: number; formula: string } {
	let cents = 0;
	const parts: string[] = [];
	for (let day = first; day <= last;) {
		const year = Number(day.slice(0, 4));
		const month = Number(day.slice(5, 7));
		const length = daysInMonth(year, month);
		const monthEnd = isoDate(year, month, length);
		const segmentEnd = monthEnd < last ? monthEnd : last;
		const covered = daysInclusive(day, segmentEnd);
		cents += applyRate(monthlyCents, covered, length);
		parts.push(`${writeCents(monthlyCents)} × ${covered} / ${length}`);
		day = offsetDate(segmentEnd, 1);
	}
	return { cents, formula: parts.join(' + ') };
}

/**
 * Guaranteed rétribution during incapacities of work: the company pays the rétribution for the
 * first 7 calendar days of absence, centre days included (contract art. 8, 1°, Vade-Mecum §4.15,
 * fiche 16; fiche 7 for a work accident). A new non-occupational incapacity that starts within the
 * 14 days after the end of a previous one continues it, unless a certificate shows another cause.
 * Readings chosen: a relapse is paid only the days left of the 7 days of the incapacity it
 * continues; one day is worth the monthly rétribution / days of its month (§4.6, prorata
 * temporis), rounded to the cent per month. The text sets no seniority condition.
 */
export function guaranteedPay(input: {
	periods: IncapacityPeriod[];
	monthlyRetribution: number;
}): Explained<{ periods: GuaranteedPayPeriod[]; total: number }> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const periods = requirePeriods(data.periods, 'periods', 'Incapacité', 1);
	const monthlyCents = toCents(
		requireNumber(data.monthlyRetribution, 'monthlyRetribution', 'Rétribution mensuelle', {
			min: 0,
			max: 100_000
		})
	);
	const flags = periods.map(({ data: p }, i) => ({
		occupational:
			p.occupational === undefined
				? false
				: requireBoolean(
						p.occupational,
						`periods[${i}].occupational`,
						`Incapacité n° ${i + 1}, accident du travail ou maladie professionnelle`
					),
		otherCause:
			p.otherCause === undefined
				? false
				: requireBoolean(
						p.otherCause,
						`periods[${i}].otherCause`,
						`Incapacité n° ${i + 1}, autre maladie ou autre accident`
					)
	}));
	const why = new Explainer();
	why.step('Rétribution mensuelle', undefined, writeCents(monthlyCents));
	why.step(
		"Valeur d'un jour : rétribution mensuelle / nombre de jours du mois, arrondie au cent pour chaque mois"
	);
	why.source(PRORATA_SOURCE);
	// The last non-occupational incapacity, and the guaranteed days its chain has left.
	let chain: { end: ISODate; left: number } | undefined;
	let totalCents = 0;
	const results = periods.map(({ start, end }, i) => {
		const { occupational, otherCause } = flags[i]!;
		const rule = rowInForce(why, guaranteedPayTable, start, {
			field: `periods[${i}].start`,
			label: `Incapacité n° ${i + 1}, début`
		}).value;
		const days = daysInclusive(start, end);
		const relapse =
			!occupational &&
			!otherCause &&
			chain !== undefined &&
			start <= offsetDate(chain.end, rule.relapseWindowDays);
		const available = relapse ? chain!.left : rule.days;
		const guaranteedDays = Math.min(days, available);
		const label = `Incapacité du ${writeDate(start)} au ${writeDate(end)} (${dayCount(days, 'calendrier')})`;
		if (occupational) {
			why.step(
				`${label} : accident du travail ou maladie professionnelle, ${rule.days} premiers jours garantis, sans règle de rechute`
			);
			why.source(
				vadeMecum("fiche 7, indemnité en cas d'incapacité temporaire (accident du travail)")
			);
		} else if (relapse) {
			why.step(
				`${label} : rechute, elle commence au plus ${dayCount(rule.relapseWindowDays)} après la fin de l'incapacité précédente (${writeDate(chain!.end)}), sans certificat d'une autre maladie ou d'un autre accident ; jours garantis restants`,
				undefined,
				dayCount(available)
			);
			if (available > 0) {
				why.warn(
					`Lecture retenue pour une rechute : seuls les jours restants des ${rule.days} jours garantis de l'incapacité précédente sont payés (le Vade-Mecum dit que la rétribution garantie « n'est pas due une nouvelle fois »).`
				);
			}
		} else {
			why.step(
				`${label} : nouvelle incapacité${otherCause ? ' (autre maladie ou autre accident, certificat médical)' : ''}, ${rule.days} premiers jours calendrier garantis`
			);
		}
		if (!occupational) chain = { end, left: available - guaranteedDays };
		let cents = 0;
		if (guaranteedDays > 0) {
			const paid = prorataCents(monthlyCents, start, offsetDate(start, guaranteedDays - 1));
			cents = paid.cents;
			why.step(
				`Rétribution garantie pour ${dayCount(guaranteedDays)}`,
				paid.formula,
				writeCents(cents)
			);
		} else {
			why.step(
				'Plus aucun jour garanti : pas de rétribution garantie pour cette période',
				undefined,
				writeCents(0)
			);
		}
		totalCents += cents;
		return { start, end, days, relapse, guaranteedDays, amount: toEuros(cents) };
	});
	why.step('Total de la rétribution garantie', undefined, writeCents(totalCents));
	return why.done({ periods: results, total: toEuros(totalCents) });
}
