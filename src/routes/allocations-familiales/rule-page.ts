/** The rule page /regles/allocations-familiales: the family allowance by region and date. */
import { tablesByRule } from '$lib/rules/parameters';
import type { ISODate } from '$lib/rules';
import {
	allowanceAgeTable,
	brusselsAllowanceRuleTable,
	germanSpeakingAllowanceRuleTable,
	walloniaAllowanceRuleTable,
	type AllowanceRule
} from '$lib/rules/parameters/family-allowance';
import type { ParameterTable } from '$lib/rules/parameters/table';
import { rmmmgTable } from '$lib/rules/parameters/retribution';
import {
	childSupplementTable,
	dependantCeilingTable,
	netMeansExpenseTable
} from '$lib/rules/parameters/net-pay';
import {
	dateInWords,
	dayInWords,
	euros,
	latest,
	since,
	vadeMecum,
	type RuleText
} from '../regles/rule-content';

export const ages = latest(allowanceAgeTable);
export const unconditional = `${dayInWords(ages.unconditionalUntilMonthDay)} de l'année des ${ages.unconditionalUntilYearOfAge} ans`;

/** The rule of a region's table from its last row on, with the date it took effect in words. */
function lastRule<K extends AllowanceRule['kind']>(table: ParameterTable<AllowanceRule>, kind: K) {
	const row = table.rows.at(-1)!;
	if (row.value.kind !== kind)
		throw new Error(`La table ${table.id} ne finit pas par la règle ${kind}.`);
	return { ...(row.value as Extract<AllowanceRule, { kind: K }>), since: dateInWords(row.from) };
}
export const wallonia = lastRule(walloniaAllowanceRuleTable, 'wallonia-semi-automatic');
export const brussels = lastRule(brusselsAllowanceRuleTable, 'quarter-hours');
export const germanSpeaking = lastRule(germanSpeakingAllowanceRuleTable, 'no-effect');

/** The federal ceiling of fiche 3 on a date of the Vade-Mecum, in euros. */
export function ceiling(from: ISODate): string {
	const rule = since(walloniaAllowanceRuleTable, from);
	if (rule.kind !== 'income-ceiling') throw new Error(`Pas de plafond au ${from}.`);
	return euros(rule.monthlyCeiling);
}

export const rule: RuleText = {
	title: 'Allocations familiales',
	lead: "L'effet de la rétribution sur les allocations familiales, selon la région et la date.",
	action: "Voir l'effet sur les allocations familiales",
	decides: [
		{
			text: "Si les allocations familiales versées pour l'apprenant sont maintenues, mois par mois, alors qu'il reçoit une rétribution ou travaille à côté de son contrat."
		}
	],
	concerns: [
		{
			items: [
				`Les parents (ou le jeune qui les reçoit lui-même) d'un apprenant de ${ages.unconditionalUntilYearOfAge} ans et plus.`,
				`Jusqu'au ${unconditional}, le droit est inconditionnel : la rétribution ne compte pas.`,
				`Les allocations sont payées au plus tard pour le mois des ${ages.lastMonthAge} ans.`
			]
		}
	],
	steps: [
		{
			ordered: true,
			items: [
				`Jusqu'au ${unconditional} (fin de l'obligation scolaire) : allocations maintenues, quelle que soit la rétribution.`,
				'Ensuite, la règle dépend de la région et du mois, depuis la régionalisation des allocations familiales (2019-2020).',
				`Après le mois des ${ages.lastMonthAge} ans : plus de droit.`
			]
		},
		{
			title: 'Règle du Vade-Mecum (avant la régionalisation)',
			text: `Allocations maintenues si l'apprenant suit la formation et si sa rétribution mensuelle brute ne dépasse pas un plafond : ${ceiling('2016-06-01')} au 1er juin 2016, ${ceiling('2017-06-01')} en 2017, ${ceiling('2018-09-01')} dès le 1er septembre 2018. Le pécule de vacances, les chèques-repas, les frais de déplacement et les indemnités de vêtements ne comptent pas. Un mois au-dessus du plafond suspend les allocations de ce mois seulement.`
		},
		{
			title: 'Région wallonne',
			text: `Le plafond de revenus a été supprimé pour la formation en alternance, avec effet au ${wallonia.since} (décret de juillet 2022). Pour les jeunes nés à partir de ${wallonia.fromBirthYear}, de ${ages.unconditionalUntilYearOfAge} à ${wallonia.untilAge} ans, le droit est semi-automatique : seules des activités « obstacles » le font perdre (plus de ${wallonia.hoursPerQuarter} heures de travail hors contrat par trimestre, allocations de chômage). De ${wallonia.untilAge} à ${ages.lastMonthAge} ans, une preuve de formation est demandée.`
		},
		{
			title: 'Région de Bruxelles-Capitale',
			text: `La rétribution de l'alternance n'est pas plafonnée ; les allocations sont maintenues tant que le travail hors contrat d'alternance ne dépasse pas ${brussels.hoursPerQuarter} heures par trimestre civil. Au-delà, tout le trimestre est perdu.`
		},
		{
			title: 'Communauté germanophone',
			text: `Depuis le ${germanSpeaking.since}, la rétribution de l'apprenti (système IAWM, pas le contrat OFFA) n'a pas d'effet sur les allocations.`
		}
	],
	exceptions: [
		{
			title: "Impôt des parents : l'apprenant à charge",
			text: `Pour l'impôt des parents, l'apprenant reste à charge tant que ses ressources nettes de l'année (rétribution brute, moins les cotisations sociales personnelles et ${latest(netMeansExpenseTable).rate} % de frais forfaitaires, au moins ${euros(latest(netMeansExpenseTable).minimumAmount)}) ne dépassent pas le plafond : ${euros(latest(dependantCeilingTable))} pour les revenus de ${dependantCeilingTable.rows.at(-1)!.from.slice(0, 4)}. Sinon, les parents perdent le supplément de quotité exemptée (${euros(latest(childSupplementTable))} pour un seul enfant à charge). Lecture retenue : la rétribution compte comme une rémunération ordinaire ; aucune exonération n'a été trouvée pour elle.`
		},
		{
			items: [
				"Après le contrat, pendant le stage d'insertion, les allocations pouvaient continuer au plus 12 mois selon la fiche 3 (revenus sous le plafond) ; elles prennent fin avec le stage.",
				"Les allocations peuvent être versées au jeune lui-même s'il est marié, émancipé, reçoit lui-même des allocations pour un enfant, ou a 16 ans et ne vit plus chez le parent qui l'élève.",
				"Wallonie entre le 1er janvier 2019 et le 31 juillet 2022, et date de fin du plafond à Bruxelles : non confirmées ; l'application le signale dans ses résultats."
			]
		}
	],
	traps: [
		{
			text: `Le plafond de ${ceiling('2016-06-01')} imprimé dans la fiche 3 date du 1er juin 2016 et d'un régime fédéral qui n'existe plus : chaque région a depuis sa propre règle. Vérifiez toujours la région et la date.`
		}
	],
	sources: [
		vadeMecum('fiche 3, Allocations familiales'),
		{
			title: 'FAMIWAL (Wallonie)',
			detail: `suppression du plafond de revenus pour l'alternance (décret de juillet 2022) ; droit semi-automatique des jeunes nés à partir de ${wallonia.fromBirthYear}`,
			date: `avec effet au ${wallonia.since}`,
			url: 'https://famiwal.be/accedez-aux-themes/jeunes/vous-suivez-une-formation'
		},
		{
			title: 'Famiris (Bruxelles)',
			detail: `maintien jusqu'à ${brussels.hoursPerQuarter} heures de travail hors contrat par trimestre`,
			date: `système en vigueur depuis le ${brussels.since}`,
			url: 'https://famiris.brussels'
		},
		{
			title: 'Allocations familiales de la Communauté germanophone',
			detail: "la rétribution de l'apprenti n'a pas d'effet",
			date: `depuis le ${germanSpeaking.since}`
		}
	],
	tables: [...tablesByRule.familyAllowance, rmmmgTable, ...tablesByRule.dependentChild]
};
