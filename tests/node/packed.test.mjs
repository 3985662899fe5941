// The packed package, installed fresh in an empty project, as a site author gets it:
// `door-help/ssr` renders, and `npx door-help render` writes a snippet.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LOADABLE_LANGUAGE_TAGS } from '../../scripts/build/languages.mjs';
import { freshProject } from '../../scripts/test/packed-project.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('what npm pack ships', () => {
  const files = JSON.parse(npm(['pack', '--dry-run', '--json'], ROOT))[0].files.map((file) => file.path);
  const ALLOWED = [
    /^(LICENSE|README\.md|package\.json|custom-elements\.json|web-types\.json|vscode\.(html|css)-custom-data\.json)$/,
    /^bin\/door-help\.mjs$/,
    /^dist\/.+\.js$/,
    // Pre-compressed copies of the script-tag files, for hosts that serve them as they are.
    /^dist\/(parts\/)?[\w.-]+\.js\.(gz|br)$/,
    // The iframe page and its style (dist/embed.html).
    /^dist\/embed\.(html|css)$/,
    /^dist\/types\/.+\.d\.ts$/,
  ];
  const REQUIRED = ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'bin/door-help.mjs', 'dist/door-help.js', 'dist/door-help.esm.js', 'dist/door-emergency-steps.js', 'dist/parts/door-emergency-steps.js', 'dist/door-help.js.br', 'dist/door-help.esm.js.gz', 'dist/ssr.js', 'dist/define/all.js', 'dist/types/define/all.d.ts', 'dist/types/ssr.d.ts',
    // Each language of src/languages.ts but English: its module, its types and its script file.
    ...LOADABLE_LANGUAGE_TAGS.flatMap((lang) => [`dist/locales/${lang}.js`, `dist/types/locales/${lang}.d.ts`, `dist/door-help.${lang}.js`, `dist/door-help.${lang}.js.br`]),
  ];

  it('only the built files, the CLI, the licence, the docs and the editor data', () => {
    assert.deepEqual(files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file))), []);
    assert.deepEqual(REQUIRED.filter((file) => !files.includes(file)), []);
    assert.equal(files.filter((file) => /\.map$|^src\/|^tests\/|^demo\//.test(file)).length, 0);
  });

  it('every path in exports, bin and the manifest is a shipped file', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    const missing = [...targets, ...Object.values(pkg.bin), pkg['web-types']]
      .map((path) => path.replace(/^\.\//, ''))
      .filter((path) => (path.includes('*') ? !files.some((file) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(file)) : !files.includes(path)));
    assert.deepEqual(missing, []);
    const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
    const modulePaths = manifest.modules.map((mod) => mod.path);
    assert.deepEqual(modulePaths.filter((path) => !files.includes(path)), []);
    // Internal modules are not public entry points.
    assert.equal(Object.keys(pkg.exports).some((key) => key.includes('define-element') || key === './define/*'), false);
  });
});

describe('the packed package, freshly installed for a browser-only site (no optional peers)', { timeout: 180_000 }, () => {
  let project;
  before(() => {
    project = freshProject(ROOT, 'site');
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('a light install: lit and nothing of the server renderer, React or zod (no web-streams-polyfill, node-fetch, @types/react)', () => {
    const installed = readdirSync(join(project, 'node_modules')).flatMap((name) => (name.startsWith('@') ? readdirSync(join(project, 'node_modules', name)).map((inner) => `${name}/${inner}`) : [name]));
    for (const heavy of ['@lit-labs/ssr', 'web-streams-polyfill', 'node-fetch', 'enhanced-resolve', '@lit/react', '@types/react', 'zod']) assert.equal(installed.includes(heavy), false, heavy);
    assert.ok(installed.includes('lit'));
  });

  it('the published types stand alone: a strict consumer compiles with no zod installed (skipLibCheck off)', () => {
    assert.equal(existsSync(join(project, 'node_modules/zod')), false);
    writeFileSync(
      join(project, 'consumer.ts'),
      `import 'door-help/define/all';
import { diagnose, type DiagnosisText, type EmergencyNumber } from 'door-help';
import { renderPlainSteps } from 'door-help/plain';
const result = diagnose({ doorPosition: 'rear' });
const top: 'child-lock' | 'inside-handle' | 'linkage' | 'latch' | 'actuator' | 'frozen' | 'misalignment' = result.causes[0]!.id;
const line: EmergencyNumber | null = null;
const heading: DiagnosisText['heading'] | undefined = undefined;
document.querySelector('door-diagnosis')!.answers = { locks: 'stuck' };
console.log(top, line, heading, renderPlainSteps({ region: 'GB' }).length);
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { noEmit: true, strict: true, skipLibCheck: false, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [] }, files: ['consumer.ts'] }),
    );
    const { status, stdout } = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    assert.equal(status, 0, stdout);
  });

  it('npx door-help render without the server renderer: one clear message naming it, and the plain snippet still works', () => {
    const refused = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-emergency-steps', '--region', 'AU'], { cwd: project, encoding: 'utf8' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /npx -p door-help -p @lit-labs\/ssr door-help render door-emergency-steps/);
    const plain = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-emergency-steps', '--plain', '--region', 'AU'], { cwd: project, encoding: 'utf8' });
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stdout, /<a href="tel:000">Call 000<\/a>/);
  });

  it('import "door-help/ssr" without it fails naming @lit-labs/ssr; "door-help/plain" needs nothing', () => {
    const failing = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('door-help/ssr')"], { cwd: project, encoding: 'utf8' });
    assert.notEqual(failing.status, 0);
    assert.match(failing.stderr, /@lit-labs\/ssr/);
    const plain = spawnSync(process.execPath, ['--input-type=module', '-e', "const { renderPlainSteps } = await import('door-help/plain'); console.log(/tel:999/.test(renderPlainSteps({ region: 'GB' })))"], { cwd: project, encoding: 'utf8' });
    assert.equal(plain.stdout.trim(), 'true', plain.stderr);
  });
});

describe('the packed package, freshly installed with the server renderer beside it', { timeout: 180_000 }, () => {
  let project;
  before(() => {
    project = freshProject(ROOT, 'server', ['@lit-labs/ssr']);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('import { renderElement } from "door-help/ssr" renders the call link for the region given', () => {
    const script = `import { renderElement } from 'door-help/ssr';
      const html = renderElement('door-emergency-steps', { wrappers: [{ region: 'GB' }] });
      console.log(/href="tel:999"/.test(html) && /shadowrootmode="open"/.test(html) ? 'ok' : 'wrong: ' + html.slice(0, 200));`;
    const { stdout, stderr, status } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(status, 0, stderr);
    assert.equal(stdout.trim(), 'ok');
  });

  it('npx door-help render writes a snippet and the script line', () => {
    const { stdout, status, stderr } = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-emergency-steps', '--region', 'AU'], { cwd: project, encoding: 'utf8' });
    assert.equal(status, 0, stderr);
    assert.match(stdout, /href="tel:000"/);
    assert.match(stdout, /<script src="https:\/\/unpkg\.com\/door-help@[^"]+\/dist\/door-help\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/);
  });

  it('npx door-help render --plain writes plain HTML that needs no script: headings, lists, the tel: link for the region, in Spanish too', () => {
    const { stdout, status, stderr } = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-emergency-steps', '--plain', '--region', 'GB', '--lang', 'es'], { cwd: project, encoding: 'utf8' });
    assert.equal(status, 0, stderr);
    assert.match(stdout, /<a href="tel:999">Llamar al 999<\/a>/);
    assert.doesNotMatch(stdout, /<script|<door-|shadowroot|style=|<template/);
    const refused = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-diagnosis', '--plain'], { cwd: project, encoding: 'utf8' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--plain renders door-emergency-steps only/);
  });

  it('the script line carries the SRI hash of the very file unpkg serves for this version', async () => {
    const { stdout } = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-emergency-steps'], { cwd: project, encoding: 'utf8' });
    const { createHash } = await import('node:crypto');
    const file = readFileSync(join(project, 'node_modules/door-help/dist/door-help.js'));
    const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
    assert.ok(stdout.includes(`integrity="${integrity}" crossorigin="anonymous"`), stdout.split('\n').at(-2));
  });

  it('the bare package URL on a CDN (unpkg, jsDelivr) is the classic script, not the npm ES entry', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/door-help/package.json'), 'utf8'));
    assert.equal(pkg.unpkg, './dist/door-help.js');
    assert.equal(pkg.jsdelivr, './dist/door-help.js');
    assert.ok(existsSync(join(project, 'node_modules/door-help', pkg.unpkg)));
    assert.doesNotMatch(readFileSync(join(project, 'node_modules/door-help', pkg.unpkg), 'utf8').slice(0, 2000), /^\s*import\s|^export\s/m);
  });

  for (const lang of LOADABLE_LANGUAGE_TAGS) {
    it(`${lang}: door-help/locales/${lang} registers its words, door-help/door-help.${lang}.js is the script file, and the CLI adds its line`, () => {
      const script = `await import('door-help/locales/${lang}');
        const loaded = globalThis[Symbol.for('door-help/locales@1')]?.bundles;
        console.log(loaded?.has('${lang}') === true, import.meta.resolve('door-help/door-help.${lang}.js').endsWith('/dist/door-help.${lang}.js'));`;
      const { stdout, status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
      assert.equal(status, 0, stderr);
      assert.equal(stdout.trim(), 'true true');
      const snippet = spawnSync('npx', ['--no-install', 'door-help', 'render', 'door-emergency-steps', '--lang', lang], { cwd: project, encoding: 'utf8' });
      assert.equal(snippet.status, 0, snippet.stderr);
      assert.match(snippet.stdout, new RegExp(`<script src="https://unpkg\\.com/door-help@[^"]+/dist/door-help\\.${lang}\\.js" integrity="sha384-`));
    });
  }

  it('the hydration import and the define module resolve', () => {
    const script = `console.log(import.meta.resolve('door-help/hydrate-support').endsWith('/dist/hydrate-support.js'), import.meta.resolve('door-help/define/all').endsWith('/dist/define/all.js'))`;
    const { stdout, status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(status, 0, stderr);
    assert.equal(stdout.trim(), 'true true');
  });
});
