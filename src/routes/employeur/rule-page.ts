/** The rule page /regles/employeur: premiums, commuting share and the cost of the contract for the employer. */
import { tablesByRule } from '$lib/rules/parameters';
import { formatNumber } from '$lib/rules';
import {
	brusselsTutorPremiumTable,
	brusselsYouthPremiumTable,
	holidayContributionTable,
	publicTransportTable,
	walloonIncentiveTable
} from '$lib/rules/parameters/employer';
import { vacationPayTable } from '$lib/rules/parameters/vacation';
import { dateInWords, vadeMecum, type RuleText } from '../regles/rule-content';

const wallonia = walloonIncentiveTable.rows.at(-1)!.value;
const tutor = brusselsTutorPremiumTable.rows.at(-1)!.value;
const youth = brusselsYouthPremiumTable.rows.at(-1)!.value;
const holidays = holidayContributionTable.rows.at(-1)!.value;
const doubleRate = vacationPayTable.rows.at(-1)!.value.whiteCollarDoubleRate;
const nineteenEleven = publicTransportTable.rows.find((r) => r.value.trainShare !== null)!;
const firstKilometre = publicTransportTable.rows.find((r) => r.value.minimumKm === 0)!;

export const trainShare = `${formatNumber(nineteenEleven.value.trainShare!)} %`;
export const trainShareFrom = dateInWords(nineteenEleven.from);
export const firstKilometreFrom = dateInWords(firstKilometre.from);
const euros = (n: number) => `${formatNumber(n)} €`;

export const rule: RuleText = {
	title: "Coût et primes de l'employeur",
	lead: "Ce que le contrat coûte à l'employeur chaque année, les primes wallonnes et bruxelloises, et sa part des frais de déplacement.",
	action: "Calculer le coût pour l'employeur",
	decides: [
		{
			text: "Le coût de chaque année civile : la rétribution, ce que l'employeur doit pour les vacances, sa part de l'abonnement de transport, moins les primes dont toutes les conditions sont remplies. Chaque prime vient avec la liste de ses conditions, répondues par le scénario ou « à vérifier », et les dates où elle peut être demandée."
		}
	],
	concerns: [
		{
			items: [
				"Les primes de l'employeur dépendent de la région de son unité d'établissement (siège d'exploitation), pas de son siège social ; la prime jeune bruxelloise dépend du domicile de l'apprenant.",
				"L'intervention dans les déplacements couvre le trajet entre le domicile et l'entreprise, pas celui vers le centre de formation (article 3, 21° du contrat)."
			]
		}
	],
	steps: [
		{
			ordered: true,
			items: [
				`Wallonie : ${euros(wallonia.companyPremium)} à l'entreprise après une première année d'au moins ${wallonia.firstYearDays} jours sous contrat (elle se termine au plus tard le 31 août de l'année scolaire), avec un tuteur agréé et une année réussie ; ${euros(wallonia.selfEmployedPremium)} à l'indépendant sans personnel à son premier contrat ; ${euros(wallonia.apprenticePremium)} à l'apprenant qui réussit sa dernière année.`,
				`Bruxelles : ${euros(tutor.tutorPremium)} par tuteur et par période de ${tutor.periodMonths} mois où il accompagne 1 à ${tutor.maxApprentices} apprenants de moins de ${tutor.apprenticeAgeLimit} ans pendant au moins ${tutor.minimumMonths} mois ; première demande de 6 à 9 mois après le début du contrat, les suivantes de 12 à 15 mois après la précédente.`,
				`Bruxelles, prime jeune : ${youth.youthPremiums.map(euros).join(', ')} à la fin des années 1, 2 et 3, pour un jeune domicilié à Bruxelles de moins de ${youth.youthAgeLimit} ans, avec au moins ${youth.minimumMonths} mois chez le même employeur ; demande à Actiris dans les ${youth.claimMonths} mois.`,
				`Déplacements : depuis le ${trainShareFrom}, ${trainShare} du prix de la carte-train (CCT n° 19/11), indexé chaque 1er février ; pour un abonnement à prix fixe (STIB, TEC, De Lijn), ${formatNumber(nineteenEleven.value.fixedPriceShare)} % du prix, dès le premier kilomètre depuis le ${firstKilometreFrom}. Chaque mois compte au prorata des jours du contrat.`,
				`Vacances : pour un apprenti ouvrier, l'employeur paie à l'ONSS, sur ${holidays.wageBase} % des rétributions, ${formatNumber(holidays.quarterlyRate)} % chaque trimestre et ${formatNumber(holidays.annualRate)} % une fois par an (au plus tard le 30 avril de l'année suivante) ; pour un employé, il paie lui-même le double pécule (${formatNumber(doubleRate)} % de la rétribution du mois des vacances, au prorata des mois prestés).`,
				"Sécurité sociale de l'employeur : assujettissement limité jusqu'au 31 décembre de l'année des 18 ans, complet ensuite ; les taux des cotisations patronales d'un apprenti n'ont pas été trouvés : la part reste « non calculé »."
			]
		}
	],
	exceptions: [
		{
			items: [
				"Les primes wallonnes sont la règle de 2016, adaptée en 2018 : aucune source de 2024 à 2026 ne confirme les montants, et le délai de demande n'a pas été trouvé.",
				"Une prime dont une condition reste « à vérifier » n'est pas déduite du coût ; elle est montrée à part.",
				'Pour un abonnement à prix fixe, le plafond (intervention train pour 7 km) n’est pas appliqué, faute de montant trouvé : le résultat est un maximum.'
			]
		}
	],
	traps: [
		{
			items: [
				"La fiche 13 du Vade-Mecum (2017) cite la CCT n° 19 octies : environ 75 % du prix de la carte-train, et rien pour les autres transports publics sous 5 km. L'application suit le texte en vigueur : la condition des 5 km n'existe plus depuis le " +
					firstKilometreFrom +
					`, et le train est remboursé à ${trainShare} du prix depuis le ${trainShareFrom}.`,
				'Le Vade-Mecum laisse les cotisations ONSS (chapitre 7) et les incitants financiers (chapitre 8) « à traiter ultérieurement » : les chiffres viennent de sources postérieures, datées dans le tableau.'
			]
		}
	],
	sources: [
		vadeMecum('fiche 13, frais de déplacement ; article 3, 21° du contrat'),
		{
			title: 'Securex Lex4you ; SPW Emploi-Formation ; wallonie.be, démarches 143728 et 143729',
			detail: 'primes wallonnes à l’entreprise, à l’indépendant et à l’apprenant',
			date: 'depuis le 1er septembre 2016'
		},
		{
			title: 'Attentia, Sodalis, SD Worx ; Actiris ; efp.be',
			detail: 'prime tuteur et prime jeune en alternance (Bruxelles)',
			date: 'depuis le 1er juillet 2018'
		},
		{
			title: 'Partena Professional, Easypay Group, Securex',
			detail: 'CCT n° 19/11 et ses indexations',
			date: `depuis le ${trainShareFrom}`
		}
	],
	tables: [...tablesByRule.premiums, ...tablesByRule.employerCost]
};
