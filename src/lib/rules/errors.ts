/**
 * The one error a rule throws for bad input. `field` names the input at fault so the UI can show
 * the French message next to it.
 */
export class RuleInputError extends Error {
	readonly field: string;

	constructor(field: string, message: string) {
		super(message);
		this.name = 'RuleInputError';
		this.field = field;
	}
}
