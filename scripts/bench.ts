// Times the rules engine on a whole 6-year scenario next to the stripped floor of the same arithmetic
// (scripts/bench-floor.ts: no traces, no validation), in the same process, after a warm-up; prints the
// median of each part for both and their ratio. Goal: the engine's total within 5× the floor's.
// Run with `npm run bench`; it fails when the floor and the engine disagree, or when the ratio is over twice
// the goal (machines are noisy), and stays out of `npm test`.
import * as engine from '../src/lib/rules/index';
import { offsetDate, isoWeekday } from '../src/lib/rules/calendar';
import { benchParts, floorMatchesEngine, floorSide, type BenchInput } from './bench-floor';

const WARM_UP = 300;
const RUNS = 3000;
const GOAL = 5;

// Three company days a week for a whole year, evenings included, so every check has work to do.
const shifts: BenchInput['shifts'] = [];
for (let day = 0; day < 365; day++) {
	const date = offsetDate('2025-09-01', day);
	const weekday = isoWeekday(date);
	if (weekday <= 3)
		shifts.push({ date, start: '08:00', end: '12:00' }, { date, start: '12:30', end: '17:00' });
	if (weekday === 6) shifts.push({ date, start: '14:00', end: '21:00' });
}
const scenario: BenchInput = {
	start: '2020-09-01',
	end: '2026-08-31',
	birth: '2004-03-15',
	shifts
};
const engineParts = benchParts(scenario, engine);

const mismatches = floorMatchesEngine(scenario);
if (mismatches.length > 0) {
	console.error(
		`The floor and the engine disagree, so the ratio means nothing:\n${mismatches.join('\n')}`
	);
	process.exit(1);
}

/** Median time of each part and of their sum, both sides interleaved so that a busy moment hits both alike. */
function time(
	sides: Record<string, Record<string, () => unknown>>
): Record<string, Record<string, number>> {
	const samples: Record<string, Record<string, number[]>> = {};
	for (const side of Object.keys(sides))
		samples[side] = Object.fromEntries([...Object.keys(sides[side]!), 'total'].map((n) => [n, []]));
	for (let i = 0; i < WARM_UP + RUNS; i++) {
		for (const [side, parts] of Object.entries(sides)) {
			let total = 0;
			for (const [name, run] of Object.entries(parts)) {
				const t0 = performance.now();
				run();
				const elapsed = performance.now() - t0;
				total += elapsed;
				if (i >= WARM_UP) samples[side]![name]!.push(elapsed);
			}
			if (i >= WARM_UP) samples[side]!.total!.push(total);
		}
	}
	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	return Object.fromEntries(
		Object.entries(samples).map(([side, byName]) => [
			side,
			Object.fromEntries(Object.entries(byName).map(([n, v]) => [n, median(v)]))
		])
	);
}

const medians = time({ engine: engineParts, floor: benchParts(scenario, floorSide) });
const ms = (value: number) => `${value.toFixed(3)} ms`.padStart(10);
console.log(
	`Rules engine vs the same arithmetic stripped of traces and validation, whole 6-year scenario, median of ${RUNS} runs after ${WARM_UP} (Node ${process.version}):`
);
console.log(`${'part'.padEnd(44)}    engine      floor   ratio`);
for (const name of [...Object.keys(engineParts), 'total']) {
	const engine = medians.engine![name]!;
	const floor = medians.floor![name]!;
	console.log(
		`${name.padEnd(44)}${ms(engine)} ${ms(floor)} ${`${(engine / floor).toFixed(1)}×`.padStart(7)}`
	);
}
const ratio = medians.engine!.total! / medians.floor!.total!;
console.log(
	`Goal: the engine's total within ${GOAL}× the floor's — ${ratio <= GOAL ? 'within' : 'OVER'} (${ratio.toFixed(1)}×).`
);
if (ratio > 2 * GOAL) process.exitCode = 1;
