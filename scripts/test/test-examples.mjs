// npm run test:examples: each app in examples/ built against the packed package and run in
// Chromium, as a user would get it (npm install of the tarball, the app's own type check and
// build). Prints "examples: N passed, N failed" and adds the totals to test-results/summary.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { gzipOfScripts } from '../size/sizes.mjs';
import { chromiumFlags, findBrowser } from './browser.mjs';
import { packInto } from './packed-project.mjs';

const ROOT = resolve('.');
// Angular 21 is the newest Angular that runs on node 20 (22 needs node 22); Next 16.5 and Astro 5.18 likewise.
const APPS = ['plain-ts', 'react', 'vue', 'angular', 'nextjs', 'astro', 'sveltekit'];
const only = process.argv.slice(2);
const apps = only.length ? APPS.filter((app) => only.includes(app)) : APPS;

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const work = mkdtempSync(join(tmpdir(), 'door-help-examples-'));
const results = [];

/** What a reader does in the app, and what must follow; throws on the first thing that does not. */
async function exercise(page, errors) {
  const inShadow = (tag, selector) => page.evaluateHandle((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s) ?? null, tag, selector);
  const waitFor = (fn, what, ...args) => page.waitForFunction(fn, { timeout: 15000 }, ...args).catch(() => {
    throw new Error(`timed out waiting for ${what}`);
  });
  await waitFor(() => document.querySelector('door-emergency-steps')?.shadowRoot?.querySelector('a.call-button'), 'the call button');
  const href = await page.evaluate(() => document.querySelector('door-emergency-steps').shadowRoot.querySelector('a.call-button').getAttribute('href'));
  if (href !== 'tel:999') throw new Error(`call link is ${href}, expected tel:999 from <door-help region="GB">`);
  // The preset applies.
  await waitFor(() => document.querySelector('door-diagnosis')?.answers?.doorPosition === 'rear' && document.querySelector('door-diagnosis').shadowRoot.querySelector('.guided-answers li[data-question="doorPosition"]'), 'the preset rear door, among the answers given');
  // A reader's answer, by clicking; the app's handler runs and re-renders the app.
  const before = await page.evaluate(() => document.querySelector('#status').textContent);
  // On this phone-wide page the questions come one at a time: the safety question first, then
  // "Not sure" until the outside-handle question, answered "opens from neither side": the leader
  // moves from the child lock to the latch.
  await (await inShadow('door-diagnosis', 'fieldset[data-question="trapped"] input[value="no"]')).click();
  // The interview settles the verdict before it stops, so "Not sure" can take it through several
  // questions and past its stop before the outside-handle question comes.
  for (let step = 0; step < 20; step++) {
    await waitFor(() => document.querySelector('door-diagnosis').shadowRoot.querySelector('.guided-question, .guided-result'), 'a guided question or result');
    const question = await page.evaluate(() => document.querySelector('door-diagnosis').shadowRoot.querySelector('.guided-question')?.dataset.question);
    if (question === "opensOutside") break;
    // "Not sure", or past the interview's stop "Answer more questions".
    await (await inShadow('door-diagnosis', question ? '.guided-question button.not-sure' : '.guided-result button.more')).click();
  }
  const no = await inShadow('door-diagnosis', '.guided-question[data-question="opensOutside"] button[data-option="no"]');
  if (!(await no.evaluate((button) => button instanceof HTMLElement))) throw new Error('the outside-handle question never came');
  await no.click();
  await waitFor((text) => document.querySelector('#status').textContent !== text && /top cause: latch/.test(document.querySelector('#status').textContent), 'the app to show the top cause from door-result-change', before);
  // The framework renders the parent again (answers set to a new, equal object): the answer stays.
  await page.click('#rerender');
  await page.click('#rerender');
  await new Promise((r) => setTimeout(r, 200));
  const kept = await page.evaluate(() => {
    const { answers } = document.querySelector('door-diagnosis');
    return [answers.opensOutside === 'no', answers.doorPosition === 'rear'];
  });
  if (!kept[0] || !kept[1]) throw new Error(`after re-rendering: reader's answer ${kept[0]}, preset ${kept[1]}`);
  // The cost element follows the diagnosis.
  await waitFor(() => document.querySelector('repair-cost')?.shadowRoot?.querySelector('[part="cost-row"].highlighted[data-repair*="latch"]'), 'the repair cost to highlight the likely cause');
  // Spanish.
  await page.click('#spanish');
  await waitFor(() => /Llame al 999/.test(document.querySelector('door-emergency-steps').shadowRoot.textContent), 'the Spanish steps');
  if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
}

try {
  const tarball = packInto(ROOT, work);
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: chromiumFlags });
  try {
    for (const app of apps) {
      const dir = join(work, app);
      const started = Date.now();
      try {
        cpSync(join(ROOT, 'examples', app), dir, { recursive: true, filter: (path) => !/node_modules|dist$|\.next$|out$|\/\.astro$|\/\.svelte-kit$|\/build$/.test(path) });
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        pkg.dependencies['door-help'] = `file:${tarball}`;
        writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
        const step = (what) => console.error(`example ${app}: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        step('npm install');
        run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
        step('type check and build');
        run('npm', ['run', 'build'], dir);
        step('run in Chromium');
        // Vite writes dist/; Angular's application builder writes dist/browser/; Next's static export, out/; SvelteKit's static adapter, build/.
        const served = [join(dir, 'out'), join(dir, 'dist', 'browser'), join(dir, 'dist'), join(dir, 'build')].find((path) => existsSync(path));
        const server = await startServer(served);
        const page = await browser.newPage();
        const errors = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url().replace(server.origin, '')}`));
        try {
          await page.setViewport({ width: 390, height: 844 });
          await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
          await exercise(page, errors);
          const size = gzipOfScripts(served);
          results.push({ app, ok: true, detail: `${((Date.now() - started) / 1000).toFixed(0)} s, app bundle ${(size / 1024).toFixed(1)} KB gzip` });
        } finally {
          await page.close();
          await server.close();
        }
      } catch (error) {
        const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim().slice(-3000);
        results.push({ app, ok: false, detail: `${error.message.split('\n')[0]}${output ? `\n${output}` : ''}` });
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const { app, ok, detail } of results) console.log(`${ok ? 'ok' : 'FAILED'}  example ${app}: ${detail}`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (results.length < apps.length ? 1 : 0);
console.log(`examples: ${passed} passed, ${failed} failed`);

// Counted with the rest of the tests when npm test has written its summary.
const summaryFile = 'test-results/summary.json';
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  summary.engines.examples = { passed, failed, skipped: 0, fileErrors: 0 };
  summary.passed += passed;
  summary.failed += failed;
  mkdirSync('test-results', { recursive: true });
  writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
}
process.exit(failed ? 1 : 0);
