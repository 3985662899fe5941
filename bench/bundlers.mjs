// What `import 'door-help/define/all'` adds to a consumer app, in each bundler at its own production
// defaults, from the packed package installed fresh (as an app gets it): the app with the import
// minus the same app without it, gzip -9.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshProject } from '../scripts/test/packed-project.mjs';
import { gzipOfScripts } from '../scripts/size/sizes.mjs';

const APP_WITH = `import 'door-help/define/all';\ndocument.body.append(document.createElement('door-emergency-steps'));\n`;
const APP_WITHOUT = `document.body.append(document.createElement('door-emergency-steps'));\n`;

const BUNDLERS = {
  async esbuild(project, entry, out) {
    const { build } = await import('esbuild');
    await build({ absWorkingDir: project, entryPoints: [entry], bundle: true, minify: true, format: 'esm', outdir: out, logLevel: 'silent' });
  },
  async rollup(project, entry, out) {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const terser = (await import('@rollup/plugin-terser')).default;
    const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true, rootDir: project })], onwarn: () => {} });
    await bundle.write({ dir: out, format: 'es', plugins: [terser()] });
    await bundle.close();
  },
  async vite(project, entry, out) {
    const { build } = await import('vite');
    await build({ configFile: false, root: project, logLevel: 'silent', build: { outDir: out, emptyOutDir: true, rolldownOptions: { input: entry } } });
  },
  async webpack(project, entry, out) {
    const webpack = (await import('webpack')).default;
    await new Promise((resolve, reject) =>
      webpack({ mode: 'production', context: project, entry, output: { path: out, filename: 'app.js' }, resolve: { modules: [join(project, 'node_modules')] } }, (error, stats) =>
        error || stats.hasErrors() ? reject(error ?? new Error(stats.toString('errors-only'))) : resolve(),
      ),
    );
  },
};

/** Returns { esbuild: bytes added, rollup: …, vite: …, webpack: … }. */
export async function bundlerGrowth(root) {
  const project = freshProject(root, 'consumer-app');
  try {
    writeFileSync(join(project, 'with.js'), APP_WITH);
    writeFileSync(join(project, 'without.js'), APP_WITHOUT);
    const growth = {};
    for (const [name, bundle] of Object.entries(BUNDLERS)) {
      const sizes = {};
      for (const app of ['with', 'without']) {
        const out = join(project, `out-${name}-${app}`);
        mkdirSync(out, { recursive: true });
        await bundle(project, join(project, `${app}.js`), out);
        sizes[app] = gzipOfScripts(out);
      }
      growth[name] = sizes.with - sizes.without;
    }
    return growth;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
