/**
 * Where saved scenarios live: IndexedDB through idb-keyval, behind one small interface, with an
 * in-memory twin used when IndexedDB is refused (private mode, quota, blocked) so the app keeps working.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
	/** False when nothing survives a reload. */
	readonly persistent: boolean;
	entries(): Promise<[string, unknown][]>;
	get(id: string): Promise<unknown>;
	set(id: string, value: unknown): Promise<void>;
	delete(id: string): Promise<void>;
}

export function memoryStore(): KeyValueStore {
	const map = new Map<string, unknown>();
	return {
		persistent: false,
		entries: async () => [...map.entries()],
		get: async (id) => map.get(id),
		set: async (id, value) => void map.set(id, structuredClone(value)),
		delete: async (id) => void map.delete(id)
	};
}

function idbStore(store: UseStore): KeyValueStore {
	return {
		persistent: true,
		entries: async () =>
			(await entries<IDBValidKey, unknown>(store)).map(([key, value]) => [String(key), value]),
		get: (id) => get(id, store),
		set: (id, value) => set(id, value, store),
		delete: (id) => del(id, store)
	};
}

const DB_NAME = 'calculs-alternance';
const STORE_NAME = 'scenarios';

/** Opens IndexedDB and proves it answers; otherwise says why and hands back a memory store. */
export async function openStore(): Promise<{ store: KeyValueStore; failure?: string }> {
	try {
		if (typeof indexedDB === 'undefined') throw new Error('IndexedDB absent');
		const store = idbStore(createStore(DB_NAME, STORE_NAME));
		await store.get('__probe__');
		return { store };
	} catch (error) {
		return {
			store: memoryStore(),
			failure: error instanceof Error ? error.message : String(error)
		};
	}
}
