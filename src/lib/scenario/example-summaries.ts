/** What each example of examples.ts shows, in French, by example id. */
export const EXAMPLE_SUMMARIES: Record<string, string> = {
	'apprenti-trois-ans':
		'Un contrat de septembre 2025 à juin 2028 : la rétribution monte de niveau chaque 1er septembre.',
	'fiche-4-pierre':
		"L'exemple des vacances annuelles : 104 jours prestés en 2025 (le chiffre de la fiche, saisi), 95,79 jours équivalents arrondis à 96, soit 7 jours de vacances en 2026.",
	'fiche-12-exemple-1':
		"Le stage d'insertion après une alternance réussie : 304 jours calendrier, 43 dimanches, 49 jours restants (la fiche imprime 303 et 50).",
	'fiche-12-exemple-2':
		'Deux contrats successifs couvrent plus de 310 jours hors dimanches : il ne reste aucun jour de stage (la fiche compte 481 jours et 69 dimanches, il y en a 482 et 68).',
	'horeca-17-ans':
		"Un apprenti de 17 ans en restauration travaille jusqu'à 23 h 30 et le dimanche : le contrôle de l'horaire montre ce qui dépasse."
};
