/** Plain words for a family allowance decision: the headline a parent reads, and the short status of the table. */
import { formatEuros, type AppliedAllowanceRule, type FamilyAllowanceMonth } from '$lib/rules';

export type Tone = 'kept' | 'lost' | 'unknown' | 'ended';

export interface Verdict {
	tone: Tone;
	/** A symbol repeated in words, so colour is never the only signal. */
	symbol: string;
	title: string;
	/** Short status for the month-by-month table. */
	status: string;
	/** The rule that decided, in one sentence. */
	why: string;
}

const RULE_NAMES: Record<AppliedAllowanceRule, string> = {
	unconditional: 'droit inconditionnel',
	'over-age': 'âge limite',
	'income-ceiling': 'plafond de revenus',
	'quarter-hours': 'heures hors contrat',
	'wallonia-semi-automatic': 'Wallonie, sans plafond',
	'no-effect': 'rétribution sans effet'
};

/** The name of the rule in the table. */
export function ruleName(m: FamilyAllowanceMonth): string {
	return m.incomeCeiling === null
		? RULE_NAMES[m.rule]
		: `${RULE_NAMES[m.rule]} (${formatEuros(m.incomeCeiling)})`;
}

function keptBecause(m: FamilyAllowanceMonth): string {
	switch (m.rule) {
		case 'unconditional':
			return "Jusqu'au 31 août de l'année des 18 ans, le droit est inconditionnel : la rétribution ne compte pas.";
		case 'income-ceiling':
			return `La rétribution du mois ne dépasse pas le plafond de ${formatEuros(m.incomeCeiling ?? 0)} brut.`;
		case 'quarter-hours':
			return `La rétribution n'est pas plafonnée, et le travail hors contrat ne dépasse pas ${m.quarterHoursLimit} h sur le trimestre.`;
		case 'wallonia-semi-automatic':
			return "En Wallonie, le plafond de revenus est supprimé pour l'alternance : la rétribution n'a plus d'effet.";
		default:
			return "La rétribution de l'apprenti n'a pas d'effet sur les allocations familiales.";
	}
}

export function verdictOf(m: FamilyAllowanceMonth): Verdict {
	if (m.rule === 'over-age') {
		return {
			tone: 'ended',
			symbol: '—',
			title: "Plus d'allocations familiales",
			status: 'fin du droit',
			why: "Elles sont payées au plus tard jusqu'au mois des 25 ans ; le contrat n'y change rien."
		};
	}
	if (m.kept === 'unknown') {
		return {
			tone: 'unknown',
			symbol: '?',
			title: 'À vérifier',
			status: 'à vérifier',
			why: "Une donnée manque ou la règle n'est pas certaine : l'explication dit quoi vérifier."
		};
	}
	if (m.kept) {
		return {
			tone: 'kept',
			symbol: '✓',
			title: 'Allocations familiales maintenues',
			status: 'maintenues',
			why: keptBecause(m)
		};
	}
	if (m.rule === 'income-ceiling') {
		return {
			tone: 'lost',
			symbol: '✗',
			title: 'Allocations familiales suspendues pour ce mois',
			status: 'suspendues',
			why: `La rétribution du mois dépasse le plafond de ${formatEuros(m.incomeCeiling ?? 0)} brut.`
		};
	}
	return {
		tone: 'lost',
		symbol: '✗',
		title: 'Allocations familiales perdues pour tout le trimestre',
		status: 'perdues (trimestre)',
		why: `Le travail hors contrat d'alternance dépasse ${m.quarterHoursLimit} h sur le trimestre civil.`
	};
}

/** « 2 mois maintenus », « 1 mois suspendu ou perdu »…: the lost months always shown, the others when there are some. */
export function monthSummary(verdicts: Verdict[]): { tone: Tone; symbol: string; text: string }[] {
	const lines: { tone: Tone; symbol: string; one: string; many: string }[] = [
		{ tone: 'lost', symbol: '✗', one: 'suspendu ou perdu', many: 'suspendus ou perdus' },
		{ tone: 'kept', symbol: '✓', one: 'maintenu', many: 'maintenus' },
		{ tone: 'unknown', symbol: '?', one: 'à vérifier', many: 'à vérifier' },
		{
			tone: 'ended',
			symbol: '—',
			one: 'après la fin du droit (25 ans)',
			many: 'après la fin du droit (25 ans)'
		}
	];
	return lines
		.map((line) => ({ line, n: verdicts.filter((v) => v.tone === line.tone).length }))
		.filter(({ line, n }) => n > 0 || line.tone === 'lost')
		.map(({ line, n }) => ({
			tone: line.tone,
			symbol: line.symbol,
			text: `${n} mois ${n > 1 ? line.many : line.one}`
		}));
}
