import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, chromiumFlags } from './scripts/test/browser.mjs';
import { countReporter } from './scripts/test/count-reporter.mjs';
import { WEBKIT_DARK_DRIVER_PORT, firefoxPath, firefoxPrefs, webkitLauncher } from './scripts/test/engines.mjs';

/** Which engines run: DOOR_HELP_BROWSERS=chromium,firefox,webkit (scripts/test/test.mjs sets it; default all three). */
const ENGINES = (process.env.DOOR_HELP_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);

/**
 * Forced colours and the reader's dark scheme, each engine by its own means: Chromium emulates
 * them per page through the DevTools protocol; Firefox only takes them as launch settings, so it
 * gets a browser of its own per media group; WebKitGTK can do neither (named in the test titles).
 */
const MEDIA_GROUPS = [
  { name: 'forced-colors', files: 'tests/media/forced-colors.test.ts', firefoxPrefs: { 'browser.display.document_color_use': 2 }, webkitArgs: null },
  {
    name: 'dark-scheme',
    files: 'tests/media/dark-scheme.test.ts',
    firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': 0 },
    // MiniBrowser's own dark mode, in a second MiniBrowser driven by a second WebKitWebDriver (scripts/test/test.mjs).
    webkitArgs: ['--dark-mode'],
  },
  {
    // The device's time zone: Firefox takes the TZ of the process that launches it (Chromium is
    // emulated per page in tests/hostile/time-zone.test.ts; WebKitWebDriver starts MiniBrowser
    // in the machine's zone, and a third driver for one test is not worth its port).
    name: 'time-zone',
    files: 'tests/media/time-zone.test.ts',
    only: ['firefox'],
    firefoxEnv: { TZ: 'America/Chicago' },
    webkitArgs: null,
  },
];

function mediaGroups() {
  return MEDIA_GROUPS.map(({ name, files, firefoxPrefs: prefs, firefoxEnv, webkitArgs, only }) => ({
    name,
    files,
    browsers: ENGINES.filter((engine) => !only || only.includes(engine)).flatMap((engine) => {
      if (engine === 'chromium') return [chromiumLauncher()];
      if (engine === 'firefox') return [firefoxLauncher(prefs, firefoxEnv)];
      return webkitArgs ? [webkitLauncher({ port: WEBKIT_DARK_DRIVER_PORT, extraArgs: webkitArgs })] : [];
    }),
  })).filter((group) => group.browsers.length);
}

function chromiumLauncher() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/test/browser.mjs` or set CHROME_PATH.');
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      // Test pages run side by side; keep background pages' frames and timers running.
      args: [...chromiumFlags, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
    },
  });
}

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver here). */
function firefoxLauncher(extraPrefs = {}, env = undefined) {
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: { ...firefoxPrefs, ...extraPrefs }, ...(env ? { env: { ...process.env, ...env } } : {}) },
  });
}

function selectedBrowsers() {
  return ENGINES.map((engine) => {
    if (engine === 'chromium') return chromiumLauncher();
    if (engine === 'firefox') return firefoxLauncher();
    if (engine === 'webkit') return webkitLauncher();
    throw new Error(`Unknown engine "${engine}" in DOOR_HELP_BROWSERS: use chromium, firefox and/or webkit.`);
  });
}

/** The strict policy a hostile host might serve (tests/hostile/csp.test.ts). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Routes only the tests use: a page under a strict CSP, and price lists that are slow or huge. */
/**
 * `/test-api/ssr?spec={tag, options}`: the element as door-help/ssr renders it on a server (the built
 * dist/ssr.js, so npm run build first; npm test does), for the hydration tests.
 */
async function serverRenderRoute(ctx) {
  const { renderElement } = await import('./dist/ssr.js');
  const spec = JSON.parse(ctx.URL.searchParams.get('spec') ?? '{}');
  ctx.type = 'json';
  ctx.body = JSON.stringify({ html: renderElement(spec.tag, spec.options ?? {}) });
}

/**
 * `/test-api/production-bundle.js?hydrate=0|1`: the shipped npm build (dist/, so npm run build
 * first) bundled as an app's bundler does for production: esbuild, Lit's production build (the
 * `production` export condition; its private fields renamed), minified; with or without Lit's
 * hydration support loaded first. Built once per variant and kept for the run.
 */
const productionBundles = new Map();
async function productionBundleRoute(ctx) {
  const hydrate = ctx.URL.searchParams.get('hydrate') !== '0';
  if (!productionBundles.has(hydrate)) {
    const { build } = await import('esbuild');
    const entry = `${hydrate ? "import './dist/hydrate-support.js';\n" : ''}import './dist/define/all.js';\nimport './dist/locales/all.js';\n`;
    productionBundles.set(
      hydrate,
      build({
        stdin: { contents: entry, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
        bundle: true,
        format: 'esm',
        minify: true,
        platform: 'browser',
        conditions: ['production'],
        define: { 'process.env.NODE_ENV': '"production"' },
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text),
    );
  }
  ctx.type = 'js';
  ctx.body = await productionBundles.get(hydrate);
}

/**
 * `/test-api/held/<id>/<file in dist>`: the script-tag files, with the elements' module
 * (door-help.esm.js, parts/…) held back until the test asks `/test-api/release/<id>`, so a test
 * sees the first stage's screen alone, then the elements taking it over.
 */
const heldReleases = new Map();
function heldRelease(id) {
  if (!heldReleases.has(id)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    heldReleases.set(id, { released, release });
    setTimeout(release, 20000).unref?.();
  }
  return heldReleases.get(id);
}
async function heldScriptRoute(ctx) {
  const release = /^\/test-api\/release\/([\w-]+)$/.exec(ctx.path);
  if (release) {
    heldRelease(release[1]).release();
    ctx.body = 'released';
    return true;
  }
  const held = /^\/test-api\/held\/([\w-]+)\/((?:parts\/)?[\w.-]+\.js)$/.exec(ctx.path);
  if (!held) return false;
  const [, id, file] = held;
  if (file === 'door-help.esm.js' || file.startsWith('parts/')) await heldRelease(id).released;
  ctx.type = 'application/javascript';
  ctx.body = await readFile(fileURLToPath(new URL(`./dist/${file}`, import.meta.url)), 'utf8');
  return true;
}

async function hostileHostRoutes(ctx, next) {
  if (ctx.path === '/test-api/ssr') return serverRenderRoute(ctx);
  if (ctx.path.startsWith('/test-api/held/') || ctx.path.startsWith('/test-api/release/')) {
    if (await heldScriptRoute(ctx)) return;
  }
  if (ctx.path === '/test-api/production-bundle.js') return productionBundleRoute(ctx);
  // A parser-blocking script that takes its time: the page is parsed in two parts, as on a slow network.
  if (ctx.path === '/test-api/slow-script.js') {
    await new Promise((resolve) => setTimeout(resolve, 400));
    ctx.type = 'application/javascript';
    ctx.body = '/* slow */';
    return;
  }
  if (ctx.path === '/test-api/slow-prices.json') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.type = 'json';
    ctx.body = '{"repairs":{"latch":{"min":1,"max":2}}}';
    return;
  }
  // Same-site link that redirects to plain http on another origin (127.0.0.1 is not localhost).
  if (ctx.path === '/test-api/redirect-prices.json') {
    ctx.redirect(`http://127.0.0.1:${ctx.request.socket.localPort}/test-api/open-prices.json`);
    return;
  }
  if (ctx.path === '/test-api/open-prices.json') {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'json';
    ctx.body = '{"repairs":{"latch":{"min":1,"max":2}}}';
    return;
  }
  if (ctx.path === '/test-api/huge-prices.json') {
    ctx.type = 'json';
    ctx.body = JSON.stringify({ note: 'x'.repeat(300_000) });
    return;
  }
  await next();
  if (ctx.path.startsWith('/tests/fixtures/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
  // The same policy, but its trusted-types list lacks lit-html (a page that never heard of door-help).
  if (ctx.path.startsWith('/tests/fixtures/csp-no-policy/')) ctx.set('Content-Security-Policy', STRICT_CSP.replace('trusted-types lit-html', 'trusted-types app-policy'));
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: wtr's emulateMedia has no
 * forced-colors. `executeServerCommand('emulate-print', { active })`: the print media type.
 * Chromium only (the DevTools protocol).
 */
function forcedColorsCommand() {
  // Emulation lasts as long as the protocol session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'door-help:emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-timezone') {
        // The device's time zone, as a phone set to Chicago reports it (Chromium only: the DevTools protocol).
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setTimezoneOverride', { timezoneId: payload?.timezoneId ?? '' });
        return true;
      }
      if (command !== 'emulate-forced-colors' && command !== 'emulate-print') return undefined;
      // Puppeteer's emulateMediaFeatures refuses this feature name; the protocol takes it.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const setting =
        command === 'emulate-print'
          ? { media: payload?.active ? 'print' : '' }
          : { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] };
      await sessions.get(page).send('Emulation.setEmulatedMedia', setting);
      return true;
    },
  };
}

export default {
  middleware: [hostileHostRoutes],
  files: ['tests/**/*.test.ts', '!tests/media/**'],
  groups: mediaGroups(),
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a background page gets no animation frames, and open-wc fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [
    forcedColorsCommand(),
    // One reference picture per engine, small (each crops to one part); `npm run test:visual:update` makes new ones.
    visualRegressionPlugin({
      update: process.env.DOOR_HELP_UPDATE_SCREENSHOTS === '1',
      baseDir: 'tests/visual/references',
      getBaselineName: ({ browser, name }) => `${browser.toLowerCase()}/${name}`,
      getDiffName: ({ browser, name }) => `../../../test-results/visual/${browser.toLowerCase()}/${name}-diff`,
      getFailedName: ({ browser, name }) => `../../../test-results/visual/${browser.toLowerCase()}/${name}-failed`,
      // Tolerates anti-aliasing noise, not a moved marker or number.
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
    // tsconfig carries experimentalDecorators; without it esbuild emits standard decorators and Lit breaks.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: selectedBrowsers(),
  reporters: [defaultReporter(), countReporter()],
};
