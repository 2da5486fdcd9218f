/** The rule page /regles/calendrier: every dated event of the contract, and where each date comes from. */
import { tablesByRule } from '$lib/rules/parameters';
import { vadeMecum, type RuleText } from '../regles/rule-content';

export const rule: RuleText = {
	title: 'Calendrier du contrat',
	lead: "Toutes les dates d'un contrat d'alternance, de la signature à la fin du stage d'insertion, en un calendrier à importer.",
	action: 'Voir le calendrier du contrat',
	decides: [
		{
			text: "Chaque date vient de la règle qui la fixe, la même que celle des autres calculateurs : période d'essai, niveaux, âges, vacances, primes, durée maximale, stage d'insertion. Le calendrier se télécharge au format iCalendar (RFC 5545), que les agendas courants importent."
		}
	],
	concerns: [
		{
			items: [
				"L'employeur (DIMONA, évaluation de santé, primes), l'apprenant et ses parents (18 ans, allocations familiales, sécurité sociale complète, stage d'insertion), le formateur qui montre l'année d'un contrat."
			]
		}
	],
	steps: [
		{
			ordered: true,
			items: [
				'Signature du contrat en trois exemplaires, plan de formation annexé.',
				"DIMONA (type ALT depuis le 1er septembre 2023) au plus tard la veille du premier jour, qu'il soit en entreprise ou au centre ; pour un apprenant de moins de 18 ans, évaluation de santé préalable et analyse des risques avant la formation en entreprise.",
				"Fin de la période d'essai : un mois de prestations effectives en entreprise, compté de date à date.",
				"Chaque passage de niveau ; les 18 ans ; le 31 août de l'année des 18 ans (allocations familiales) ; le 1er janvier de l'année des 19 ans (sécurité sociale complète).",
				"Chaque 1er mai : début de la période où prendre 3 semaines consécutives de vacances, jusqu'au 31 octobre.",
				'Les primes : la première date où chacune peut être demandée, et le dernier jour quand une source le donne.',
				"La fin du contrat, la dernière date possible de la formation (31 décembre de l'année des 26 ans), puis le stage d'insertion : premier jour possible (demande le lendemain de la fin du contrat, début le jour suivant) et dernier jour."
			]
		}
	],
	exceptions: [
		{
			items: [
				"La DIMONA et l'évaluation de santé sont placées la veille du premier jour : c'est une date limite, elles peuvent être faites avant.",
				"Le stage d'insertion suppose une demande le lendemain de la fin du contrat ; la page Stage d'insertion calcule avec la date de demande choisie."
			]
		}
	],
	traps: [],
	sources: [
		vadeMecum('§4.1, §4.3, §4.8, §4.11, fiches 4, 5, 6 et 12'),
		{
			title:
				'Horeca Wallonie ; Securex Lex4you, « Une nouvelle Dimona pour les apprenants en alternance »',
			detail: 'DIMONA de type ALT pour les apprenants',
			date: 'depuis le 1er septembre 2023'
		}
	],
	tables: tablesByRule.timeline
};
