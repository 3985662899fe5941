// dist/door-emergency-steps.js, dist/door-diagnosis.js, dist/repair-cost.js: each element as its
// own self-contained classic script (part of npm run build), for pages that use only one.
import { execFileSync } from 'node:child_process';
import { SINGLE_FILE_TAGS } from './elements.mjs';

for (const tag of SINGLE_FILE_TAGS) {
  execFileSync('npx', ['vite', 'build', '--mode', 'element', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, DOOR_HELP_ELEMENT: tag } });
}
