/** Plain words for a family allowance decision: the headline a parent reads, and the short status of the table. */
import {
	allowanceDecision,
	formatEuros,
	type AllowanceDecision,
	type AppliedAllowanceRule,
	type FamilyAllowanceMonth
} from '$lib/rules';

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

/** The headline and table status of each decision. */
const HEADLINES: Record<AllowanceDecision, Pick<Verdict, 'tone' | 'title' | 'status'>> = {
	ended: { tone: 'ended', title: "Plus d'allocations familiales", status: 'fin du droit' },
	unknown: { tone: 'unknown', title: 'À vérifier', status: 'à vérifier' },
	kept: { tone: 'kept', title: 'Allocations familiales maintenues', status: 'maintenues' },
	suspended: {
		tone: 'lost',
		title: 'Allocations familiales suspendues pour ce mois',
		status: 'suspendues'
	},
	lost: {
		tone: 'lost',
		title: 'Allocations familiales perdues pour tout le trimestre',
		status: 'perdues (trimestre)'
	}
};

/** The rule that decided, for each decision. */
const REASONS: Record<AllowanceDecision, (m: FamilyAllowanceMonth) => string> = {
	ended: () =>
		"Elles sont payées au plus tard jusqu'au mois des 25 ans ; le contrat n'y change rien.",
	unknown: () =>
		"Une donnée manque ou la règle n'est pas certaine : l'explication dit quoi vérifier.",
	kept: keptBecause,
	suspended: (m) =>
		`La rétribution du mois dépasse le plafond de ${formatEuros(m.incomeCeiling ?? 0)} brut.`,
	lost: (m) =>
		`Le travail hors contrat d'alternance dépasse ${m.quarterHoursLimit} h sur le trimestre civil.`
};

/** One symbol a tone, always shown next to words so that colour is never the only signal. */
const SYMBOLS: Record<Tone, string> = { kept: '✓', lost: '✗', unknown: '?', ended: '—' };

export function verdictOf(m: FamilyAllowanceMonth): Verdict {
	const decision = allowanceDecision(m);
	const { tone, title, status } = HEADLINES[decision];
	return { tone, symbol: SYMBOLS[tone], title, status, why: REASONS[decision](m) };
}

/** « 2 mois maintenus », « 1 mois suspendu ou perdu »…: the lost months always shown, the others when there are some. */
export function monthSummary(verdicts: Verdict[]): { tone: Tone; symbol: string; text: string }[] {
	const lines: { tone: Tone; one: string; many: string }[] = [
		{ tone: 'lost', one: 'suspendu ou perdu', many: 'suspendus ou perdus' },
		{ tone: 'kept', one: 'maintenu', many: 'maintenus' },
		{ tone: 'unknown', one: 'à vérifier', many: 'à vérifier' },
		{ tone: 'ended', one: 'après la fin du droit (25 ans)', many: 'après la fin du droit (25 ans)' }
	];
	return lines
		.map((line) => ({ line, n: verdicts.filter((v) => v.tone === line.tone).length }))
		.filter(({ line, n }) => n > 0 || line.tone === 'lost')
		.map(({ line, n }) => ({
			tone: line.tone,
			symbol: SYMBOLS[line.tone],
			text: `${n} mois ${n > 1 ? line.many : line.one}`
		}));
}
