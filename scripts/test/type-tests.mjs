// npm run test:types: compiles each file in tests/types on its own, as a consumer app would,
// against the built package (its exports and .d.ts files, by self-reference): each must compile,
// and every `@ts-expect-error` in it must meet an error. Needs npm run build first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COMPILER_OPTIONS = {
  noEmit: true,
  strict: true,
  target: 'es2022',
  module: 'esnext',
  moduleResolution: 'bundler',
  lib: ['es2022', 'dom', 'dom.iterable'],
  skipLibCheck: true,
  types: [],
  jsx: 'react-jsx',
};
const tsc = resolve('node_modules/typescript/bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'door-help-types-'));
const files = readdirSync('tests/types').filter((name) => /\.tsx?$/.test(name));
let failed = 0;
try {
  for (const name of files) {
    const project = join(dir, `${name}.json`);
    writeFileSync(project, JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [resolve('tests/types', name)] }));
    const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    const ok = result.status === 0;
    if (!ok) failed += 1;
    console.log(`${ok ? 'ok' : 'FAILED'}  types: tests/types/${name}`);
    if (!ok) console.log(result.stdout.trim());
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`types: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
