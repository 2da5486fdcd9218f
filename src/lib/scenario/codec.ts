/**
 * Scenarios travel as JSON: in the URL fragment (so a link reproduces them and the data never
 * reaches a server) and in export files.
 */
import { SCENARIO_VERSION, type Scenario } from './scenario';
import {
	TITLE_MAX,
	migrateScenario,
	readScenario,
	stripMarkup,
	type ReadScenario
} from './validate';

const HASH_KEY = 's';

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	// By slices: a character at a time took 5 ms per keystroke on a slow phone; a whole long link could overflow the call stack.
	let binary = '';
	for (let at = 0; at < bytes.length; at += 0x2000)
		binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
	const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(
		Uint8Array.from(binary, (c) => c.charCodeAt(0))
	);
}

/** The URL fragment that carries a scenario and its title: '#s=…'. */
export function scenarioToHash(scenario: Scenario, title = ''): string {
	return hashOfText(JSON.stringify(scenario), title);
}

/** The same fragment from the scenario already serialised, as `{ v, t, ...scenario }` would write it. */
export function hashOfText(scenarioText: string, title = ''): string {
	return `#${HASH_KEY}=${toBase64Url(`{"v":${SCENARIO_VERSION},"t":${JSON.stringify(title)},${scenarioText.slice(1)}`)}`;
}

export interface LinkedScenario extends ReadScenario {
	title: string;
}

/** Reads a scenario and its title from a URL fragment; null when the fragment carries none. */
export function scenarioFromHash(hash: string): LinkedScenario | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const encoded = params.get(HASH_KEY);
	if (encoded === null) return null;
	let raw: unknown;
	try {
		raw = JSON.parse(fromBase64Url(encoded));
	} catch {
		const { scenario } = readScenario(undefined);
		return {
			scenario,
			title: '',
			problems: [
				{
					field: 'lien',
					message:
						'Le lien partagé est incomplet ou modifié : les valeurs par défaut sont affichées.'
				}
			]
		};
	}
	if (typeof raw !== 'object' || raw === null) return { ...readScenario(raw), title: '' };
	const data = raw as Record<string, unknown>;
	const version =
		typeof data.v === 'number' && data.v >= 1 && data.v <= SCENARIO_VERSION
			? data.v
			: SCENARIO_VERSION;
	return {
		...readScenario(migrateScenario(data, version)),
		title: typeof data.t === 'string' ? stripMarkup(data.t, TITLE_MAX) : ''
	};
}
