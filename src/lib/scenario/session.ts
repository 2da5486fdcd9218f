/**
 * A copy of the current scenario for this browser tab, so that it survives a visit to a page
 * without JavaScript (whose links cannot carry the URL fragment). Storage errors are ignored:
 * the URL stays the main carrier.
 */

const KEY = 'calculs-alternance:scenario';

export function keepInSession(hash: string): void {
	try {
		sessionStorage.setItem(KEY, hash);
	} catch {
		// Private mode or a full quota: the link still carries the scenario.
	}
}

/** The fragment kept for this tab, or null (storage refused, or nothing kept). */
export function sessionHash(): string | null {
	try {
		return sessionStorage.getItem(KEY);
	} catch {
		return null;
	}
}
