/** The documents the rules and figures lean on, cited once each. */
import type { SourceRef } from '../explain';

export const VADE_MECUM: SourceRef = {
	title: "Vade-Mecum du contrat d'alternance (OFFA), version du 27 avril 2017",
	reference: 'Office francophone de la formation en alternance',
	url: 'https://www.offa.be'
};

/** The date of the Vade-Mecum: a table resting on it alone was not checked against a later text. */
export const VADE_MECUM_DATE = '2017-04-27';

/** A place in the Vade-Mecum, e.g. vadeMecum('§4.6 Rétribution'). */
export function vadeMecum(place: string): SourceRef {
	return { ...VADE_MECUM, reference: `Vade-Mecum OFFA 2017, ${place}` };
}

export const HOLIDAYS_DECREE: SourceRef = {
	title:
		"Arrêté royal du 18 avril 1974 déterminant les modalités générales d'exécution de la loi du 4 janvier 1974 relative aux jours fériés",
	reference: 'art. 1er (liste des dix jours fériés légaux)',
	url: 'https://www.ejustice.just.fgov.be'
};
