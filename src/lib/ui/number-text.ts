/** Numbers typed by people: 12,5 or 12.5, spaces allowed (1 234,56). */
import type { TextFormat } from './date-text';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Fractions show two decimals, so amounts read as 366,20 rather than 366,2; empty means null when optional. */
export const numberFormat = (optional: boolean): TextFormat<number | null> => ({
	show: (value) =>
		value === null
			? ''
			: (Number.isInteger(value) ? String(value) : value.toFixed(2)).replace('.', ','),
	parse: (text) => {
		const cleaned = text.replace(/\s/g, '').replace(',', '.');
		if (cleaned === '' && optional) return null;
		const number = NUMBER.test(cleaned) ? Number(cleaned) : NaN;
		return Number.isFinite(number) ? number : undefined;
	},
	invalid: 'écrivez un nombre (par exemple 12,5).'
});
