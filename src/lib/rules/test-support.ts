/** Helpers shared by the rules' tests. */
import type { Explained } from './explain';

/** A result's warnings other than the freshness ones (tested on their own in parameters.test.ts), so a test can name the rule's own. */
export function ruleWarnings(result: Pick<Explained<unknown>, 'warnings'>): string[] {
	return result.warnings.filter((warning) => !/^Chiffres « .+ » vérifiés jusqu'au /.test(warning));
}
