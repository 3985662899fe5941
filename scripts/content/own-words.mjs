// Fails when a project file shares a run of 10+ words with the source documents: the guidance
// keeps their facts in our own words. The checker lives beside the repo in ../shared.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const checker = new URL('../../../shared/tools/own-words.py', import.meta.url).pathname;
if (!existsSync(checker)) {
  console.log('own-words: ../shared/tools/own-words.py not found beside this checkout; skipped.');
  process.exit(0);
}
const run = spawnSync('python3', [checker, '--strict'], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error('own-words: rewrite the lines above in our own words (the facts stay).');
  process.exit(1);
}
console.log('own-words: no sentence shared with the source documents.');
