// The element registry (src/elements.ts) for the build and docs scripts, which run in plain node:
// bundled in memory by esbuild, as the other scripts read TypeScript data.
import { build } from 'esbuild';

const bundle = await build({ entryPoints: ['src/elements.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
export const { ELEMENTS, ELEMENT_TAGS, SINGLE_FILE_TAGS } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
