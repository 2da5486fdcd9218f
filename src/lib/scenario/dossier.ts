/**
 * Every result of one scenario, computed from the scenario alone, for the printable dossier. Each
 * entry keeps its own error, so one bad field does not hide the other results.
 */
import {
	formatDate,
	formatEuros,
	isoWeekday,
	levelOn,
	monthlyRetribution,
	type Explained
} from '$lib/rules';
import type { CalculatorPath } from '$lib/pages';
import { attempt, type Attempt } from '$lib/ui/attempt.svelte';
import { monthText } from '$lib/ui/month-text';
import { allowanceOf } from './derive/allowance';
import { ageChecks, guaranteedPayOf, noticeOf, trialOf } from './derive/contract';
import { insertionOf } from './derive/insertion';
import { employerCostOf, premiumsOf } from './derive/employer';
import { timelineOf } from './derive/timeline';
import { contractNet, contractPay, dependantByYear } from './derive/net-pay';
import { scheduleOf } from './derive/schedule';
import { plural } from './derive/text';
import { vacationsByYear, vacationsExplained, youthVacationOf } from './derive/vacations';
import { requestDate, scheduleWindow } from './picks';
import { ANSWER_LABELS } from './labels';
import { WEEKDAYS, scenarioLevels, type Scenario } from './scenario';

/** A table printed under an entry's headline: every month of the pay, every violation of the schedule. */
export interface DossierTable {
	caption: string;
	head: string[];
	rows: string[][];
	/** Columns aligned right (amounts, counts). */
	numeric: number[];
}

export interface DossierEntry {
	id: string;
	title: string;
	/** Where the full calculator is. */
	path: CalculatorPath;
	/** The date the figures were taken at. */
	asOf: string;
	outcome: Attempt<{ headline: string; result: Explained<unknown>; table?: DossierTable }>;
}

function entry<T>(
	id: string,
	title: string,
	path: DossierEntry['path'],
	asOf: string,
	compute: () => Explained<T>,
	headline: (value: T) => string,
	table?: (value: T) => DossierTable
): DossierEntry {
	return {
		id,
		title,
		path,
		asOf,
		outcome: attempt(() => {
			const result = compute();
			return {
				headline: headline(result.value),
				result,
				...(table ? { table: table(result.value) } : {})
			};
		})
	};
}

/** The value of a successful attempt; its error again otherwise, so the entry reports it. */
function unwrap<T>(result: Attempt<T>): T {
	if (!result.ok) throw result.error;
	return result.value;
}

export function dossier(s: Scenario): DossierEntry[] {
	const window = scheduleWindow(s);
	const trial = trialOf(s);
	const notice = noticeOf(s, trial);
	const guaranteed = guaranteedPayOf(s);
	const schedule = contractPay(s);
	const vacations = vacationsByYear(s, schedule);
	const net = contractNet(s, schedule);
	const premiums = premiumsOf(s);
	return [
		entry(
			'eligibility',
			"Conditions d'accès",
			'/contrat',
			s.signingDate,
			() => unwrap(ageChecks(s).eligibility),
			(v) =>
				v.eligible
					? `Peut signer ; formation possible jusqu'au ${formatDate(v.latestEndDate)}`
					: 'Ne peut pas signer à cette date'
		),
		entry(
			'trial',
			"Période d'essai",
			'/contrat',
			s.contractStart,
			() => unwrap(trial),
			(end) => `Jusqu'au ${formatDate(end)} inclus`
		),
		entry(
			'notice',
			'Préavis remis contre accusé de réception',
			'/contrat',
			notice.notifiedOn,
			() => {
				const row = unwrap(notice.rows[0]!.result);
				if (row === null) throw unwrap(trial as Attempt<never>);
				return row.explained;
			},
			(v) =>
				`Remis le ${formatDate(notice.notifiedOn)}${s.notice.date === null ? " (date d'exemple)" : ''} : ${plural(v.days, 'jour')}, jusqu'au ${formatDate(v.lastDay)}`
		),
		entry(
			'retribution',
			'Rétribution du premier mois complet',
			'/retribution',
			s.contractStart,
			() => monthlyRetribution(levelOn(scenarioLevels(s), s.contractStart), s.contractStart),
			(amount) =>
				`${formatEuros(amount)} par mois (niveau ${levelOn(scenarioLevels(s), s.contractStart)})`
		),
		entry(
			'schedule',
			'Rétribution sur tout le contrat',
			'/retribution',
			s.contractStart,
			() => unwrap(schedule),
			(plan) => `${formatEuros(plan.total)} en ${plural(plan.months.length, 'mois')}`,
			(plan) => ({
				caption: 'Rétribution de chaque mois du contrat',
				head: ['Mois', 'Niveau', 'Jours couverts', 'Minimum', 'Payé'],
				rows: plan.months.map((m) => [
					monthText(m.month),
					m.levels.join(' puis '),
					`${m.coveredDays}/${m.daysInMonth}`,
					formatEuros(m.minimum),
					formatEuros(m.paid)
				]),
				numeric: [2, 3, 4]
			})
		),
		entry(
			'net-pay',
			'Rétribution nette, par année',
			'/retribution',
			s.contractStart,
			() => unwrap(net),
			(v) => `${formatEuros(v.netTotal)} net sur tout le contrat`,
			(v) => ({
				caption: 'Brut, retenues et net de chaque année',
				head: ['Année', 'Brut', 'Cotisations', 'Précompte', 'Net'],
				rows: v.years.map((y) => [
					String(y.year),
					formatEuros(y.gross),
					formatEuros(y.socialSecurity),
					formatEuros(y.withholdingTax),
					formatEuros(y.net)
				]),
				numeric: [1, 2, 3, 4]
			})
		),
		entry(
			'guaranteed-pay',
			"Rétribution garantie en cas d'incapacité",
			'/contrat',
			guaranteed.firstStart,
			() => {
				if (guaranteed.pay === null) throw unwrap(guaranteed.minimum as Attempt<never>);
				unwrap(guaranteed.pay);
				return guaranteed.explained!;
			},
			(v) =>
				`${formatEuros(v.total)} pour ${plural(v.periods.length, 'incapacité')}${s.incapacities === null ? ' (exemple)' : ''}`
		),
		entry(
			'vacation',
			'Vacances sur tout le contrat',
			'/vacances',
			s.contractStart,
			() => vacationsExplained(vacations),
			(v) =>
				`${plural(v.totals.paidDays, 'jour')} payés, ${plural(v.totals.europeanDays, 'jour')} européens, pécule ${formatEuros(v.totals.payAmount)}${v.totals.incomplete ? ' (une année à corriger)' : ''}`,
			(v) => ({
				caption: 'Vacances de chaque année du contrat',
				head: [
					'Année',
					"Travail de l'année précédente",
					'Payées',
					'Européennes',
					'Scolaires',
					'Pécule'
				],
				rows: v.years.map((y) => [
					String(y.year),
					s.regime === 'blue-collar'
						? plural(y.previous.value.days, 'jour')
						: plural(y.previous.value.months, 'mois'),
					y.paidDays === null ? '—' : plural(y.paidDays, 'jour'),
					y.european?.ok ? plural(y.european.value.value.vacationDays, 'jour') : '—',
					y.school.ok ? plural(y.school.value.value, 'jour') : '—',
					y.payAmount === null ? '—' : formatEuros(y.payAmount)
				]),
				numeric: [1, 2, 3, 4, 5]
			})
		),
		entry(
			'youth-vacation',
			"Vacances jeunes, l'année après le contrat",
			'/vacances',
			s.contractEnd,
			() => unwrap(youthVacationOf(s)),
			(v) =>
				v.eligible === false
					? `Pas de vacances jeunes en ${v.year}`
					: `${v.eligible ? '' : "Jusqu'à "}${plural(v.days, 'jour')} en ${v.year}${v.eligible ? '' : ', si un mois de travail suit le contrat'}`
		),
		entry(
			'insertion',
			"Stage d'insertion professionnelle",
			'/stage-insertion',
			requestDate(s),
			() => unwrap(insertionOf(s).remaining),
			(days) =>
				days === null
					? "L'alternance n'ouvre pas le droit"
					: `${plural(days, 'jour')} de stage restant${days > 1 ? 's' : ''}`
		),
		entry(
			'work-schedule',
			`Horaire du ${formatDate(window.from)} au ${formatDate(window.to)}`,
			'/horaires',
			window.from,
			() => {
				const { expanded, check } = scheduleOf(s);
				unwrap(expanded);
				return check
					? unwrap(check)
					: {
							value: [],
							trace: [{ label: 'Aucune plage horaire dans la période' }],
							sources: [],
							warnings: []
						};
			},
			(violations) =>
				violations.length === 0 ? 'Aucune infraction' : plural(violations.length, 'infraction'),
			(violations) => ({
				caption: "Infractions à l'horaire, par date",
				head: ['Date', 'Infraction'],
				rows: violations.map((v) => [formatDate(v.date), v.message]),
				numeric: []
			})
		),
		entry(
			'family-allowance',
			'Allocations familiales pendant le contrat',
			'/allocations-familiales',
			s.contractStart,
			() => unwrap(allowanceOf(s).months.byMonth),
			(months) => {
				const affected = months.filter((m) => m.affected === true).length;
				return affected === 0
					? 'Aucun mois touché par la rétribution'
					: `${plural(affected, 'mois')} sur ${months.length} touché${affected > 1 ? 's' : ''}`;
			}
		),
		entry(
			'premiums',
			'Primes',
			'/employeur',
			s.contractStart,
			() => unwrap(premiums),
			(list) => {
				const due = list.filter((p) => p.applies !== 'no');
				return due.length === 0
					? 'Aucune prime pour ce contrat'
					: due
							.map(
								(p) =>
									`${p.title} : ${formatEuros(p.amount)}${p.applies === 'unknown' ? ' (à vérifier)' : ''}`
							)
							.join(' ; ');
			},
			(list) => ({
				caption: 'Primes, conditions et dates de demande',
				head: ['Prime', 'Montant', 'Conditions remplies', 'Demande à partir du'],
				rows: list.map((p) => [
					p.title,
					formatEuros(p.amount),
					ANSWER_LABELS[p.applies].toLowerCase(),
					p.claims.map((c) => formatDate(c.from)).join(', ') || '—'
				]),
				numeric: [1]
			})
		),
		entry(
			'employer-cost',
			"Coût du contrat pour l'employeur",
			'/employeur',
			s.contractStart,
			() => unwrap(employerCostOf(s, schedule, premiums)),
			(v) =>
				`${v.complete ? '' : 'Au moins '}${formatEuros(v.total)} sur tout le contrat, primes déduites`,
			(v) => ({
				caption: "Coût de chaque année civile pour l'employeur",
				head: [
					'Année',
					'Rétribution',
					'Vacances',
					'Sécurité sociale',
					'Déplacements',
					'Primes',
					'Total'
				],
				rows: v.years.map((y) => [
					String(y.year),
					formatEuros(y.retribution),
					...[y.vacation, y.socialSecurity, y.travel].map((p) =>
						p.amount === null ? 'non calculé' : formatEuros(p.amount)
					),
					formatEuros(y.premiums),
					`${y.complete ? '' : 'au moins '}${formatEuros(y.total)}`
				]),
				numeric: [1, 2, 3, 4, 5, 6]
			})
		),
		entry(
			'timeline',
			'Calendrier du contrat',
			'/calendrier',
			s.signingDate,
			() => unwrap(timelineOf(s, premiums)),
			(events) =>
				`${plural(events.length, 'date')}, du ${formatDate(events[0]!.date)} au ${formatDate(events.at(-1)!.date)}`,
			(events) => ({
				caption: 'Dates du contrat',
				head: ['Jour', 'Date', 'Événement'],
				rows: events.map((e) => [WEEKDAYS[isoWeekday(e.date) - 1]!, formatDate(e.date), e.label]),
				numeric: []
			})
		),
		entry(
			'dependant',
			"Impôt des parents : l'apprenant à charge",
			'/allocations-familiales',
			s.contractStart,
			() => unwrap(dependantByYear(s, net)),
			(years) => {
				const lost = years.filter((y) => !y.dependent).map((y) => y.year);
				return lost.length === 0
					? 'Reste à charge chaque année du contrat'
					: `N'est plus à charge pour les revenus de ${lost.join(', ')}`;
			},
			(years) => ({
				caption: 'Ressources nettes et plafond de chaque année',
				head: ['Revenus', 'Ressources nettes', 'Plafond', 'Marge', 'À charge'],
				rows: years.map((y) => [
					String(y.year),
					formatEuros(y.netMeans),
					formatEuros(y.ceiling),
					formatEuros(y.margin),
					y.dependent ? 'oui' : 'non'
				]),
				numeric: [1, 2, 3]
			})
		)
	];
}
