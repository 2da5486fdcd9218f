/** A calendar date written 'YYYY-MM-DD', with no time and no time zone. */
export type ISODate = string;

/** One step of a computation, in French, for people. */
export interface TraceStep {
	label: string;
	formula?: string;
	value?: string;
}

/** Where a rule or a figure comes from. */
export interface SourceRef {
	title: string;
	reference: string;
	url?: string;
}

/** A result that explains itself: the value, the steps, the sources that applied, the warnings. */
export interface Explained<T> {
	value: T;
	trace: TraceStep[];
	sources: SourceRef[];
	warnings: string[];
}

/** Collects the trace, sources and warnings of one computation, then wraps its value. */
export class Explainer {
	readonly trace: TraceStep[] = [];
	readonly sources: SourceRef[] = [];
	readonly warnings: string[] = [];

	/** `steps: false` keeps only the sources and warnings, for sub-computations whose steps a table shows instead. */
	constructor(private readonly options: { steps: boolean } = { steps: true }) {}

	/** False when steps are not kept: a caller may then skip building their text. */
	get keepsSteps(): boolean {
		return this.options.steps;
	}

	step(label: string, formula?: string, value?: string): this {
		if (!this.options.steps) return this;
		const step: TraceStep = { label };
		if (formula !== undefined) step.formula = formula;
		if (value !== undefined) step.value = value;
		this.trace.push(step);
		return this;
	}

	// The same reference object comes back every month of a schedule: known at a glance.
	private readonly cited = new Set<SourceRef>();

	/** Adds a source once, however many times the rule leans on it. */
	source(...refs: SourceRef[]): this {
		for (const ref of refs) {
			if (this.cited.has(ref)) continue;
			this.cited.add(ref);
			if (!this.sources.some((s) => s.title === ref.title && s.reference === ref.reference)) {
				this.sources.push(ref);
			}
		}
		return this;
	}

	warn(message: string): this {
		if (!this.warnings.includes(message)) this.warnings.push(message);
		return this;
	}

	/** Takes over the steps, sources and warnings of a sub-result, and returns its value. */
	absorb<T>(result: Explained<T>): T {
		this.trace.push(...result.trace);
		this.source(...result.sources);
		for (const w of result.warnings) this.warn(w);
		return result.value;
	}

	done<T>(value: T): Explained<T> {
		return { value, trace: this.trace, sources: this.sources, warnings: this.warnings };
	}
}

/** Two computations shown as one explanation: the first one's steps lead to the second's value; each source and warning once. */
export function joinExplained<T>(
	first: Pick<Explained<unknown>, 'trace' | 'sources' | 'warnings'>,
	second: Explained<T>
): Explained<T> {
	const why = new Explainer();
	why.absorb({ value: undefined, ...first });
	return why.done(why.absorb(second));
}
