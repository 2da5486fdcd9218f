/** The rule page /regles/stage-insertion: the days of stage left after the alternance, by regime. */
import { tablesByRule } from '$lib/rules/parameters';
import { addDays } from '$lib/rules';
import { insertionRegimeTable, type InsertionRegime } from '$lib/rules/parameters/insertion';
import { dateInWords, vadeMecum, type RuleText } from '../regles/rule-content';

const reformRow = insertionRegimeTable.rows.at(-1)!;
export const reform = reformRow.value;
export const fiche12 = insertionRegimeTable.rows
	.map((row) => row.value)
	.findLast((v): v is Extract<InsertionRegime, { kind: 'fiche-12' }> => v.kind === 'fiche-12')!;
export const reformFrom = dateInWords(reformRow.from);
export const lastBefore = dateInWords(addDays(reformRow.from, -1));

export const rule: RuleText = {
	title: "Stage d'insertion",
	lead: `Les jours de stage d'insertion professionnelle qui restent après l'alternance, avant et après le ${reformFrom}.`,
	action: "Calculer le stage d'insertion",
	decides: [
		{
			text: "Après ses études, un jeune inscrit comme demandeur d'emploi fait un stage d'insertion professionnelle (SIP) avant de recevoir des allocations d'insertion de l'ONEM. Une formation en alternance peut ouvrir ce droit et raccourcir le stage : la règle dit si le droit s'ouvre et combien de jours de stage restent."
		}
	],
	concerns: [
		{
			items: [
				"Le jeune qui termine une formation en alternance (enseignement secondaire en alternance, spécialisé en alternance, IFAPME ou SFPME) et s'inscrit comme demandeur d'emploi.",
				`La demande doit être faite avant ${reform.maximumRequestAge} ans, sauf deux dérogations (avoir travaillé, ou avoir interrompu ses études pour force majeure).`,
				"La réussite se prouve par le formulaire C109/36 rempli par l'opérateur de formation."
			]
		}
	],
	steps: [
		{
			ordered: true,
			items: [
				`La date de la demande d'allocations décide des règles : jusqu'au ${lastBefore}, celles de la fiche 12 du Vade-Mecum ; à partir du ${reformFrom}, celles de la loi-programme du 18 juillet 2025.`,
				"Compter les jours du ou des contrats : chaque jour calendrier couvert par un contrat, les deux bornes comprises, sans les dimanches, jours au centre de formation compris. Plusieurs contrats successifs s'additionnent ; un jour couvert deux fois compte une fois.",
				`Demande jusqu'au ${lastBefore}, stage de ${fiche12.internshipDays} jours en semaine de 6 jours. Formation réussie : ${fiche12.internshipDays} − jours du contrat, sans descendre sous 0. Formation terminée sans succès : ${fiche12.internshipDays} − la moitié des jours du contrat (arrondie en faveur du jeune), mais il reste au moins ${fiche12.failureFloorDays} jours. Formation abandonnée : l'alternance n'ouvre pas le droit.`,
				`Demande à partir du ${reformFrom}, stage de ${reform.internshipDays} jours. Seule une alternance réussie ouvre le droit ; une alternance terminée sans succès ne réduit plus le stage. L'allocation d'insertion est limitée à ${reform.allowanceMonths} mois (${fiche12.allowanceMonths} avant la réforme).`,
				'Le dernier jour du stage se compte en semaine de 6 jours à partir de son début : chaque jour compte sauf le dimanche, jours fériés compris.'
			]
		},
		{
			title: 'Exemple',
			text: 'Contrat du 01/09/2015 au 30/06/2016, réussi, demande avant la réforme : 304 jours calendrier (les deux bornes comprises) − 43 dimanches = 261 jours ; 310 − 261 = 49 jours de stage restent.'
		}
	],
	exceptions: [
		{
			items: [
				"Moins de 21 ans, formation terminée sans succès et sans diplôme de la liste de la fiche 12 (CESS, certificat de 6e année…) : le stage se fait, mais l'allocation n'est accordée qu'à partir de 21 ans, sur une nouvelle demande (document C29 en attendant). Cette règle vaut pour les demandes depuis le 1er septembre 2015.",
				"Formation abandonnée : entre 18 et 21 ans, il faut attendre 21 ans ; entre 21 et 25 ans, seules d'autres études terminées peuvent ouvrir le droit.",
				`Depuis le ${reformFrom}, on ne sait pas encore avec certitude si les jours d'une alternance réussie réduisent toujours le stage de ${reform.internshipDays} jours : l'application applique la réduction et l'affiche comme non confirmée.`
			]
		}
	],
	traps: [
		{
			items: [
				'Exemple 1 de la fiche 12 : il compte 303 jours calendrier du 1er septembre 2015 au 30 juin 2016 et trouve 50 jours restants. La période compte 304 jours (les deux bornes comprises) et 43 dimanches : 261 jours, donc 49 jours restants, pas 50.',
				"Exemple 2 : il annonce 481 jours et 69 dimanches ; en comptant les deux bornes, on trouve 482 jours et 68 dimanches. Le résultat (0 jour restant) ne change pas ; l'application compte toujours les deux bornes et le dit dans chaque résultat.",
				`Les durées de ${fiche12.internshipDays} jours et de ${fiche12.allowanceMonths} mois de la fiche 12 ne valent plus pour une demande faite à partir du ${reformFrom}.`
			]
		}
	],
	sources: [
		vadeMecum("fiche 12, Allocations d'insertion : ouverture du droit, durée du stage, exemples"),
		{
			title: 'Loi-programme du 18 juillet 2025 (réforme du chômage, dite « Arizona »)',
			detail: `stage de ${reform.internshipDays} jours, réussite exigée, allocation d'insertion limitée à ${reform.allowanceMonths} mois`,
			date: `pour les demandes à partir du ${reformFrom}`
		}
	],
	tables: tablesByRule.insertion
};
