// `npm test`: type check, our-own-words check, build, size check, then every test file in
// Chromium, Firefox and WebKit. `npm test -- --browsers chromium` runs one engine; any other
// argument goes to wtr (e.g. `--files tests/logic/*.test.ts`).
//
// Browsers come from Debian's packages only: as root with apt-get they are installed when
// missing, otherwise a one-line instruction says what to install. WebKit runs under an Xvfb
// display with WebKitWebDriver, both started here and stopped on exit, failure included.
// An engine that cannot start is a failure, never a silent skip.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { findBrowser } from './browser.mjs';
import { FIREFOX_CANDIDATES, WEBKIT_DARK_DRIVER_PORT, WEBKIT_DRIVER_PORT, miniBrowserPath } from './engines.mjs';

const ALL = ['chromium', 'firefox', 'webkit'];

function parseArgs(argv) {
  const rest = [];
  let engines = ALL;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--browsers' || arg === '--browser') engines = argv[++i].split(',');
    else if (arg.startsWith('--browsers=')) engines = arg.slice('--browsers='.length).split(',');
    else rest.push(arg);
  }
  engines = engines.map((e) => e.trim().toLowerCase()).filter(Boolean);
  const unknown = engines.filter((e) => !ALL.includes(e));
  if (unknown.length) fail(`unknown engine ${unknown.join(', ')}: use ${ALL.join(', ')}`);
  return { engines, wtrArgs: rest };
}

function fail(message) {
  console.error(`door-help: ${message}`);
  process.exit(1);
}

const canApt = () => typeof process.getuid === 'function' && process.getuid() === 0 && spawnSync('which', ['apt-get']).status === 0;

/** Debian packages each engine needs, with the check that tells whether they are there. */
const NEEDS = {
  chromium: { packages: ['chromium'], present: () => Boolean(findBrowser()) },
  firefox: { packages: ['firefox-esr'], present: () => Boolean(process.env.FIREFOX_PATH || FIREFOX_CANDIDATES.some((p) => existsSync(p))) },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    present: () => Boolean(miniBrowserPath()) && spawnSync('which', ['WebKitWebDriver']).status === 0 && spawnSync('which', ['Xvfb']).status === 0,
  },
};

function ensureInstalled(engines) {
  const missing = engines.filter((engine) => !NEEDS[engine].present());
  if (!missing.length) return;
  const packages = missing.flatMap((engine) => NEEDS[engine].packages);
  if (!canApt()) fail(`missing browser packages for ${missing.join(', ')}. Install them (Debian: apt-get install ${packages.join(' ')}), then run npm test again.`);
  console.log(`door-help: installing Debian's ${packages.join(', ')} for ${missing.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((engine) => !NEEDS[engine].present());
  if (still.length) fail(`${still.join(', ')} still missing after apt-get install ${packages.join(' ')}.`);
}

/** Child processes to stop on exit. */
const children = [];
function stopChildren() {
  for (const child of children.splice(0)) {
    try {
      child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

function start(command, args, env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  child.lastErrors = () => stderr;
  children.push(child);
  return child;
}

async function waitFor(check, what, child, ms = 15000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) fail(`${what} exited (${child.exitCode}): ${child.lastErrors().trim()}`);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fail(`${what} did not start within ${ms / 1000} s: ${child.lastErrors().trim()}`);
}

/** Xvfb on a free display, and WebKitWebDriver on its port: what the WebKit launcher drives. */
async function startWebKit(env) {
  let display = 99;
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display += 1;
  const xvfb = start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], env);
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb', xvfb);
  env.DISPLAY = `:${display}`;
  for (const port of [WEBKIT_DRIVER_PORT, WEBKIT_DARK_DRIVER_PORT]) {
    const driver = start('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], env);
    await waitFor(() => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false), `WebKitWebDriver on port ${port}`, driver);
  }
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

const { engines, wtrArgs } = parseArgs(process.argv.slice(2));
ensureInstalled(engines);
const env = { ...process.env, DOOR_HELP_BROWSERS: engines.join(',') };

for (const step of ['typecheck', 'lint:words', 'build', 'check:size']) {
  const status = run('npm', ['run', '--silent', step], env);
  if (status !== 0) {
    console.error(`door-help: npm run ${step} failed; the browser tests did not run.`);
    process.exit(status);
  }
}

// Node tests (the server render and the CLI, on the built package) and the consumer type tests,
// unless only some browser files were asked for.
const nodeTotals = wtrArgs.length ? null : runNodeTests(env);
const typeTotals = wtrArgs.length ? null : runTypeTests(env);

if (engines.includes('webkit')) await startWebKit(env);
const status = run('npx', ['wtr', ...wtrArgs], env);
stopChildren();
if (nodeTotals) addToSummary('node', nodeTotals);
if (typeTotals) addToSummary('types', typeTotals);
process.exit(status || (nodeTotals?.failed || typeTotals?.failed ? 1 : 0));

/** `npm run test:types`: each file in tests/types compiled alone against the built package. */
function runTypeTests(environment) {
  const result = spawnSync(process.execPath, ['scripts/test/type-tests.mjs'], { encoding: 'utf8', env: environment });
  process.stdout.write(result.stdout);
  const match = /types: (\d+) passed, (\d+) failed/.exec(result.stdout);
  return { passed: Number(match?.[1] ?? 0), failed: match ? Number(match[2]) : 1, skipped: 0, fileErrors: 0 };
}

/** `node --test tests/node/`, its output shown, its totals counted. */
function runNodeTests(environment) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/node.tap', '');
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/node.tap', 'tests/node/'], {
    stdio: 'inherit',
    env: environment,
  });
  const tap = existsSync('test-results/node.tap') ? readFileSync('test-results/node.tap', 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const totals = { passed: count('pass'), failed: count('fail') + (result.status && !count('fail') ? 1 : 0), skipped: count('skipped'), fileErrors: 0 };
  console.log(`node: ${totals.passed} passed, ${totals.failed} failed`);
  return totals;
}

/** Adds one more engine's totals to what the wtr count reporter wrote. */
function addToSummary(name, totals) {
  const file = 'test-results/summary.json';
  const summary = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1, skipped: 0, fileErrors: 1, engines: {} };
  summary.engines[name] = totals;
  for (const key of ['passed', 'failed', 'skipped', 'fileErrors']) summary[key] += totals[key];
  writeFileSync(file, JSON.stringify(summary, null, 2));
}
