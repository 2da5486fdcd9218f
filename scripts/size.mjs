// After `vite build`: for each prerendered page, the JavaScript it loads on first visit and its CSS (inlined
// in the HTML, the files listed beside it for client-side navigation), gzip-compressed as a static host
// serves them; exits 1 when a page is over the budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = resolve('build');
const JS_BUDGET = 55 * 1024;
const gzipped = new Map();

function gzipSize(file) {
	if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzipped.get(file);
}

/** The static import closure of a module: dynamic import() calls load later and are left out. */
function staticClosure(file, seen) {
	if (seen.has(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const [, spec] of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
		staticClosure(resolve(dirname(file), spec), seen);
	}
}

function htmlPages(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlPages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
const rows = [];
for (const page of htmlPages(BUILD).sort()) {
	const html = readFileSync(page, 'utf8');
	const base = dirname(page);
	const js = new Set();
	const entries = [
		...html.matchAll(/href="([^"]+\.js)" rel="modulepreload"/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	];
	for (const [, href] of entries) staticClosure(resolve(base, href), js);
	const css = [...html.matchAll(/href="([^"]+\.css)" rel="stylesheet"/g)].map(([, href]) =>
		resolve(base, href)
	);
	const jsBytes = [...js].reduce((sum, f) => sum + gzipSize(f), 0);
	const cssBytes = css.reduce((sum, f) => sum + gzipSize(f), 0);
	const over = jsBytes > JS_BUDGET;
	failed ||= over;
	rows.push(
		`${over ? 'OVER ' : 'ok   '} ${relative(BUILD, page).padEnd(36)} JS ${kib(jsBytes).padStart(10)} (${js.size} files)   CSS ${kib(cssBytes).padStart(9)}`
	);
}
console.log(`First-visit weight per page, gzip level 9 (JS budget ${kib(JS_BUDGET)}):`);
console.log(rows.join('\n'));
if (failed) {
	console.error('At least one page ships more JavaScript than the budget.');
	process.exit(1);
}
