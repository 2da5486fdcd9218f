/**
 * The URL fragment that carries a scenario, '#s=…', written from the scenario already serialised.
 * Light on purpose: every page writes it; reading one back (codec.ts) loads only when a link carries one.
 */
import { SCENARIO_VERSION } from './scenario';

export const HASH_KEY = 's';

export function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The fragment of a serialised scenario and its title, as `{ v, t, ...scenario }` would write it. */
export function hashOfText(scenarioText: string, title = ''): string {
	return `#${HASH_KEY}=${toBase64Url(`{"v":${SCENARIO_VERSION},"t":${JSON.stringify(title)},${scenarioText.slice(1)}`)}`;
}

/** Whether a fragment carries a scenario. */
export function carriesScenario(hash: string): boolean {
	return new URLSearchParams(hash.replace(/^#/, '')).has(HASH_KEY);
}
