import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, chromiumFlags } from './scripts/browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/browser.mjs` or set CHROME_PATH.');

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a background page gets no animation frames, and open-wc fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [
    // tsconfig carries experimentalDecorators; without it esbuild emits standard decorators and Lit breaks.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // Test pages run side by side; keep background pages' frames and timers running.
        args: [...chromiumFlags, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
