import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// ASSET_HASH=hex renames every built asset, as a release that changes every module would (the update test uses it).
const hashCharacters = process.env.ASSET_HASH === 'hex' ? 'hex' : undefined;

export default defineConfig({
	plugins: [sveltekit()],
	build: hashCharacters ? { rollupOptions: { output: { hashCharacters } } } : {},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
