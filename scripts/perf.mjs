// What a user waits for on a slow phone, measured against a bare SvelteKit page built and served the same
// way, in one run on one machine: Chromium with a Slow-4G-like network (150 ms, 1,6 Mbit/s down) and the
// CPU slowed 4×, cold cache, median of RUNS. Prints a table of ratios to the bare page; exits 1 only when
// a ratio is more than twice its goal (machines are noisy). Expects `build/` (npm run build) to exist.
// Usage: node scripts/perf.mjs [--runs 5]
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const arg = (name, fallback) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(arg('runs', '5'));
// A field whose result is on the page, the value typed into it, and the result that changes; `frames`: the
// goal in frames, two for a field that rebuilds a month-by-month schedule (the pay, the employer's cost, the weeks).
const ANSWER = '[data-testid="answer"]';
const KEYSTROKES = [
	{
		path: '/retribution',
		field: '#employerMonthlyAmount',
		value: '700',
		result: ANSWER,
		frames: 2
	},
	{ path: '/vacances', field: '#fullTimeHoursPerWeek', value: '40', result: ANSWER, frames: 1 },
	{
		path: '/stage-insertion',
		field: '#requestDate',
		value: '20/07/2028',
		result: ANSWER,
		frames: 1
	},
	{ path: '/horaires', field: '#centreHoursPerWeek', value: '20', result: ANSWER, frames: 2 },
	{ path: '/contrat', field: '#signingDate', value: '26/08/2025', result: ANSWER, frames: 1 },
	{
		path: '/allocations-familiales',
		field: '#month',
		value: '10/2027',
		result: '#month-title',
		frames: 1
	},
	{ path: '/employeur', field: '#contractEnd', value: '30/06/2027', result: ANSWER, frames: 2 },
	{ path: '/calendrier', field: '#contractEnd', value: '30/06/2027', result: ANSWER, frames: 1 }
];
// One field per calculator: its list is the list of calculators measured.
const CALCULATORS = KEYSTROKES.map((k) => k.path);
const GOALS = { answer: 1.3, js: 2, tbt: 3, keystroke: 16 };
const NETWORK = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};
const IDLE_MS = 500;
const READY = 'perf: hydrated';
const WORKER_READY = 'perf: service worker ready';

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
	cwd: 'perf/bare',
	stdio: 'inherit'
});
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
});

/**
 * Starts a server that counts the bytes of JavaScript it sends, and apart those the service worker
 * fetches for offline use, and when it last sent anything. Headers as the real host sends them: a
 * file the page already loaded comes from the HTTP cache when the worker caches it.
 */
async function countingServer(root) {
	const { url, server } = await serve({ root });
	const traffic = { js: 0, offline: 0, last: 0 };
	const bare = root.includes('perf/bare');
	server.on('request', (request, response) => {
		traffic.last = Date.now();
		response.on('finish', () => {
			traffic.last = Date.now();
			if (!/\.js(\?|$)/.test(request.url ?? '')) return;
			const bytes = Number(response.getHeader('Content-Length') ?? 0);
			traffic.js += bytes;
			// The page loads scripts as scripts; the worker's own file and its cache.addAll() are not.
			if (request.headers['sec-fetch-dest'] !== 'script') traffic.offline += bytes;
		});
	});
	return { url, server, traffic, bare };
}

// Records, in the page, long tasks and every text the answer sentence takes, with its time (from the first parse).
// It tells the script on the console when the page is hydrated and when its service worker is ready: waiting
// through Playwright instead (waitForFunction, evaluate) would first run Playwright's own script in the page,
// a long task of 50 to 90 ms at 4× that would count in the page's blocking time.
const OBSERVE = `(() => {
	const marks = (window.__perf = { longTasks: [], texts: [] });
	new PerformanceObserver((list) => { for (const e of list.getEntries()) marks.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
	const record = () => {
		const text = document.querySelector('${'[data-testid="answer"]'}')?.textContent.trim();
		if (text && text !== marks.texts.at(-1)?.[1]) marks.texts.push([performance.now(), text]);
	};
	document.addEventListener('DOMContentLoaded', record);
	new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
	new MutationObserver((_, observer) => {
		if (document.documentElement.dataset.ready === undefined) return;
		marks.ready = performance.now();
		observer.disconnect();
		console.debug('${READY}');
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
	navigator.serviceWorker?.ready.then(() => console.debug('${WORKER_READY}'));
})();`;

async function load(site, path) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(OBSERVE);
	const before = { ...site.traffic };
	const told = (text, timeout) =>
		page.waitForEvent('console', { predicate: (message) => message.text() === text, timeout });
	const hydrated = told(READY, 60_000);
	// The first visit ends once the service worker (registered when the page is idle) has cached the site, so
	// its downloads always count; then network idle: nothing sent by the server for IDLE_MS.
	const worker = site.bare ? undefined : told(WORKER_READY, 30_000).catch(() => undefined);
	await page.goto(site.url + path, { waitUntil: 'load' });
	// The answer is computed once the page is hydrated and its rules loaded; the bare page's is its hydration.
	await hydrated;
	await worker;
	while (Date.now() - site.traffic.last < IDLE_MS) await new Promise((r) => setTimeout(r, 100));
	const marks = await page.evaluate((bare) => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const tbt = window.__perf.longTasks
			.filter(([start]) => start >= fcp)
			.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
		// On screen from the first moment it showed its final text, never before the first paint.
		const texts = window.__perf.texts;
		const final = texts.at(-1)?.[1];
		const shown = texts.find(([, text]) => text === final && !text.includes('Calcul…'))?.[0] ?? NaN;
		const hydrated = performance.getEntriesByName('hydrated')[0]?.startTime ?? NaN;
		// The scripts already loaded when the page became interactive, as sent (compressed).
		const jsInteractive = performance
			.getEntriesByType('resource')
			.filter((e) => /\.js(\?|$)/.test(e.name) && e.responseEnd <= window.__perf.ready)
			.reduce((sum, e) => sum + e.encodedBodySize, 0);
		return {
			fcp,
			answer: bare ? hydrated : Math.max(fcp, shown),
			tbt,
			jsInteractive: jsInteractive / 1024
		};
	}, site.bare);
	const kib = (key) => (site.traffic[key] - before[key]) / 1024;
	const offline = kib('offline');
	return { page, context, result: { ...marks, js: kib('js') - offline, offline } };
}

/**
 * Types the field's new value as a person does, emptying it then one character at a time, and times each
 * keystroke from its input event to the next frame, once the page has handled it. Checks that the result changed.
 */
async function keystrokes(site, { path, field, value, result }) {
	const { page, context } = await load(site, path);
	const times = await page.evaluate(
		async ({ field, value, result }) => {
			const input = document.querySelector(field);
			const target = document.querySelector(result);
			const before = target.textContent;
			const times = [];
			for (let typed = 0; typed <= value.length; typed++) {
				const start = performance.now();
				input.value = value.slice(0, typed);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((resolve) => requestAnimationFrame(() => resolve()));
				times.push(performance.now() - start);
				// A person types a few keys a second: the page is idle again before the next one.
				await new Promise((resolve) => setTimeout(resolve, 150));
			}
			if (target.textContent === before) throw new Error(`${field}: the result did not change`);
			return times;
		},
		{ field, value, result }
	);
	await context.close();
	return times;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medians = (runs) =>
	Object.fromEntries(
		['fcp', 'answer', 'tbt', 'js', 'offline', 'jsInteractive'].map((key) => [
			key,
			median(runs.map((r) => r[key]))
		])
	);
async function loadOnce(site, path) {
	const { context, result } = await load(site, path);
	await context.close();
	return result;
}

const bare = await countingServer('perf/bare/build');
const suite = await countingServer('build');
// Rounds: the bare page, then every calculator page; so a machine that slows down mid-run slows both alike.
const bareRuns = [];
const pageRuns = new Map(CALCULATORS.map((path) => [path, []]));
for (let i = 0; i < RUNS; i++) {
	bareRuns.push(await loadOnce(bare, '/'));
	for (const path of CALCULATORS) pageRuns.get(path).push(await loadOnce(suite, path));
}
const base = medians(bareRuns);
const rows = CALCULATORS.map((path) => ({ path, ...medians(pageRuns.get(path)) }));

const fmt = (n, digits = 0) => n.toFixed(digits).padStart(7);
const ratio = (a, b) => (b > 0 ? a / b : Infinity);
let failed = false;
const flag = (value, goal) => {
	if (value > 2 * goal) failed = true;
	return value > goal ? ' !' : '  ';
};
console.log(
	`\nCPU 4×, ${NETWORK.latency} ms, 1,6 Mbit/s, cold cache, median of ${RUNS}. Goals: answer ≤ ${GOALS.answer}× the bare page's hydration, JS ≤ ${GOALS.js}×, TBT ≤ ${GOALS.tbt}×, slowest keystroke ≤ ${GOALS.keystroke} ms a frame (! over the goal).`
);
console.log(
	'JS KiB: the scripts the page loads until the network is idle; « offline »: what the service worker then caches for offline use (after the first answer, once the page is idle), apart; « interactive »: the scripts loaded when the page became interactive (no goal: for comparison).'
);
console.log(
	'page                      JS KiB   ×   offline interactive  ×     FCP ms   ×   answer ms   ×     TBT ms   ×'
);
const line = (name, r) =>
	`${name.padEnd(24)}${fmt(r.js, 1)}${fmt(ratio(r.js, base.js), 1)}${flag(ratio(r.js, base.js), GOALS.js)}${fmt(r.offline, 1)}${fmt(r.jsInteractive, 1)}${fmt(ratio(r.jsInteractive, base.jsInteractive), 1)}  ${fmt(r.fcp)}${fmt(ratio(r.fcp, base.fcp), 1)}  ${fmt(r.answer)}${fmt(ratio(r.answer, base.answer), 1)}${flag(ratio(r.answer, base.answer), GOALS.answer)}${fmt(r.tbt)}${fmt(ratio(r.tbt, Math.max(base.tbt, 1)), 1)}${flag(ratio(r.tbt, Math.max(base.tbt, 1)), GOALS.tbt)}`;
console.log(line('bare page (hydrated)', base));
for (const r of rows) console.log(line(r.path, r));
console.log(
	'\nkeystroke → next frame, typing the value (an unfinished date is an error, cheaper than a result): median ms of every keystroke, and of the slowest of each typing, against its goal'
);
for (const k of KEYSTROKES) {
	const all = [];
	const slowest = [];
	for (let i = 0; i < RUNS; i++) {
		const times = await keystrokes(suite, k);
		all.push(...times);
		slowest.push(Math.max(...times));
	}
	const goal = GOALS.keystroke * k.frames;
	const worst = median(slowest);
	console.log(
		`${k.path.padEnd(24)}${k.field.padEnd(24)}${fmt(median(all), 1)}  slowest ${fmt(worst, 1)}${flag(worst, goal)} (goal ${goal} ms)`
	);
}
await browser.close();
bare.server.close();
suite.server.close();
process.exit(failed ? 1 : 0);
