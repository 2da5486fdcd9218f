import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/** A wrong entry names its error in the field's message and marks the field invalid; the fixed entry clears the message. */
export async function expectRefusedUntilFixed(
	field: Locator,
	message: Locator,
	entries: { wrong: string; fixed: string },
	error: string
): Promise<void> {
	await field.fill(entries.wrong);
	await expect(message).toHaveText(error);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await field.fill(entries.fixed);
	await expect(message).toHaveText('');
}
