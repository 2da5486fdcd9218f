/**
 * The regional premiums of a contrat d'alternance: in Wallonia the three incentives of the decrees of
 * 20 July 2016 (company, self-employed person, apprentice), in Brussels the tutor premium and the
 * « prime jeune en alternance » (arrêté of 7 June 2018). The region of the company's establishment
 * unit decides the employer's premiums; the Brussels youth premium follows the apprentice's domicile.
 */
import {
	completedYears,
	daysInclusive,
	isoDate,
	lastDayOfMonths,
	offsetDate,
	writeDate
} from './calendar';
import { REGIONS, answerOf, type ConditionAnswer, type Region } from './choices';
import { Explainer, type Explained, type ISODate } from './explain';
import type { Level } from './levels';
import {
	brusselsTutorPremiumTable,
	brusselsYouthPremiumTable,
	walloonIncentiveTable
} from './parameters/employer';
import { rowInForce, type DateField } from './parameters/table';
import type { LevelChange } from './retribution';
import { readSignedContract } from './rule-inputs';
import { INSERTION_OUTCOMES, type InsertionOutcome } from './insertion';
import { requireBoolean, requireOneOf } from './validate';

export interface PremiumCondition {
	label: string;
	answer: ConditionAnswer;
	/** Where the answer comes from, or what to check. */
	detail: string;
}

export interface PremiumClaim {
	/** The first day the request can be made. */
	from: ISODate;
	/** The last day, when a source gives one. */
	until: ISODate | null;
	amount: number;
}

/** Each premium's name, the one the page, the dossier and the calendar show. */
export const PREMIUM_TITLES = {
	'wallonia-company': "Prime wallonne à l'entreprise formatrice",
	'wallonia-self-employed': "Prime wallonne à l'indépendant (premier contrat)",
	'wallonia-apprentice': "Prime wallonne à l'apprenant (réussite de la dernière année)",
	'brussels-tutor': 'Prime tuteur bruxelloise',
	'brussels-youth': 'Prime jeune en alternance (Bruxelles)'
} as const;
export type PremiumId = keyof typeof PREMIUM_TITLES;

export interface Premium {
	id: PremiumId;
	title: string;
	beneficiary: 'employer' | 'apprentice';
	/** 'yes' when every condition is met, 'no' when one is not, else 'unknown'. */
	applies: ConditionAnswer;
	/** What the claims bring together, in euros, if the premium applies. */
	amount: number;
	claims: PremiumClaim[];
	conditions: PremiumCondition[];
	/** Where and how to ask. */
	request: string;
	/** False where the figure could not be confirmed for the contract's dates. */
	confirmed: boolean;
}

export interface PremiumsInput {
	birthDate: ISODate;
	signingDate: ISODate;
	contractStart: ISODate;
	contractEnd: ISODate;
	levels: LevelChange[];
	/** The region of the company's establishment unit (siège d'exploitation). */
	establishment: Region;
	/** The region of the apprentice's domicile. */
	domicile: Region;
	/** The tutor is certified (« tuteur agréé »); null: not known. */
	tutorCertified: boolean | null;
	/** A self-employed person without staff, with no apprenticeship-type contract in the 5 years before; null: not known. */
	selfEmployedFirstContract: boolean | null;
	outcome: InsertionOutcome;
}

const CONTRACT_START: DateField = { field: 'contractStart', label: 'Début du contrat' };
const NO_DEADLINE =
	"Délai de demande : non trouvé dans les sources consultées ; demandez-le à l'opérateur.";

/** One training year: from a level's first day to the day before the next one, or the contract's end. */
interface TrainingYear {
	start: ISODate;
	end: ISODate;
	level: Level;
}

function trainingYears(changes: LevelChange[], end: ISODate): TrainingYear[] {
	return changes.map((change, i) => ({
		start: change.from,
		end: i + 1 < changes.length ? offsetDate(changes[i + 1]!.from, -1) : end,
		level: change.level
	}));
}

/** 31 August of the school year a date falls in (September to August). */
function schoolYearEnd(date: ISODate): ISODate {
	const year = Number(date.slice(0, 4));
	return isoDate(Number(date.slice(5, 7)) >= 9 ? year + 1 : year, 8, 31);
}

function overall(conditions: PremiumCondition[]): ConditionAnswer {
	if (conditions.some((c) => c.answer === 'no')) return 'no';
	return conditions.every((c) => c.answer === 'yes') ? 'yes' : 'unknown';
}

/** A training that ends in success passed each of its years; otherwise a year is to check. */
const passedYear = (outcome: InsertionOutcome): Omit<PremiumCondition, 'label'> =>
	outcome === 'success'
		? { answer: 'yes', detail: 'la formation se termine avec succès (issue indiquée)' }
		: { answer: 'unknown', detail: "à vérifier : attestation de l'opérateur à la fin de l'année" };

const sum = (claims: PremiumClaim[]) => claims.reduce((total, c) => total + c.amount, 0);

interface Contract {
	birth: ISODate;
	signing: ISODate;
	start: ISODate;
	end: ISODate;
	years: TrainingYear[];
	input: PremiumsInput;
	why: Explainer;
}

function walloonPremiums(c: Contract): Premium[] {
	const row = rowInForce(c.why, walloonIncentiveTable, c.start, CONTRACT_START);
	const rule = row.value;
	const first = c.years[0]!;
	// Reading taken: the first year ends the day before the move to the next level; without one, at the contract's end, at the latest on 31 August of the school year of the start.
	const moves = c.years.length > 1;
	const firstEnd = moves ? first.end : [c.end, schoolYearEnd(c.start)].sort()[0]!;
	const firstDays = daysInclusive(c.start, firstEnd);
	c.why.step(
		`Première année de formation : du ${writeDate(c.start)} au ${writeDate(firstEnd)} (${moves ? `veille du passage au niveau ${c.years[1]!.level}` : "fin du contrat, au plus tard le 31 août de l'année scolaire"} ; lecture retenue)`,
		undefined,
		`${firstDays} jours sous contrat (au moins ${rule.firstYearDays} exigés)`
	);
	const establishment: PremiumCondition = {
		label: "Unité d'établissement (siège d'exploitation) en Région wallonne de langue française",
		answer: 'yes',
		detail: 'selon la région du siège indiquée'
	};
	const company: PremiumCondition[] = [
		establishment,
		{
			label: 'Contrat conclu avec un apprenant de niveau A',
			answer: first.level === 'A' ? 'yes' : 'no',
			detail: `niveau au début du contrat : ${first.level}`
		},
		{
			label: `Au moins ${rule.firstYearDays} jours sous contrat la première année`,
			answer: firstDays >= rule.firstYearDays ? 'yes' : 'no',
			detail: `${firstDays} jours du ${writeDate(c.start)} au ${writeDate(firstEnd)}`
		},
		{
			label: 'Apprenant encadré par un tuteur agréé',
			answer: answerOf(c.input.tutorCertified),
			detail:
				c.input.tutorCertified === null
					? 'réponse attendue dans le formulaire'
					: 'selon votre réponse'
		},
		{
			label: 'Première année réussie ou passage au niveau supérieur',
			...passedYear(c.input.outcome)
		}
	];
	const afterFirst = offsetDate(firstEnd, 1);
	const selfEmployed: PremiumCondition[] = [
		establishment,
		{
			label:
				"Indépendant sans personnel, premier contrat d'apprentissage, aucun en cinq ans avant la demande",
			answer: answerOf(c.input.selfEmployedFirstContract),
			detail:
				c.input.selfEmployedFirstContract === null
					? 'réponse attendue dans le formulaire'
					: 'selon votre réponse'
		}
	];
	const success = c.input.outcome === 'success';
	const apprentice: PremiumCondition[] = [
		establishment,
		{
			label: 'Dernière année réussie et certification obtenue',
			answer: success ? 'yes' : 'no',
			detail: "selon l'issue de la formation indiquée"
		}
	];
	const afterEnd = offsetDate(c.end, 1);
	const online =
		"Demande en ligne dans l'espace personnel « Mon Espace » du SPW, formulaire de l'incitant (wallonie.be, démarches 143728 et 143729).";
	const byOperator =
		"Par l'opérateur de formation, dossier transmis à l'OFFA (voie de 2016 ; la voie actuelle n'a pas été trouvée).";
	c.why.step(NO_DEADLINE);
	const premium = (
		id: PremiumId,
		beneficiary: Premium['beneficiary'],
		conditions: PremiumCondition[],
		claim: PremiumClaim,
		request: string
	): Premium => ({
		id,
		title: PREMIUM_TITLES[id],
		beneficiary,
		applies: overall(conditions),
		amount: claim.amount,
		claims: [claim],
		conditions,
		request,
		confirmed: row.confirmed
	});
	return [
		premium(
			'wallonia-company',
			'employer',
			company,
			{
				from: afterFirst,
				until: null,
				amount: rule.companyPremium
			},
			online
		),
		premium(
			'wallonia-self-employed',
			'employer',
			selfEmployed,
			{
				from: c.signing,
				until: null,
				amount: rule.selfEmployedPremium
			},
			online
		),
		premium(
			'wallonia-apprentice',
			'apprentice',
			apprentice,
			{
				from: afterEnd,
				until: null,
				amount: rule.apprenticePremium
			},
			byOperator
		)
	];
}

/**
 * Reading taken: the tutor premium counts periods of 12 months from the contract's start; each
 * period with 6 months of contract gives one premium, asked from the day the 6 months are reached
 * and within 3 months (6 to 9 months after the start, then 12 to 15 months after the previous
 * request made on its first day).
 */
function brusselsTutor(c: Contract): Premium {
	const row = rowInForce(c.why, brusselsTutorPremiumTable, c.start, CONTRACT_START);
	const rule = row.value;
	const claims: PremiumClaim[] = [];
	for (let k = 0; ; k++) {
		const periodStart =
			k === 0 ? c.start : offsetDate(lastDayOfMonths(c.start, k * rule.periodMonths), 1);
		if (periodStart > c.end) break;
		const reached = lastDayOfMonths(periodStart, rule.minimumMonths);
		if (reached > c.end) break;
		const from = offsetDate(reached, 1);
		claims.push({
			from,
			until: lastDayOfMonths(from, rule.requestWindowMonths),
			amount: rule.tutorPremium
		});
	}
	c.why.step(
		`Prime tuteur : une prime de ${rule.tutorPremium} € par période de ${rule.periodMonths} mois comptée depuis le début du contrat, si la période compte ${rule.minimumMonths} mois de formation (lecture retenue)`,
		`${claims.length} × ${rule.tutorPremium} €`,
		`${claims.length * rule.tutorPremium} €`
	);
	c.why.warn(
		`Prime tuteur bruxelloise : une seule prime par tuteur, pour 1 à ${rule.maxApprentices} apprenants à la fois ; si le tuteur en accompagne déjà un autre, ce contrat n'ajoute pas de prime.`
	);
	const age = completedYears(c.birth, c.start);
	const conditions: PremiumCondition[] = [
		{
			label: "Siège d'exploitation en Région de Bruxelles-Capitale",
			answer: 'yes',
			detail: 'selon la région du siège indiquée'
		},
		{
			label: `Apprenant de moins de ${rule.apprenticeAgeLimit} ans`,
			answer: age < rule.apprenticeAgeLimit ? 'yes' : 'no',
			detail: `${age} ans au début du contrat`
		},
		{
			label: `Au moins ${rule.minimumMonths} mois de formation dans l'entreprise`,
			answer: claims.length > 0 ? 'yes' : 'no',
			detail: `contrat du ${writeDate(c.start)} au ${writeDate(c.end)}`
		},
		{
			label: `Le tuteur accompagne de 1 à ${rule.maxApprentices} apprenants en même temps`,
			answer: 'unknown',
			detail: "nombre d'apprenants du tuteur non connu de l'application"
		}
	];
	return {
		id: 'brussels-tutor',
		title: PREMIUM_TITLES['brussels-tutor'],
		beneficiary: 'employer',
		applies: overall(conditions),
		amount: sum(claims),
		claims,
		conditions,
		request:
			"Formulaire Actiris, avec un certificat de l'opérateur attestant six mois de formation ; payée au plus tard deux mois après le dossier complet.",
		confirmed: row.confirmed
	};
}

/** Reading taken: the age condition of Actiris's page is checked on the last day of each training year. */
function brusselsYouth(c: Contract): Premium {
	const row = rowInForce(c.why, brusselsYouthPremiumTable, c.start, CONTRACT_START);
	const rule = row.value;
	const claims: PremiumClaim[] = [];
	const notes: string[] = [];
	c.years.slice(0, rule.youthPremiums.length).forEach((year, i) => {
		const age = completedYears(c.birth, year.end);
		const longEnough = lastDayOfMonths(year.start, rule.minimumMonths) <= year.end;
		const text = `année ${i + 1} (jusqu'au ${writeDate(year.end)}) : ${age} ans${longEnough ? '' : `, moins de ${rule.minimumMonths} mois`}`;
		notes.push(text);
		if (age >= rule.youthAgeLimit || !longEnough) return;
		const from = offsetDate(year.end, 1);
		claims.push({
			from,
			until: lastDayOfMonths(from, rule.claimMonths),
			amount: rule.youthPremiums[i]!
		});
	});
	c.why.step(
		`Prime jeune : ${rule.youthPremiums.join(' / ')} € à la fin des années 1, 2 et 3, pour un jeune de moins de ${rule.youthAgeLimit} ans à la fin de l'année (lecture retenue)`,
		notes.join(' ; '),
		`${claims.length} demande${claims.length > 1 ? 's' : ''}, ${sum(claims)} €`
	);
	const conditions: PremiumCondition[] = [
		{
			label: 'Domicile en Région bruxelloise',
			answer: 'yes',
			detail: 'selon la région du domicile indiquée'
		},
		{
			label: `Moins de ${rule.youthAgeLimit} ans, au moins ${rule.minimumMonths} mois chez le même employeur dans l'année`,
			answer: claims.length > 0 ? 'yes' : 'no',
			detail: notes.join(' ; ')
		},
		{
			label: "Année de formation réussie (attestation de l'opérateur)",
			...passedYear(c.input.outcome)
		}
	];
	return {
		id: 'brussels-youth',
		title: PREMIUM_TITLES['brussels-youth'],
		beneficiary: 'apprentice',
		applies: overall(conditions),
		amount: sum(claims),
		claims,
		conditions,
		request: `Demande à Actiris dans les ${rule.claimMonths} mois qui suivent la fin de l'année de formation, formulaire signé par l'employeur.`,
		confirmed: row.confirmed
	};
}

/**
 * The premiums the contract may open, each with its conditions answered from the contract or left
 * « à vérifier », the dates from which each can be asked, and its amount. German-speaking Community:
 * no premium is known to the application.
 */
export function contractPremiums(input: PremiumsInput): Explained<Premium[]> {
	const { data, birth, signing, start, end, levels: changes } = readSignedContract(input);
	const establishment = requireOneOf(
		data.establishment,
		REGIONS,
		'establishment',
		"Région du siège d'exploitation"
	);
	const domicile = requireOneOf(
		data.domicile,
		REGIONS,
		'domicile',
		"Région du domicile de l'apprenant"
	);
	for (const [field, label] of [
		['tutorCertified', 'Tuteur agréé'],
		['selfEmployedFirstContract', 'Indépendant sans personnel, premier contrat']
	] as const) {
		if (data[field] !== null) requireBoolean(data[field], field, label);
	}
	requireOneOf(data.outcome, INSERTION_OUTCOMES, 'outcome', 'Issue de la formation');
	const why = new Explainer();
	const c: Contract = {
		birth,
		signing,
		start,
		end,
		years: trainingYears(changes, end),
		input: data as unknown as PremiumsInput,
		why
	};
	const premiums: Premium[] = [];
	if (establishment === 'wallonia') premiums.push(...walloonPremiums(c));
	if (establishment === 'brussels') premiums.push(brusselsTutor(c));
	if (domicile === 'brussels') premiums.push(brusselsYouth(c));
	if (premiums.length === 0)
		why.step(
			"Aucune prime connue de l'application pour un siège en Communauté germanophone et un domicile hors de Bruxelles"
		);
	return why.done(premiums);
}
