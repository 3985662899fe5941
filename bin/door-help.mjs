#!/usr/bin/env node
// npx door-help render <element> [options]: pre-rendered HTML to paste into a page that cannot run
// node (a help centre, a CMS). It reads without JavaScript; the script line it prints brings the
// controls to life.
import { parseArgs } from 'node:util';

const USAGE = `Usage: npx door-help render <element> [options] > snippet.html

Elements: door-emergency-steps, door-diagnosis, repair-cost

Options:
  --region <code>     Country for the emergency number, e.g. GB (written on the element)
  --lang <tag>        Language, e.g. en-GB or es (written on the element)
  --attr <name=value> Any other attribute, e.g. --attr heading-level=3 --attr compact (repeatable)
  --script <url>      Where your page loads door-help.js from (default: unpkg, this version)
  --plain             door-emergency-steps only: plain HTML (headings, lists, tel: links), for
                      editors and sanitizers that keep no script and no custom element
  --help              This text

Paste the output where the element should appear. Add the <script> line once per page.`;

function fail(message) {
  process.stderr.write(`door-help: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      lang: { type: 'string' },
      attr: { type: 'string', multiple: true },
      script: { type: 'string' },
      plain: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [command, tag, ...extra] = positionals;
if (command !== 'render') fail(command ? `unknown command "${command}"` : 'say what to do: render');
if (!tag) fail('say which element to render');
if (extra.length) fail(`unexpected "${extra.join(' ')}"`);

const { VERSION } = await import('../dist/version.js');

if (values.plain) {
  if (tag !== 'door-emergency-steps') fail('--plain renders door-emergency-steps only (the diagnosis and the cost need their script)');
  const { renderPlainSteps } = await import('../dist/plain.js');
  const headingLevel = (values.attr ?? []).map((pair) => /^heading-level=(\d)$/.exec(pair)?.[1]).find(Boolean);
  process.stdout.write(
    `<!-- door-help ${VERSION}: the emergency steps as plain HTML (no script needed; it survives sanitizers). -->\n` +
      `${renderPlainSteps({ region: values.region, lang: values.lang, headingLevel: headingLevel ? Number(headingLevel) : undefined })}\n`,
  );
  process.exit(0);
}

let ssr;
try {
  ssr = await import('../dist/ssr.js');
} catch (error) {
  if (!/@lit-labs\/ssr/.test(String(error?.message))) throw error;
  fail(
    'rendering an element needs Lit\'s server renderer, an optional part of door-help. Run it with it:\n' +
      `  npx -p door-help -p @lit-labs/ssr door-help render ${tag}\n` +
      'or, in a project: npm install @lit-labs/ssr. (--plain needs nothing: npx door-help render door-emergency-steps --plain)',
  );
}
const { renderElement, scriptTagFor } = ssr;

const attributes = {};
for (const pair of values.attr ?? []) {
  const at = pair.indexOf('=');
  if (at === 0) fail(`--attr "${pair}" has no name`);
  attributes[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? true : pair.slice(at + 1);
}
if (values.region !== undefined) attributes.region = values.region;
if (values.lang !== undefined) attributes.lang = values.lang;

let html;
try {
  html = renderElement(tag, { attributes });
} catch (error) {
  fail(error.message.replace(/^door-help\/ssr: /, ''));
}

const src = values.script ?? `https://unpkg.com/door-help@${VERSION}/dist/door-help.js`;
// The default URL serves this version's very files: each script line carries their SRI hash.
const { createHash } = await import('node:crypto');
const { existsSync, readFileSync } = await import('node:fs');
const integrityOf = (file) => `sha384-${createHash('sha384').update(readFileSync(new URL(`../dist/${file}`, import.meta.url))).digest('base64')}`;
const scriptLine = (url, file) => (values.script === undefined ? scriptTagFor(url, integrityOf(file)) : scriptTagFor(url));
// A shipped language other than English has its file beside the script (dist/door-help.<lang>.js).
const { primaryLanguage } = await import('../dist/i18n/registry.js');
const primary = primaryLanguage(values.lang);
const languageFile = /^[a-z]{2,3}$/.test(primary) && primary !== 'en' && existsSync(new URL(`../dist/door-help.${primary}.js`, import.meta.url)) ? `door-help.${primary}.js` : null;
// Inside an HTML comment: only letters, digits and a few marks, never "--" or ">" (which would end it).
const commentText = (value) => String(value).replace(/[^\p{L}\p{N} ._,:/+()-]/gu, '').replace(/-{2,}/g, '-').slice(0, 60);
const described = [values.region && `region ${commentText(values.region)}`, values.lang && `language ${commentText(values.lang)}`].filter(Boolean).join(', ');
process.stdout.write(
  `<!-- door-help ${VERSION}: <${tag}>${described ? ` (${described})` : ''}, pre-rendered. It reads without JavaScript; ` +
    `the script brings its buttons and answers to life. Add the script line(s) once per page. -->\n` +
    `${html}\n` +
    `${scriptLine(src, 'door-help.js')}\n` +
    (languageFile ? `${scriptLine(src.replace(/door-help\.js$/, languageFile), languageFile)}\n` : ''),
);
