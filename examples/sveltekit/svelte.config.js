// SvelteKit, prerendered to static files (build/), the newest SvelteKit that runs on node 20.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default { preprocess: vitePreprocess(), kit: { adapter: adapter({ pages: 'build', assets: 'build' }) } };
