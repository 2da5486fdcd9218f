/**
 * Turns any value of a dated parameter table into short French lines for people: numbers with their
 * unit, money in euros, 'MM-DD' as a day of the year, objects as « clé : valeur » lines. It works by
 * value type, so a table added later renders without change; known keys get a French label.
 */
import { dayAndMonth, formatEuros, formatNumber } from '$lib/rules';

/** One line of a described value; `lines` holds the parts of a nested value. */
export interface ValueLine {
	label?: string;
	text: string;
	lines?: ValueLine[];
}

/** How a number under a known key is written: money, a year, or a number followed by a word. */
type NumberFormat =
	'money' | 'year' | 'plain' | { word: string; plural?: string } | ((n: number) => string);

interface KeyInfo {
	label: string;
	format?: NumberFormat;
	/** What a null value means under this key, when not « sans objet ». */
	none?: string;
}

const days = { word: 'jour', plural: 'jours' };
const years = { word: 'an', plural: 'ans' };
const percent = (n: number) => `${formatNumber(n)} %`;
/** Minutes of work as '4 h 30 de travail'. */
const workLength = (minutes: number) =>
	`${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60}` : ''} de travail`;

/** French labels of the keys the tables use, with a number format where needed; an unknown key is shown as it is. */
const KEYS: Record<string, string | KeyInfo> = {
	A: 'Niveau A',
	B: 'Niveau B',
	C: 'Niveau C',
	minimum: 'Âge minimum',
	minimumWithTwoSecondaryYears: {
		label: 'Âge minimum après les deux premières années du secondaire'
	},
	limitAtSigning: 'Âge qui interdit de signer',
	trainingUntilEndOfYearOfAge: {
		label: "Formation possible jusqu'au",
		format: (n) => `31 décembre de l'année des ${n} ans`
	},
	'hand-delivery': 'Remise contre accusé de réception',
	bailiff: "Exploit d'huissier",
	'registered-letter': 'Lettre recommandée',
	duringTrial: "Pendant la période d'essai",
	afterTrial: "Après la période d'essai",
	days: { label: 'Durée', format: days },
	relapseWindowDays: { label: 'Délai de rechute', format: days },
	referenceDaysPerWeek: { label: 'Semaine de référence', format: { word: 'jours par semaine' } },
	fullTimeHoursPerWeek: { label: 'Temps plein', format: { word: 'heures par semaine' } },
	decimals: { label: 'Décimales gardées', format: 'plain' },
	daysPerMonth: { label: 'Par mois presté', format: days },
	weeks: { label: 'Au plus', format: { word: 'semaine', plural: 'semaines' } },
	blueCollarBase: 'Ouvrier : base (part des rétributions brutes)',
	blueCollarRate: 'Ouvrier : pécule (simple et double)',
	whiteCollarDoubleRate: 'Employé : double pécule',
	startupMonths: "Période d'amorçage",
	unpaidDays: 'Vacances non rétribuées',
	consecutiveWeeks: 'Semaines consécutives',
	windowStart: 'À partir du',
	windowEnd: "Jusqu'au",
	daysPerYear: 'Par année civile',
	kind: 'Règle',
	internshipDays: { label: 'Durée du stage', format: { word: 'jours (semaine de 6 jours)' } },
	failureDivisor: { label: 'Sans succès : diviseur des jours du contrat', format: 'plain' },
	failureFloorDays: { label: 'Sans succès : stage restant minimum', format: days },
	allowanceMinimumAge: {
		label: "Sans succès ni diplôme : âge minimum de l'allocation",
		format: years
	},
	maximumRequestAge: { label: 'Âge limite de la demande', format: years },
	allowanceMonths: {
		label: "Durée maximale de l'allocation d'insertion",
		format: { word: 'mois' }
	},
	unconditionalUntilMonthDay: "Droit inconditionnel jusqu'au",
	unconditionalUntilYearOfAge: {
		label: 'Fin du droit inconditionnel',
		format: (n) => `année des ${n} ans`
	},
	lastMonthAge: { label: 'Dernier mois payé', format: (n) => `mois des ${n} ans` },
	monthlyCeiling: { label: 'Plafond mensuel brut', format: 'money' },
	hoursPerQuarter: {
		label: 'Travail hors contrat',
		format: { word: 'heures par trimestre au plus' }
	},
	fromBirthYear: { label: 'Jeunes nés à partir de', format: 'year' },
	untilAge: { label: "Droit semi-automatique jusqu'à", format: years },
	breakAfterMinutes: { label: 'Pause due au-delà de', format: workLength },
	breakMinutes: { label: "Pauses d'au moins", format: { word: 'minutes' } },
	longDayAfterMinutes: { label: 'Pauses plus longues au-delà de', format: workLength },
	longDayBreakMinutes: { label: "Alors, pauses d'au moins", format: { word: 'minutes' } },
	inOneGoMinutes: { label: "Dont d'un seul tenant", format: { word: 'minutes' } },
	adult: 'Adulte',
	minor: 'Mineur',
	nightDerogation: 'Dérogations de nuit dès',
	derogations: 'Dérogations',
	horeca: 'Horeca (CP 302)',
	audiovisual: 'Audiovisuel (CP 227)',
	'shift-work': 'Travail en équipes ou ininterrompu',
	base: 'En général',
	withHalfDayOfRest: 'Avec un demi-jour de repos en plus du dimanche',
	standard: 'Régime général',
	construction: 'Construction (CP 124)',
	hours: 'Durée',
	compensatoryDays: {
		label: 'Repos compensatoire',
		format: { word: 'jour par an', plural: 'jours par an' }
	},
	weekday: 'En semaine',
	sundayOrHoliday: 'Dimanche ou jour férié',
	easterOffset: {
		label: 'Date',
		format: (n) => `dimanche de Pâques + ${n} jour${n > 1 ? 's' : ''}`
	},
	note: 'Remarque',
	threshold: { label: "Réduction entière jusqu'à un salaire de", format: 'money' },
	amount: { label: 'Réduction', format: 'money' },
	steps: 'Au-delà, réduction dégressive',
	upTo: { label: "Jusqu'à un salaire de", format: 'money' },
	slope: { label: 'Moins, par euro au-delà du seuil', format: 'plain' },
	expenseRate: { label: 'Frais forfaitaires', format: percent },
	expenseMax: { label: 'Frais forfaitaires au plus', format: 'money' },
	brackets: 'Barème de base',
	rate: { label: 'Taux', format: percent },
	taxFreeReduction: { label: 'Réduction pour la quotité exemptée', format: 'money' },
	fiscalBonusRate: { label: "Bonus à l'emploi fiscal (part du bonus social)", format: percent },
	minimumAmount: { label: 'Au moins', format: 'money' },
	ageLimit: { label: 'Âge au 31 décembre de la fin de la formation : moins de', format: years },
	maxDays: { label: 'Jours par an, vacances ordinaires comprises', format: days },
	monthlyCap: { label: 'Plafond du salaire mensuel brut', format: 'money' },
	companyPremium: { label: "À l'entreprise, après la première année", format: 'money' },
	selfEmployedPremium: { label: "À l'indépendant, au premier contrat", format: 'money' },
	apprenticePremium: { label: "À l'apprenant, à la réussite", format: 'money' },
	firstYearDays: { label: 'Première année sous contrat, au moins', format: days },
	tutorPremium: { label: 'Par tuteur et par période', format: 'money' },
	periodMonths: { label: 'Période', format: { word: 'mois' } },
	minimumMonths: { label: 'Formation chez le même employeur, au moins', format: { word: 'mois' } },
	maxApprentices: { label: 'Apprenants par tuteur, au plus', format: 'plain' },
	apprenticeAgeLimit: { label: 'Apprenant de moins de', format: years },
	requestWindowMonths: { label: 'Délai de chaque demande', format: { word: 'mois' } },
	youthPremiums: 'Par demande (1re, 2e, 3e)',
	youthAgeLimit: { label: 'Jeune de moins de', format: years },
	claimMonths: { label: "Délai de demande après la fin de l'année", format: { word: 'mois' } },
	trainShare: {
		label: 'Carte-train',
		format: percent,
		none: 'barème de montants par distance, non repris'
	},
	fixedPriceShare: { label: 'Abonnement à prix fixe (STIB, TEC, De Lijn)', format: percent },
	minimumKm: {
		label: 'Autres transports publics : dû à partir de',
		format: (n) => (n === 0 ? 'dès le premier kilomètre' : `${n} km`)
	},
	quarterlyRate: { label: 'Chaque trimestre', format: percent },
	annualRate: { label: 'Une fois par an', format: percent },
	wageBase: { label: 'Base des deux parts (part des rétributions brutes)', format: percent }
};

function keyInfo(key: string): KeyInfo | undefined {
	const known = KEYS[key];
	return typeof known === 'string' ? { label: known } : known;
}

/** French words for the code values some tables hold. */
const WORDS: Record<string, string> = {
	'fiche-12': 'fiche 12 du Vade-Mecum',
	'loi-programme-2025': 'loi-programme du 18 juillet 2025',
	'income-ceiling': 'plafond de revenus mensuel',
	'quarter-hours': "limite d'heures de travail hors contrat par trimestre",
	'wallonia-semi-automatic': 'droit semi-automatique, sans plafond de revenus',
	'no-effect': "la rétribution n'a pas d'effet"
};

// A unit naming several quantities (« jours, heures par semaine ») cannot follow a lone number.
const isMixedUnit = (unit: string) => unit.includes(',') || unit.includes(' ou ');

function formatNumberFor(n: number, unit: string, format: NumberFormat | undefined): string {
	if (typeof format === 'function') return format(n);
	if (format === 'money') return formatEuros(n);
	if (format === 'year') return String(n);
	if (format === 'plain') return formatNumber(n);
	if (format) return `${formatNumber(n)} ${n > 1 && format.plural ? format.plural : format.word}`;
	if (unit.startsWith('€')) return formatEuros(n);
	if (unit === '%') return `${formatNumber(n)} %`;
	return unit === '' || isMixedUnit(unit) ? formatNumber(n) : `${formatNumber(n)} ${unit}`;
}

function formatText(text: string): string {
	const monthDay = /^(\d{2})-(\d{2})$/.exec(text);
	if (monthDay) return dayAndMonth(Number(monthDay[1]), Number(monthDay[2]));
	return WORDS[text] ?? text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string =>
	typeof value === 'string' && /^\d{2}:\d{2}$/.test(value);

/** Describes a value that is not a list of lines: a number, a text, a boolean, or a known small shape. */
function shortText(value: unknown, unit: string, format?: NumberFormat): string | undefined {
	if (value === null || value === undefined) return 'sans objet';
	if (typeof value === 'number') return formatNumberFor(value, unit, format);
	if (typeof value === 'boolean') return value ? 'oui' : 'non';
	if (typeof value === 'string') return formatText(value);
	if (!isRecord(value)) return undefined;
	const keys = Object.keys(value).sort().join(',');
	if (keys === 'from,to' && isTime(value.from) && isTime(value.to))
		return `de ${value.from} à ${value.to}`;
	if (keys === 'day,month' && typeof value.month === 'number' && typeof value.day === 'number')
		return dayAndMonth(value.month, value.day);
	if (keys === 'count,days' && typeof value.days === 'number') {
		const [one, many] =
			value.count === 'working'
				? ['jour ouvrable', 'jours ouvrables']
				: ['jour calendrier', 'jours calendrier'];
		return `${value.days} ${value.days > 1 ? many : one}`;
	}
	return undefined;
}

/** The head of an item that names itself (a holiday) or spans a range (a row of a scale). */
function headOf(
	value: Record<string, unknown>
): { head: string; rest: Record<string, unknown> } | undefined {
	const { name, from, to, ...rest } = value;
	if (typeof name === 'string' && from === undefined && to === undefined)
		return { head: name, rest };
	if (name === undefined && typeof from === 'number' && (typeof to === 'number' || to === null)) {
		return {
			head:
				to === null
					? `${formatNumber(from)} et plus`
					: `de ${formatNumber(from)} à ${formatNumber(to)}`,
			rest
		};
	}
	return undefined;
}

function describeEntry(key: string, value: unknown, unit: string): ValueLine {
	const info = keyInfo(key);
	const label = info?.label ?? key;
	const text = value === null && info?.none ? info.none : shortText(value, unit, info?.format);
	return text === undefined
		? { label, text: '', lines: describeValue(value, unit) }
		: { label, text };
}

function describeItem(value: unknown, unit: string): ValueLine {
	const text = shortText(value, unit);
	if (text !== undefined) return { text };
	if (isRecord(value)) {
		const named = headOf(value);
		if (named) {
			const { note, ...rest } = named.rest;
			const entries = Object.entries(rest);
			const [first] = entries;
			// The rest reads as one phrase when it is a known shape or a single value.
			const text =
				entries.length > 1
					? shortText(rest, unit)
					: first && shortText(first[1], unit, keyInfo(first[0])?.format);
			const line: ValueLine =
				text === undefined
					? {
							label: named.head,
							text: '',
							lines: entries.map(([k, v]) => describeEntry(k, v, unit))
						}
					: { label: named.head, text };
			if (typeof note === 'string')
				line.lines = [...(line.lines ?? []), { label: 'Remarque', text: note }];
			return line;
		}
	}
	return { text: '', lines: describeValue(value, unit) };
}

/** The lines that describe a table value, given the table's unit (« € par mois », « % », « ans »…). */
export function describeValue(value: unknown, unit: string): ValueLine[] {
	if (Array.isArray(value)) return value.map((item) => describeItem(item, unit));
	if (isRecord(value) && shortText(value, unit) === undefined && !headOf(value)) {
		return Object.entries(value).map(([key, item]) => describeEntry(key, item, unit));
	}
	return [describeItem(value, unit)];
}

/** « 2 valeurs non confirmées » for a table with unconfirmed rows, undefined when all are confirmed. */
export function unconfirmedCount(rows: readonly { confirmed: boolean }[]): string | undefined {
	const count = rows.filter((row) => !row.confirmed).length;
	if (count === 0) return undefined;
	return count > 1 ? `${count} valeurs non confirmées` : '1 valeur non confirmée';
}
