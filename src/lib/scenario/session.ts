/**
 * A copy of the current scenario for this browser tab, so that it survives a visit to a page
 * without JavaScript (whose links cannot carry the URL fragment). Storage errors are ignored:
 * the URL stays the main carrier.
 */
import { scenarioFromHash, type LinkedScenario } from './codec';

const KEY = 'calculs-alternance:scenario';

export function keepInSession(hash: string): void {
	try {
		sessionStorage.setItem(KEY, hash);
	} catch {
		// Private mode or a full quota: the link still carries the scenario.
	}
}

export function scenarioFromSession(): LinkedScenario | null {
	try {
		return scenarioFromHash(sessionStorage.getItem(KEY) ?? '');
	} catch {
		return null;
	}
}
