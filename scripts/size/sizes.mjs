// Sizes of the shipped files and of each element alone (its define entry, dependencies included).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCssTemplates } from '../build/minify-templates.mjs';
import { ownSideEffects } from '../build/own-side-effects.mjs';

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The gzip size of every script a build wrote under `dir` (a bundler may split chunks), summed. */
export function gzipOfScripts(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) total += gzipSync(readFileSync(join(entry.parentPath ?? entry.path, entry.name)), { level: 9 }).length;
  }
  return total;
}

/**
 * Builds one define entry as a self-contained script, the way a page using only it would get it.
 * `replace` swaps source modules for stubs (by the end of their path), to measure what a part costs.
 */
export async function buildAlone(entry, outDir, replace = {}) {
  const stubs = {
    name: 'door-help-stubs',
    enforce: 'pre',
    resolveId(source) {
      const hit = Object.keys(replace).find((end) => source.endsWith(end));
      return hit ? `\0stub:${hit}` : null;
    },
    load(id) {
      return id.startsWith('\0stub:') ? replace[id.slice('\0stub:'.length)] : null;
    },
  };
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [stubs, ownSideEffects(), minifyCssTemplates()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2021',
      lib: { entry, name: 'DoorHelpAlone', formats: ['iife'], fileName: () => 'alone.js' },
    },
  });
  return `${outDir}/alone.js`;
}
