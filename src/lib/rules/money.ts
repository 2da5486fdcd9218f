/**
 * Money is handled as integer cents inside the rules; rounding happens only in `roundHalfUp`.
 * Belgian payroll practice and the operators' tables round to the cent, half up.
 */

/** Rounds half away from zero at the given number of decimals, immune to binary float noise. */
export function roundHalfUp(value: number, decimals = 0): number {
	const factor = 10 ** decimals;
	let scaled = Math.abs(value) * factor;
	// Float noise (1.005 * 100 = 100.49999…) only matters next to a half: toPrecision(15) removes it there.
	if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6 || scaled >= 1e8)
		scaled = Number(scaled.toPrecision(15));
	return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** Euros (possibly with more than two decimals) to integer cents, half up; unchecked (the public `eurosToCents` checks). */
export function toCents(euros: number): number {
	return roundHalfUp(euros * 100, 0);
}

/** Cents to euros; unchecked (the public `centsToEuros` checks). */
export function toEuros(cents: number): number {
	return cents / 100;
}

/** A share of an amount in cents, rounded to the cent, half up. */
export function applyRate(cents: number, numerator: number, denominator = 1): number {
	// Whole numbers round exactly in integer arithmetic, which is also the fast path of every prorata.
	if (
		Number.isInteger(cents) &&
		Number.isInteger(numerator) &&
		Number.isInteger(denominator) &&
		cents >= 0 &&
		numerator >= 0 &&
		denominator > 0
	) {
		return Math.floor((2 * cents * numerator + denominator) / (2 * denominator));
	}
	return roundHalfUp((cents * numerator) / denominator, 0);
}

/**
 * '1 234,56 €' for 123456 cents, written as Intl's fr-BE currency format does (narrow no-break
 * space between thousands, no-break space before €), without its cost in loops. No input check: the
 * public `formatCents` checks first.
 */
export function writeCents(cents: number): string {
	const whole = Math.abs(Math.round(cents));
	const euros = String(Math.floor(whole / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
	return `${cents < 0 && whole > 0 ? '-' : ''}${euros},${String(whole % 100).padStart(2, '0')}\u00a0€`;
}

/**
 * A plain number in Belgian French notation ('17,5', '1 234,0625'): Intl's fr-BE format with up to four
 * decimals, without its cost in every trace; a half rounds up as in `roundHalfUp`. No input check: the
 * public `formatNumber` checks first.
 */
export function writeNumber(value: number): string {
	const rounded = roundHalfUp(value, 4);
	const abs = Math.abs(rounded);
	const whole = Math.trunc(abs);
	let text =
		whole < 1000 ? String(whole) : String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
	const tenThousandths = Math.round((abs - whole) * 1e4);
	if (tenThousandths > 0) text += `,${String(tenThousandths).padStart(4, '0').replace(/0+$/, '')}`;
	return `${rounded < 0 || Object.is(rounded, -0) ? '-' : ''}${text}`;
}
