/**
 * package.json declares the modules free of side effects, except those it lists: the bundler drops
 * any other module whose exports go unused. A module that does its work on import (registering
 * chart parts, a service worker's listeners) must be listed, or its work silently disappears.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const declared: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).sideEffects;

function modules(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return modules(path);
		return /\.(ts|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** A statement at the top level of the module that calls something: `Chart.register(…)`, `sw.addEventListener(…)`. */
const TOP_LEVEL_CALL = /^(?:await\s+)?[A-Za-z_$][\w$.]*\s*\(/m;

describe('modules with side effects', () => {
	const withEffects = modules(join(ROOT, 'src'))
		.filter((file) => TOP_LEVEL_CALL.test(readFileSync(file, 'utf8')))
		.map((file) => `./${relative(ROOT, file)}`);

	it('finds the chart registration among them', () => {
		expect(withEffects).toContain('./src/lib/components/chart-loader.ts');
	});

	it.each(withEffects)('%s is listed in package.json sideEffects', (file) => {
		expect(declared).toContain(file);
	});
});
