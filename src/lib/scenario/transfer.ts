/**
 * JSON export and import of saved scenarios. An import is read as hostile: size, depth and shape
 * are checked, names are cleaned, and every record read gets a new id so nothing saved is overwritten.
 */
import { readRecord, type BrokenRecord, type ScenarioRecord } from './record';

export const EXPORT_FORMAT = 'calculs-alternance/scenarios';
export const MAX_IMPORT_BYTES = 1_000_000;
const MAX_DEPTH = 12;
const MAX_RECORDS = 500;

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	exportedAt: string;
	records: ScenarioRecord[];
	/** Records that could not be read, kept as they were so nothing is lost. */
	unreadable: { id: string; raw: unknown }[];
}

export function exportFile(records: ScenarioRecord[], broken: BrokenRecord[], now: Date): string {
	const file: ExportFile = {
		format: EXPORT_FORMAT,
		exportedAt: now.toISOString(),
		records,
		unreadable: broken.map(({ id, raw }) => ({ id, raw }))
	};
	return JSON.stringify(file, null, 2);
}

function depth(value: unknown, level = 0): number {
	if (level > MAX_DEPTH || typeof value !== 'object' || value === null) return level;
	let deepest = level;
	for (const child of Object.values(value)) {
		deepest = Math.max(deepest, depth(child, level + 1));
		if (deepest > MAX_DEPTH) break;
	}
	return deepest;
}

const NOT_AN_EXPORT =
	"Fichier refusé : ce n'est pas un export de Calculs Alternance. Choisissez un fichier créé par « Exporter » sur la page d'accueil.";

/** The records of an export file, or the one record of a file that holds a single scenario; undefined for any other JSON. */
function scenarioList(data: unknown): unknown[] | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const file = data as { format?: unknown; records?: unknown };
	if (Object.hasOwn(file, 'format') && file.format !== EXPORT_FORMAT) return undefined;
	if (Object.hasOwn(file, 'records')) return Array.isArray(file.records) ? file.records : undefined;
	return Object.hasOwn(data, 'scenario') && Object.hasOwn(data, 'version') ? [data] : undefined;
}

/** What identifies a scenario whatever its id and date: its title and its data. */
const sameContent = (record: Pick<ScenarioRecord, 'title' | 'scenario'>) =>
	JSON.stringify([record.title, record.scenario]);

/** Splits imported records into new ones and those already saved (same title and data), so a file imported twice adds nothing. */
export function withoutDuplicates(
	imported: ScenarioRecord[],
	saved: ScenarioRecord[]
): { added: ScenarioRecord[]; already: ScenarioRecord[] } {
	const seen = new Set(saved.map(sameContent));
	const added: ScenarioRecord[] = [];
	const already: ScenarioRecord[] = [];
	for (const record of imported) {
		const key = sameContent(record);
		(seen.has(key) ? already : added).push(record);
		seen.add(key);
	}
	return { added, already };
}

export interface ImportResult {
	records: ScenarioRecord[];
	/** French messages, one per refused record or per problem with the file. */
	messages: string[];
}

/** Reads an export file (or a single record); `newId` gives each imported record a fresh id. */
export function parseImport(text: string, byteLength: number, newId: () => string): ImportResult {
	if (byteLength > MAX_IMPORT_BYTES) {
		return {
			records: [],
			messages: [`Fichier refusé : il dépasse ${MAX_IMPORT_BYTES / 1_000_000} Mo.`]
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { records: [], messages: ["Fichier refusé : ce n'est pas un fichier JSON valide."] };
	}
	if (depth(data) > MAX_DEPTH)
		return { records: [], messages: ['Fichier refusé : sa structure est trop imbriquée.'] };
	const list = scenarioList(data);
	if (!list) return { records: [], messages: [NOT_AN_EXPORT] };
	if (list.length > MAX_RECORDS)
		return { records: [], messages: [`Fichier refusé : plus de ${MAX_RECORDS} scénarios.`] };
	const records: ScenarioRecord[] = [];
	const messages: string[] = [];
	list.forEach((raw, i) => {
		const read = readRecord(newId(), raw);
		if ('record' in read) records.push(read.record);
		else
			messages.push(
				`Scénario n° ${i + 1} ignoré : ${read.broken.problems.map((p) => p.message).join(' ')}`
			);
	});
	if (records.length === 0 && messages.length === 0)
		messages.push('Le fichier ne contient aucun scénario.');
	return { records, messages };
}
