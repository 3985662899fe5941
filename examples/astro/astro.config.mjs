// A static Astro site: the page is HTML at build time, the elements come alive in the browser.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static' });
