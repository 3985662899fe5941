// Finds the Chromium that tests and benchmarks drive. No tool may download its own browser here,
// so we use the system's: CHROME_PATH first, then the usual install paths.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags this sandboxed machine needs: no GPU, no sandbox as root, no background network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt() {
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    return typeof process.getuid === 'function' && process.getuid() === 0;
  } catch {
    return false;
  }
}

/** Run as a script (`node scripts/test/browser.mjs`): make sure a browser exists, installing Debian's when we may. */
if (import.meta.url === `file://${process.argv[1]}`) {
  let path = findBrowser();
  if (!path && !process.env.CHROME_PATH && canInstallWithApt()) {
    console.log('door-help: no Chromium found; installing Debian\'s chromium package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    path = findBrowser();
  }
  if (!path) {
    console.error('door-help: no Chromium found. Install Chromium or Chrome, or set CHROME_PATH=/path/to/chrome, then run npm test again.');
    process.exit(1);
  }
}
