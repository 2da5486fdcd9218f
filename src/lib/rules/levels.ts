/** The three levels of rétribution of the contract (art. 6), kept apart so that forms can list them cheaply. */
export type Level = 'A' | 'B' | 'C';
export const LEVELS: readonly Level[] = ['A', 'B', 'C'];
