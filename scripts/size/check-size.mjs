// Size check for npm test (deterministic, no timing): gzip sizes of the shipped files and of
// <door-emergency-steps> alone, against bench/budgets.json. Fails when a file grows past its
// regression guard; reports where the performance issue's budgets stand.
import { readFileSync } from 'node:fs';
import { LOADABLE_LANGUAGE_TAGS } from '../build/languages.mjs';
import { buildAlone, measure } from './sizes.mjs';

const { files } = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const paths = {
  'dist/door-help.js': 'dist/door-help.js',
  'dist/door-emergency-steps.js': 'dist/door-emergency-steps.js',
  'dist/door-help.esm.js': 'dist/door-help.esm.js',
  '<door-emergency-steps> alone': await buildAlone('src/define/door-emergency-steps.ts', 'bench/.out/size-check'),
};
let failed = false;
// "dist/door-help.<lang>.js" holds each language's file (src/languages.ts) to one guard.
const checks = Object.entries(files).flatMap(([name, limits]) => (name.includes('<lang>') ? LOADABLE_LANGUAGE_TAGS.map((lang) => [name.replace('<lang>', lang), limits]) : [[name, limits]]));
for (const [name, limits] of checks) {
  const { gzip } = measure(paths[name] ?? name);
  const issue = limits.issue ? (gzip <= limits.issue ? ` (issue budget ${limits.issue} B: met)` : ` (issue budget ${limits.issue} B: not met)`) : '';
  const ok = gzip <= limits.guard;
  if (!ok) failed = true;
  console.log(`size: ${name} ${gzip} B gzip, guard ${limits.guard} B ${ok ? 'ok' : 'EXCEEDED'}${issue}`);
}
if (failed) {
  console.error('size: a file grew past its guard in bench/budgets.json. Find what grew (npm run bench) before raising it.');
  process.exit(1);
}
