// Imports a TypeScript module of this repository into a node script: bundled in memory by esbuild
// (the data, the registry, the interview solver) and imported from a data URL. One loader for
// every script and the bench.
import { build } from 'esbuild';

export async function loadTs(entry) {
  const bundle = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, tsconfig: 'tsconfig.json', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
