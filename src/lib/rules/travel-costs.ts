/**
 * The employer's share of the apprentice's public-transport commuting between home and the company
 * (the contract's article 3, 21°, which refers to the sector agreement or else to the interprofessional
 * CCT n° 19, now as amended by CCT n° 19/11). Trips to the training centre are not covered.
 */
import { writeDate } from './calendar';
import { PRICE_PERIODS, TRANSPORT_KINDS, type TransportKind } from './choices';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toCents, toEuros, writeCents, writeNumber } from './money';
import { publicTransportTable } from './parameters/employer';
import { vadeMecum } from './parameters/sources';
import { rowInForce } from './parameters/table';
import {
	optionalNumber,
	requireDate,
	requireNumber,
	requireObject,
	requireOneOf
} from './validate';

export { PRICE_PERIODS, TRANSPORT_KINDS, type TransportKind };

export interface TravelInput {
	/** The month the subscription is paid for. */
	on: ISODate;
	kind: TransportKind;
	/** The subscription's price, in euros, for a month or a year. */
	price: number;
	per: (typeof PRICE_PERIODS)[number];
	/** Home to company, in km; null when not given (it matters only while a minimum distance applied). */
	distanceKm: number | null;
}

/** The employer's share for a month, in euros; null when the figure the agreement gives is not known. */
export function travelContribution(input: TravelInput): Explained<number | null> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const on = requireDate(data.on, 'on', 'Mois du trajet');
	const kind = requireOneOf(data.kind, TRANSPORT_KINDS, 'kind', 'Moyen de transport');
	const per = requireOneOf(data.per, PRICE_PERIODS, 'per', "Période de l'abonnement");
	const price = requireNumber(data.price, 'price', "Prix de l'abonnement", { min: 0, max: 20_000 });
	const distance = optionalNumber(data.distanceKm, 'distanceKm', 'Distance domicile-entreprise', {
		min: 0,
		max: 500
	});
	const why = new Explainer();
	why.source(
		vadeMecum(
			'fiche 13, article 3, 21° du contrat : trajet domicile-entreprise, hors abonnement scolaire'
		)
	);
	const rule = rowInForce(why, publicTransportTable, on, {
		field: 'on',
		label: 'Mois du trajet'
	}).value;
	const monthly = per === 'year' ? Math.round(toCents(price) / 12) : toCents(price);
	if (per === 'year')
		why.step(
			"Prix mensuel de l'abonnement annuel",
			`${writeCents(toCents(price))} / 12`,
			writeCents(monthly)
		);
	if (kind === 'train') {
		if (rule.trainShare === null) {
			why.step(
				`Train au ${writeDate(on)} : la CCT fixe un barème de montants par distance que l'application ne connaît pas`,
				undefined,
				'non calculé'
			);
			return why.done(null);
		}
		const share = applyRate(monthly, rule.trainShare, 100);
		why.step(
			`Carte-train : ${writeNumber(rule.trainShare)} % du prix (estimation du barème de la CCT n° 19/11)`,
			`${writeNumber(rule.trainShare)} % × ${writeCents(monthly)}`,
			writeCents(share)
		);
		return why.done(toEuros(share));
	}
	if (rule.minimumKm > 0) {
		if (distance === null) {
			why.warn(
				`Avant le 1er juillet 2020, l'intervention n'était due qu'à partir de ${rule.minimumKm} km : indiquez la distance domicile-entreprise.`
			);
		} else if (distance < rule.minimumKm) {
			why.step(
				`Au ${writeDate(on)}, l'intervention pour un transport autre que le train n'est due qu'à partir de ${rule.minimumKm} km`,
				`${writeNumber(distance)} km`,
				writeCents(0)
			);
			return why.done(0);
		}
	} else {
		why.step(
			"Transport public autre que le train : dû dès le premier kilomètre (la condition des 5 km de la fiche 13 n'existe plus)"
		);
	}
	const share = applyRate(monthly, rule.fixedPriceShare, 100);
	why.step(
		`Abonnement à prix fixe (STIB, TEC, De Lijn) : ${writeNumber(rule.fixedPriceShare)} % du prix payé`,
		`${writeNumber(rule.fixedPriceShare)} % × ${writeCents(monthly)}`,
		writeCents(share)
	);
	why.warn(
		"Plafond non appliqué : l'intervention est limitée à celle de la carte-train pour 7 km, dont le montant n'a pas été trouvé ; le résultat est un maximum."
	);
	return why.done(toEuros(share));
}
