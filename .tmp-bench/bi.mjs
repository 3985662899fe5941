import { build } from 'esbuild';
const bundle = await build({ entryPoints: ['/work/main/.tmp-bench/bench-interview.ts'], bundle: true, format: 'esm', platform: 'node', write: false, tsconfig: '/work/main/tsconfig.json', logLevel: 'silent' });
await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
