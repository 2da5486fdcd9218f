/**
 * Scenarios travel as JSON: in the URL fragment (so a link reproduces them and the data never
 * reaches a server) and in export files.
 */
import { SCENARIO_VERSION, type Scenario } from './scenario';
import { readScenario, type ReadScenario } from './validate';

const HASH_KEY = 's';

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
	const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The URL fragment that carries a scenario: '#s=…'. */
export function scenarioToHash(scenario: Scenario): string {
	return `#${HASH_KEY}=${toBase64Url(JSON.stringify({ v: SCENARIO_VERSION, ...scenario }))}`;
}

/** Reads a scenario from a URL fragment; null when the fragment carries none. */
export function scenarioFromHash(hash: string): ReadScenario | null {
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
			problems: [{ field: 'lien', message: 'Le lien partagé est incomplet ou modifié : les valeurs par défaut sont affichées.' }]
		};
	}
	return readScenario(raw);
}
