/**
 * The contract's calendar: every dated event from the signing to the end of the stage d'insertion,
 * each from the rule that decides it (trial period, levels, ages, vacations, premiums, latest end).
 */
import {
	anniversary,
	compareIso,
	completedYears,
	isoDate,
	offsetDate,
	writeDate
} from './calendar';
import { OPERATORS, REGIONS, type Operator, type Region } from './choices';
import { checkContractDuration, trialPeriodEnd } from './contract';
import { Explainer, type Explained, type ISODate } from './explain';
import {
	INSERTION_OUTCOMES,
	insertionInternshipEndDate,
	insertionInternshipRemainingDays,
	type ContractPeriod,
	type InsertionOutcome
} from './insertion';
import type { Level } from './levels';
import { lastPartialYear } from './partial-subjection';
import { allowanceAgeTable } from './parameters/family-allowance';
import { summerVacationTable } from './parameters/vacation';
import { rowInForce } from './parameters/table';
import { PREMIUM_TITLES, contractPremiums, type Premium } from './premiums';
import { toCents, writeCents } from './money';
import { readSignedContract, requirePremiums } from './rule-inputs';
import { requireList, requireObject, requireOneOf } from './validate';

export type TimelineKind =
	| 'signing'
	| 'dimona'
	| 'health'
	| 'start'
	| 'trial-end'
	| 'level'
	| 'birthday'
	| 'allowance'
	| 'social-security'
	| 'vacation'
	| 'premium'
	| 'latest-end'
	| 'end'
	| 'insertion';

export interface TimelineEvent {
	date: ISODate;
	kind: TimelineKind;
	label: string;
}

export interface TimelineInput {
	birthDate: ISODate;
	contractStart: ISODate;
	contractEnd: ISODate;
	signingDate: ISODate;
	levels: { from: ISODate; level: Level }[];
	region: Region;
	operator: Operator;
	/** The premiums as the employer's answers decide them; by default, those of a company in `region` with every answer to check. */
	premiums?: Premium[];
	/** The stage d'insertion after the contract; by default, this contract alone, successful, no other diploma. */
	insertion?: {
		outcome: InsertionOutcome;
		earlierContracts: ContractPeriod[];
		hasQualifyingDiploma: boolean;
	};
}

/**
 * Every dated event of the contract, in date order. Readings taken: the DIMONA and the health
 * assessment are placed on the day before the first day (« au plus tard »); the stage d'insertion is
 * asked the day after the contract ends and starts the day after the request.
 */
export function contractTimeline(input: TimelineInput): Explained<TimelineEvent[]> {
	const { data, birth, signing, start, end, levels } = readSignedContract(input);
	const region = requireOneOf(data.region, REGIONS, 'region', "Région du domicile de l'apprenant");
	const operator = requireOneOf(data.operator, OPERATORS, 'operator', 'Opérateur de formation');
	const why = new Explainer();
	const events: TimelineEvent[] = [];
	const add = (date: ISODate, kind: TimelineKind, label: string) =>
		events.push({ date, kind, label });

	add(
		signing,
		'signing',
		`Signature du contrat en trois exemplaires (entreprise, apprenant, ${operator}), plan de formation annexé`
	);
	const dayBefore = offsetDate(start, -1);
	add(
		dayBefore,
		'dimona',
		'DIMONA (type ALT) au plus tard ce jour, avant le premier jour du contrat'
	);
	if (completedYears(birth, start) < 18)
		add(
			dayBefore,
			'health',
			'Évaluation de santé préalable (moins de 18 ans) et analyse des risques, au plus tard ce jour'
		);
	add(start, 'start', 'Premier jour du contrat');
	add(
		why.absorb(trialPeriodEnd({ contractStart: start })),
		'trial-end',
		"Dernier jour de la période d'essai"
	);
	for (const change of levels.slice(1))
		add(change.from, 'level', `Passage au niveau ${change.level}`);

	const eighteen = anniversary(birth, 18);
	if (eighteen >= start && eighteen <= end) add(eighteen, 'birthday', '18 ans');
	const ages = rowInForce(why, allowanceAgeTable, start, {
		field: 'contractStart',
		label: 'Début du contrat'
	}).value;
	const allowanceEnd = `${Number(birth.slice(0, 4)) + ages.unconditionalUntilYearOfAge}-${ages.unconditionalUntilMonthDay}`;
	if (allowanceEnd >= start && allowanceEnd <= end)
		add(
			allowanceEnd,
			'allowance',
			`Allocations familiales : fin du droit inconditionnel (31 août de l'année des ${ages.unconditionalUntilYearOfAge} ans)`
		);
	const fullYear = isoDate(lastPartialYear(birth) + 1, 1, 1);
	if (fullYear >= start && fullYear <= end)
		add(
			fullYear,
			'social-security',
			'Sécurité sociale complète : cotisation personnelle de 13,07 % et cotisations patronales complètes'
		);

	const summer = rowInForce(why, summerVacationTable, start, {
		field: 'contractStart',
		label: 'Début du contrat'
	}).value;
	for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
		const opens = `${year}-${summer.windowStart}`;
		if (opens >= start && opens <= end)
			add(
				opens,
				'vacation',
				`Vacances ${year} : ${summer.consecutiveWeeks} semaines consécutives à prendre entre le ${writeDate(opens)} et le ${writeDate(`${year}-${summer.windowEnd}`)}`
			);
	}

	const premiums =
		data.premiums === undefined
			? why.absorb(
					contractPremiums({
						birthDate: birth,
						signingDate: signing,
						contractStart: start,
						contractEnd: end,
						levels,
						establishment: region,
						domicile: region,
						tutorCertified: null,
						selfEmployedFirstContract: null,
						outcome: 'success'
					})
				)
			: requirePremiums(data.premiums, 'premiums');
	for (const premium of premiums) {
		if (premium.applies === 'no') continue;
		// The calendar names each premium itself: a title passed in is never copied.
		const title = PREMIUM_TITLES[premium.id];
		const count = premium.claims.length;
		premium.claims.forEach((claim, k) => {
			const which = count > 1 ? `, demande ${k + 1} sur ${count}` : '';
			const check = premium.applies === 'unknown' ? ', conditions à vérifier' : '';
			add(
				claim.from,
				'premium',
				`${title} : demande possible${which} (${writeCents(toCents(claim.amount))}${check})`
			);
			if (claim.until) add(claim.until, 'premium', `${title} : dernier jour de la demande${which}`);
		});
	}

	const duration = why.absorb(
		checkContractDuration({ contractStart: start, contractEnd: end, birthDate: birth })
	);
	if (duration.latestEndDate)
		add(
			duration.latestEndDate,
			'latest-end',
			"Dernier jour possible de la formation (31 décembre de l'année des 26 ans)"
		);
	add(end, 'end', 'Dernier jour du contrat');

	const insertion =
		data.insertion === undefined
			? { outcome: 'success', earlierContracts: [], hasQualifyingDiploma: false }
			: requireObject(data.insertion, 'insertion', "Stage d'insertion");
	requireOneOf(insertion.outcome, INSERTION_OUTCOMES, 'insertion.outcome', 'Issue de la formation');
	const earlier = requireList(
		insertion.earlierContracts,
		'insertion.earlierContracts',
		'Contrats précédents',
		{ min: 0, max: 49 }
	);
	const request = offsetDate(end, 1);
	const remaining = why.absorb(
		insertionInternshipRemainingDays({
			contracts: [...(earlier as ContractPeriod[]), { start, end }],
			outcome: insertion.outcome as InsertionOutcome,
			ageAtRequest: completedYears(birth, request),
			hasQualifyingDiploma: insertion.hasQualifyingDiploma as boolean,
			requestDate: request
		})
	);
	if (remaining !== null && remaining > 0) {
		const first = offsetDate(request, 1);
		add(
			first,
			'insertion',
			`Stage d'insertion : premier jour possible (demande le ${writeDate(request)}), ${remaining} jours à faire`
		);
		add(
			why.absorb(insertionInternshipEndDate({ startDate: first, remainingDays: remaining })),
			'insertion',
			"Stage d'insertion : dernier jour"
		);
	} else {
		add(
			request,
			'insertion',
			remaining === 0
				? "Stage d'insertion : aucun jour à faire après ce contrat"
				: "Stage d'insertion : l'alternance n'ouvre pas le droit"
		);
	}
	// Stable order: by date, then as added (signing before DIMONA on the same day).
	const ordered = events
		.map((e, i) => ({ e, i }))
		.sort((a, b) => compareIso(a.e.date, b.e.date) || a.i - b.i)
		.map(({ e }) => e);
	why.step(
		'Événements du contrat',
		undefined,
		`${ordered.length} dates, du ${writeDate(ordered[0]!.date)} au ${writeDate(ordered.at(-1)!.date)}`
	);
	return why.done(ordered);
}
