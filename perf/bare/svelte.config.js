// The bare page the performance script compares the suite with: SvelteKit and Svelte at the lock file's versions, nothing else.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default { kit: { adapter: adapter({ pages: 'build', assets: 'build', strict: true }) } };
