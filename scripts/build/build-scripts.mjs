// The script-tag files (part of npm run build, after dist/door-help.esm.js): dist/parts/<tag>.js
// (one element as an ES module), then the first stages that load them: dist/door-help.js (every
// element, from door-help.esm.js) and dist/<tag>.js (one element, from its part); and
// dist/door-help.<lang>.js for each language of src/languages.ts but English.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SINGLE_FILE_TAGS } from './elements.mjs';
import { LOADABLE_LANGUAGE_TAGS } from './languages.mjs';

const vite = (mode, env = {}) => execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, ...env } });

for (const tag of SINGLE_FILE_TAGS) vite('parts', { DOOR_HELP_ELEMENT: tag });
for (const name of ['door-help', ...SINGLE_FILE_TAGS]) vite('stage', { DOOR_HELP_STAGE: name });
for (const lang of LOADABLE_LANGUAGE_TAGS) vite('locale', { DOOR_HELP_LANGUAGE: lang });

// Pre-compressed copies beside each script-tag file, for hosts that serve them as they are
// (gzip -9 and brotli 11; a host's on-the-fly compression is often weaker).
const scriptFiles = [
  ...['door-help.js', 'door-help.esm.js', 'embed.js', ...SINGLE_FILE_TAGS.map((tag) => `${tag}.js`), ...LOADABLE_LANGUAGE_TAGS.map((lang) => `door-help.${lang}.js`)].map((name) => `dist/${name}`),
  ...readdirSync('dist/parts').filter((name) => name.endsWith('.js')).map((name) => `dist/parts/${name}`),
];
for (const file of scriptFiles) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
}
