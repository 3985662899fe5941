// The three engines the tests run in, from Debian's packages only (no tool may download its own
// browser here): Chromium, Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK's
// MiniBrowser (WebKitWebDriver, under Xvfb). scripts/test/test.mjs installs and starts what they need.
import { existsSync } from 'node:fs';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** Port of the WebKitWebDriver that scripts/test/test.mjs starts. */
export const WEBKIT_DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4445);
/** A second driver for the dark-scheme group's MiniBrowser: one WebKitWebDriver holds one session. */
export const WEBKIT_DARK_DRIVER_PORT = WEBKIT_DRIVER_PORT + 1;

export function firefoxPath() {
  const found = (process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : FIREFOX_CANDIDATES).find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found: run `node scripts/test/test.mjs` (it installs firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export function miniBrowserPath() {
  return MINIBROWSER_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Firefox preferences for a quiet, offline test profile. */
export const firefoxPrefs = {
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  // Background pages keep their timers (tests wait on setTimeout).
  'dom.min_background_timeout_value': 0,
};

export function webkitLauncher({ port = WEBKIT_DRIVER_PORT, extraArgs = [] } = {}) {
  const binary = miniBrowserPath();
  if (!binary) throw new Error('No WebKitGTK MiniBrowser found: run `node scripts/test/test.mjs` (it installs webkit2gtk-driver) .');
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      // Full screen on the Xvfb display: a window as large as the screen, so element screenshots are never cut off.
      'webkitgtk:browserOptions': { binary, args: ['--automation', '--full-screen', ...extraArgs] },
    },
  });
}
