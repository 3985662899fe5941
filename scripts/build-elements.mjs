// dist/door-emergency-steps.js, dist/door-diagnosis.js, dist/repair-cost.js: each element as its
// own self-contained classic script (part of npm run build), for pages that use only one.
import { execFileSync } from 'node:child_process';

for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost']) {
  execFileSync('npx', ['vite', 'build', '--mode', 'element', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, DOOR_HELP_ELEMENT: tag } });
}
