import { eurosToCents, formatCents } from '$lib/rules';

/** « 1 jour », « 2 jours », « 34 mois »: words ending in s or x keep their form. */
export const plural = (n: number, word: string) =>
	`${n} ${word}${n > 1 && !/[sx]$/.test(word) ? 's' : ''}`;

/** '1 436,08 €' for 1436.08: amounts are formatted from cents. */
export const euros = (value: number) => formatCents(eurosToCents(value));
