/**
 * The scenario every calculator reads and writes. It lives in memory and in the URL fragment, so a
 * reload or a shared link brings it back; saving it on the device is the library's job.
 */
import { scenarioToHash } from './codec';

/** The fragment parameter that opens a link in class mode. */
export const CLASS_MODE_KEY = 'classe';
import { defaultScenario, type Scenario } from './scenario';
import type { Problem } from './validate';

class CurrentScenario {
	scenario = $state<Scenario>(defaultScenario());
	/** The saved record this scenario came from, if any. */
	recordId = $state<string | null>(null);
	title = $state('');
	/** Fields replaced by defaults when the scenario was read from a link or a record. */
	problems = $state<Problem[]>([]);
	/** True once the URL has been read in the browser; prerendered pages carry no scenario in their links. */
	ready = $state(false);
	/** Large type, full width, one section per screen: for a class in front of a projector; the link keeps it. */
	classMode = $state(false);
	/** The URL fragment of the scenario, added to every internal link so it follows the user. */
	hash = $derived(this.ready ? scenarioToHash(this.scenario, this.title) + (this.classMode ? `&${CLASS_MODE_KEY}=1` : '') : '');

	load(scenario: Scenario, from: { recordId?: string | null; title?: string; problems?: Problem[] } = {}): void {
		this.scenario = scenario;
		this.recordId = from.recordId ?? null;
		this.title = from.title ?? '';
		this.problems = from.problems ?? [];
	}

	reset(): void {
		this.load(defaultScenario());
	}
}

export const current = new CurrentScenario();
