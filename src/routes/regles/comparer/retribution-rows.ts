/** The first rows of « Comparer deux dates », the minimum rétribution at each level: the page shows them at once. */
import { LEVELS, eurosToCents, formatCents, monthlyRetribution, type Level } from '$lib/rules';
import { attempt } from '$lib/ui/attempt';
import type { ComparisonRow } from './comparison';

export const euros = (value: number) => formatCents(eurosToCents(value));

function retributionRow(level: Level): ComparisonRow {
	return {
		id: `level-${level}`,
		label: `Rétribution minimale, niveau ${level}`,
		compute: (_, on) =>
			attempt(() => {
				const result = monthlyRetribution(level, on);
				return { result, text: `${euros(result.value)} par mois` };
			})
	};
}

export const RETRIBUTION_ROWS: readonly ComparisonRow[] = LEVELS.map(retributionRow);
