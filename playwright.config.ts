import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers here: the tests drive the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// BASE_URL points the tests at a server already running (e.g. `vite dev`); by default they run against the built site.
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: [['list']],
	use: {
		baseURL,
		launchOptions: {
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	webServer: process.env.BASE_URL
		? undefined
		: {
				command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
				url: 'http://127.0.0.1:4173',
				reuseExistingServer: !process.env.CI,
				timeout: 60_000
			}
});
