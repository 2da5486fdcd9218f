/** « 1 jour », « 2 jours », « 34 mois »: words ending in s or x keep their form. */
export const plural = (n: number, word: string) => `${n} ${word}${n > 1 && !/[sx]$/.test(word) ? 's' : ''}`;
