/** The question each calculator answers, on its home page card: only the home page carries them. */
import type { CalculatorPath } from '$lib/pages';

export const QUESTIONS: Record<CalculatorPath, string> = {
	'/retribution':
		'Montant mensuel par niveau A, B ou C, prorata du premier et du dernier mois, paie mois par mois sur tout le contrat.',
	'/vacances':
		'Jours de vacances ouvrier ou employé, vacances européennes et scolaires, pécule de vacances.',
	'/stage-insertion':
		"Jours restants du stage d'insertion professionnelle après le contrat, avant et après la réforme de 2026.",
	'/horaires':
		"Vérification d'un horaire : nuit, dimanche, jours fériés, heures par jour et par semaine, pauses.",
	'/contrat':
		"Âge, période d'essai, préavis et date de prise d'effet, rétribution garantie, liste de l'employeur.",
	'/allocations-familiales':
		'Effet du contrat sur les allocations familiales selon la région et la date.',
	'/employeur':
		"Coût du contrat par année, primes wallonnes et bruxelloises, part de l'employeur dans les déplacements.",
	'/calendrier':
		"Toutes les dates du contrat, de la signature au stage d'insertion, à importer dans un agenda."
};
