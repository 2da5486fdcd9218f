/**
 * The saved scenarios of this device. Every operation reloads from the store so two tabs see each
 * other's changes; when the store fails, the app switches to memory and says that nothing will be kept.
 */
import { compareIso } from '$lib/rules';
import { newRecord, readRecord, type BrokenRecord, type ScenarioRecord } from './record';
import type { Scenario } from './scenario';
import { storageStatus } from './storage-status.svelte';
import { memoryStore, openStore, type KeyValueStore } from './store';
import { exportFile, parseImport, withoutDuplicates } from './transfer';

const NOT_KEPT =
	'Les scénarios ne peuvent pas être enregistrés sur cet appareil (navigation privée, espace plein ou stockage bloqué) : ils restent disponibles tant que la page est ouverte, puis seront perdus. Exportez-les pour les garder.';

export function newId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

class ScenarioLibrary {
	records = $state<ScenarioRecord[]>([]);
	broken = $state<BrokenRecord[]>([]);
	ready = $state(false);
	#store: KeyValueStore = memoryStore();
	#opening: Promise<void> | null = null;

	/** Opens the store once; later calls wait for the same opening. */
	open(): Promise<void> {
		this.#opening ??= (async () => {
			const { store, failure } = await openStore();
			this.#store = store;
			if (failure !== undefined) storageStatus.warning = NOT_KEPT;
			await this.refresh();
			this.ready = true;
		})();
		return this.#opening;
	}

	async refresh(): Promise<void> {
		let stored: [string, unknown][];
		try {
			stored = await this.#store.entries();
		} catch {
			await this.#fallBackToMemory();
			stored = await this.#store.entries();
		}
		const records: ScenarioRecord[] = [];
		const broken: BrokenRecord[] = [];
		for (const [id, raw] of stored) {
			const read = readRecord(id, raw);
			if ('record' in read) records.push(read.record);
			else broken.push(read.broken);
		}
		records.sort((a, b) => compareIso(b.updatedAt, a.updatedAt));
		this.records = records;
		this.broken = broken;
	}

	/** Keeps what is already in memory when the device store stops answering. */
	async #fallBackToMemory(): Promise<void> {
		const memory = memoryStore();
		for (const record of this.records) await memory.set(record.id, $state.snapshot(record));
		for (const item of this.broken) await memory.set(item.id, item.raw);
		this.#store = memory;
		storageStatus.warning = NOT_KEPT;
	}

	/** Runs a change on the device store (opened first, so nothing lands in a store about to be replaced), in memory when the device refuses it. */
	async #write(change: (store: KeyValueStore) => Promise<void>): Promise<void> {
		await this.open();
		try {
			await change(this.#store);
		} catch {
			await this.#fallBackToMemory();
			await change(this.#store);
		}
		await this.refresh();
	}

	#put(record: ScenarioRecord): Promise<void> {
		const plain = $state.snapshot(record);
		return this.#write((store) => store.set(record.id, plain));
	}

	async save(scenario: Scenario, title: string, id: string | null): Promise<ScenarioRecord> {
		const record = newRecord(
			id ?? newId(),
			title.trim() || 'Sans titre',
			$state.snapshot(scenario),
			new Date()
		);
		await this.#put(record);
		return record;
	}

	async rename(id: string, title: string): Promise<void> {
		const record = this.records.find((r) => r.id === id);
		if (record)
			await this.#put({
				...record,
				title: title.trim() || 'Sans titre',
				updatedAt: new Date().toISOString()
			});
	}

	async duplicate(id: string): Promise<ScenarioRecord | undefined> {
		const record = this.records.find((r) => r.id === id);
		return record ? this.save(record.scenario, `${record.title} (copie)`, null) : undefined;
	}

	remove(id: string): Promise<void> {
		return this.#write((store) => store.delete(id));
	}

	exportOne(id: string): string {
		return exportFile($state.snapshot(this.records.filter((r) => r.id === id)), [], new Date());
	}

	exportAll(): string {
		return exportFile($state.snapshot(this.records), $state.snapshot(this.broken), new Date());
	}

	/** Adds the readable records of a file under new ids; returns the French messages to show. */
	async import(text: string, byteLength: number): Promise<string[]> {
		const { records, messages } = parseImport(text, byteLength, newId);
		await this.open();
		const { added, already } = withoutDuplicates(records, this.records);
		for (const record of added) await this.#put(record);
		if (already.length > 0) {
			const titles = already.map((r) => `« ${r.title} »`).join(', ');
			messages.unshift(
				already.length > 1
					? `${already.length} scénarios étaient déjà enregistrés : ${titles}.`
					: `Ce scénario était déjà enregistré : ${titles}.`
			);
		}
		if (added.length > 0)
			messages.unshift(
				`${added.length} scénario${added.length > 1 ? 's' : ''} importé${added.length > 1 ? 's' : ''}.`
			);
		return messages;
	}
}

export const library = new ScenarioLibrary();
