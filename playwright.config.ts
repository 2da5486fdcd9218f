import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers here: the tests drive the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// BASE_URL points the tests at a server already running (e.g. `vite dev`); by default they run against the built site,
// served with the headers of its `_headers` file as Netlify or Cloudflare Pages would.
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
/** The same site built for a subfolder (`npm run build:variants`), served under that prefix. */
export const SUBFOLDER_URL = 'http://127.0.0.1:4174/outils/alternance';

const server = (args: string, port: number) => ({
	command: `node scripts/serve.mjs ${args} --port ${port}`,
	url: `http://127.0.0.1:${port}${args.includes('--base') ? '/outils/alternance/' : '/'}`,
	reuseExistingServer: !process.env.CI,
	timeout: 60_000
});

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	// Two cores: one browser per core; retries would hide a flaky test, so there are none.
	workers: 2,
	retries: 0,
	// Generous for a loaded 2-core machine; no test asserts a duration.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL,
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run'
			]
		}
	},
	webServer: process.env.BASE_URL
		? undefined
		: [server('--root build', 4173), server('--root build-base --base /outils/alternance', 4174)]
});
