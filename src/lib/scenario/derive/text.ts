import { formatNumber } from '$lib/rules';

/** « 1 jour », « 1,5 jour », « 2 jours », « 34 mois »: plural from 2 on, as French counts; words ending in s or x keep their form. */
export const plural = (n: number, word: string) =>
	`${formatNumber(n)} ${word}${Math.abs(n) >= 2 && !/[sx]$/.test(word) ? 's' : ''}`;

/** « 0 jour », « 1,5 jour », « 7 jours ». */
export const dayCount = (n: number) => plural(n, 'jour');
