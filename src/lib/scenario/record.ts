/**
 * A saved scenario as stored on the device: an id, a name, the time of the last change, the
 * schema version and the scenario itself. Records of an older version are migrated on read; a
 * record that cannot be read is kept aside with its raw data, never dropped.
 */
import { SCENARIO_VERSION, type Scenario } from './scenario';
import { TITLE_MAX, migrateScenario, readScenario, stripMarkup, type Problem } from './validate';

export interface ScenarioRecord {
	id: string;
	version: number;
	title: string;
	/** ISO timestamp of the last change. */
	updatedAt: string;
	scenario: Scenario;
}

/** A record that could not be read as it is: shown to the user and exportable, never deleted. */
export interface BrokenRecord {
	id: string;
	raw: unknown;
	problems: Problem[];
}

export function newRecord(
	id: string,
	title: string,
	scenario: Scenario,
	now: Date
): ScenarioRecord {
	return {
		id,
		version: SCENARIO_VERSION,
		title: stripMarkup(title, TITLE_MAX),
		updatedAt: now.toISOString(),
		scenario
	};
}

/** Reads a stored value: a record of the current version with a valid scenario, or a broken record. */
export function readRecord(
	id: string,
	raw: unknown
): { record: ScenarioRecord } | { broken: BrokenRecord } {
	const broken = (message: string, problems: Problem[] = []) => ({
		broken: { id, raw, problems: [{ field: 'record', message }, ...problems] }
	});
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return broken("Enregistrement illisible (ce n'est pas un objet).");
	const data = raw as Record<string, unknown>;
	const version = data.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return broken("Ce n'est pas un scénario de Calculs Alternance : son numéro de version manque.");
	}
	if (version > SCENARIO_VERSION) {
		return broken(
			`Version de schéma inconnue (${version}) : ce scénario vient d'une version plus récente de l'application ; rechargez la page pour l'obtenir.`
		);
	}
	const stored = data.scenario;
	const { scenario, problems } = readScenario(
		typeof stored === 'object' && stored !== null
			? migrateScenario(stored as Record<string, unknown>, version)
			: stored
	);
	if (problems.length > 0)
		return broken('Le scénario enregistré contient des valeurs invalides.', problems);
	const title = typeof data.title === 'string' ? stripMarkup(data.title, TITLE_MAX) : 'Sans titre';
	const updatedAt =
		typeof data.updatedAt === 'string' && !Number.isNaN(Date.parse(data.updatedAt))
			? data.updatedAt
			: new Date(0).toISOString();
	return { record: { id, version: SCENARIO_VERSION, title, updatedAt, scenario } };
}
