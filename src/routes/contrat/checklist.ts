/** What the employer settles before signing, each point as the Vade-Mecum OFFA (27 April 2017) states it. */
export interface ChecklistItem {
	id: string;
	label: string;
	/** Why, in one line. */
	why: string;
	/** Where the Vade-Mecum says it. */
	place: string;
}

export const CHECKLIST: readonly ChecklistItem[] = [
	{
		id: 'agrement',
		label: "Agrément de l'entreprise obtenu auprès de l'opérateur de formation",
		why: 'Il doit être obtenu avant la conclusion du contrat : agrément provisoire, puis définitif dans les trois mois.',
		place: '§3.1 et fiche 1'
	},
	{
		id: 'tuteur',
		label: "Tuteur désigné dans l'entreprise et formé",
		why: "Pas de contrat sans tuteur : le chef d'entreprise ou un membre du personnel, expérimenté dans le métier, formé au tutorat (ou titulaire d'un titre pédagogique), avec un extrait de casier judiciaire.",
		place: '§3.2 et fiche 14'
	},
	{
		id: 'dimona',
		label: 'Déclaration DIMONA faite avant le premier jour du contrat',
		why: "L'employeur l'encode au plus tard avant le début du contrat, que le premier jour soit en entreprise ou en centre ; à défaut, l'ONSS peut le sanctionner lourdement.",
		place: '§4.8 et fiche 5'
	},
	{
		id: 'sante',
		label: 'Analyse des risques faite et évaluation de santé préalable prévue',
		why: "Risques du poste analysés selon l'âge et l'expérience ; évaluation de santé par le médecin du travail avant la formation en entreprise pour les moins de 18 ans, et à tout âge pour le travail de nuit ou des travaux normalement interdits.",
		place: '§4.11 et fiche 6'
	},
	{
		id: 'accidents',
		label: "Assurance accidents du travail couvrant l'apprenant",
		why: "Obligatoire pour tout employeur : elle couvre l'apprenant en entreprise, au centre de formation et sur le chemin entre le domicile, l'entreprise et le centre.",
		place: 'fiche 7'
	},
	{
		id: 'responsabilite',
		label: 'Assurance responsabilité civile pour les dommages causés à des tiers',
		why: "Le contrat (article 3, 15°) l'impose ; l'entreprise tient la preuve de cette assurance à la disposition du référent.",
		place: '§4.17'
	},
	{
		id: 'signature',
		label: 'Contrat en trois exemplaires et plan de formation annexé, signés',
		why: "Signé par l'apprenant et l'entreprise, un exemplaire pour chacun et pour l'opérateur ; le plan de formation, annexe obligatoire, est signé aussi par l'opérateur ; durée, métier, horaires et rétribution sont remplis.",
		place: '§4.1'
	}
];
