/**
 * The scenario every calculator reads and writes. It lives in memory and in the URL fragment, so a
 * reload or a shared link brings it back; saving it on the device is the library's job.
 */
import { hashOfText } from './codec';

/** The fragment parameter that opens a link in class mode. */
export const CLASS_MODE_KEY = 'classe';
import { DEFAULT_EXAMPLE, defaultScenario, type Scenario } from './scenario';
import type { Problem } from './validate';

/** An example as loaded: its title, and its scenario serialised to tell when the person changes it. */
interface LoadedExample {
	title: string;
	text: string;
}

const defaultExample = (): LoadedExample => ({
	title: DEFAULT_EXAMPLE.title,
	text: JSON.stringify(defaultScenario())
});

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
	/** The example the scenario was loaded as; the examples' data loads only with a link or the home page's list. */
	loadedExample = $state<LoadedExample | null>(defaultExample());
	/** The scenario serialised once per change: the example check and the fragment both read it. */
	private text = $derived(JSON.stringify(this.scenario));
	/** The example the scenario still is, unchanged: its figures are not the person's. */
	example = $derived(
		this.loadedExample && this.text === this.loadedExample.text ? this.loadedExample : null
	);
	/** The URL fragment of the scenario, so a reload or a shared link gives the same results. */
	hash = $derived(
		this.ready
			? hashOfText(this.text, this.title) + (this.classMode ? `&${CLASS_MODE_KEY}=1` : '')
			: ''
	);
	/** The fragment the links carry: `hash`, set by the layout once a change's answer is painted. */
	linkHash = $state('');

	/** This page's address with the scenario as it is now (or with `hash`): the link a person copies or prints. */
	link(hash = this.hash): string {
		return new URL(hash, location.href).href;
	}

	load(
		scenario: Scenario,
		from: { recordId?: string | null; title?: string; problems?: Problem[]; example?: string } = {}
	): void {
		this.scenario = scenario;
		// The default scenario read back from a link or the tab's session is still the default example.
		const text = JSON.stringify(scenario);
		const example =
			from.example ?? (text === defaultExample().text ? DEFAULT_EXAMPLE.title : undefined);
		this.loadedExample = example === undefined ? null : { title: example, text };
		this.recordId = from.recordId ?? null;
		this.title = from.title ?? '';
		this.problems = from.problems ?? [];
	}

	reset(): void {
		this.load(defaultScenario(), { example: DEFAULT_EXAMPLE.title });
	}
}

export const current = new CurrentScenario();
