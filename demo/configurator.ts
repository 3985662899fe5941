// The snippet maker (demo/configurator.html): for a help-centre editor who does not code. Every
// choice goes through the same checks the elements make (the region list, parsePriceList), the
// preview is the real elements, and each snippet is made from the same choices: the script tag
// (version-pinned, with its SRI hash), the iframe page, the plain HTML for sanitizing editors, and
// the npm lines for an app.
import { LANGUAGES } from '../src/languages.js';
import { parsePriceList } from '../src/logic/prices.js';
import { renderPlainSteps } from '../src/plain.js';
import { regionList } from '../src/shared/templates/region-names.js';
import { VERSION } from '../src/version.js';

const CDN = `https://cdn.jsdelivr.net/npm/door-help@${VERSION}/dist`;
const TAGS: Record<string, string> = { steps: 'door-emergency-steps', diagnosis: 'door-diagnosis', cost: 'repair-cost' };
const DEFAULT_ACCENT = '#0b57d0';

interface Choices {
  elements: string[];
  compact: boolean;
  region: string;
  lang: string;
  theme: string;
  accent: string;
  prices: string | undefined;
}

const form = document.querySelector<HTMLFormElement>('#choices')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippets = document.querySelector<HTMLElement>('#snippets')!;
const status = document.querySelector<HTMLElement>('#copy-status')!;
const pricesError = document.querySelector<HTMLElement>('#prices-error')!;
const pricesField = document.querySelector<HTMLTextAreaElement>('#prices')!;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fillRegions(): void {
  const select = document.querySelector<HTMLSelectElement>('#region')!;
  const none = new Option('Not set: the element guesses from the reader’s device, and says so', '');
  select.append(none);
  for (const { code, name } of regionList('en')) select.append(new Option(name, code, code === 'US', code === 'US'));
}

/** Every shipped language (src/languages.ts), each named in its own words. */
function fillLanguages(): void {
  const select = document.querySelector<HTMLSelectElement>('#lang')!;
  for (const { lang } of LANGUAGES) {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    select.append(new Option(name.charAt(0).toLocaleUpperCase(lang) + name.slice(1), lang, lang === 'en', lang === 'en'));
  }
}

/** The choices, checked; the price list through the elements' own validator, its error beside the field. */
function read(): Choices {
  const data = new FormData(form);
  const elements = data.getAll('element').map(String).filter((name) => Object.hasOwn(TAGS, name));
  let prices: string | undefined;
  const text = pricesField.value.trim();
  pricesError.textContent = '';
  pricesField.removeAttribute('aria-invalid');
  if (text) {
    const parsed = parsePriceList(text);
    if (parsed.ok) prices = JSON.stringify(parsed.prices);
    else {
      pricesError.textContent = `Not used: ${parsed.field}: ${parsed.message}.`;
      pricesField.setAttribute('aria-invalid', 'true');
    }
  }
  const accent = String(data.get('accent') ?? '');
  return {
    elements: elements.length ? elements : ['steps'],
    compact: data.get('compact') !== null,
    region: String(data.get('region') ?? ''),
    lang: LANGUAGES.find((bundle) => bundle.lang === data.get('lang'))?.lang ?? 'en',
    theme: ['light', 'dark', 'auto'].includes(String(data.get('theme'))) ? String(data.get('theme')) : '',
    accent: /^#[0-9a-f]{6}$/i.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT,
    prices,
  };
}

/** The live preview: the real elements, built with the DOM. */
function showPreview(choices: Choices): void {
  const wrapper = document.createElement('door-help');
  if (choices.region) wrapper.setAttribute('region', choices.region);
  if (choices.theme) wrapper.setAttribute('theme', choices.theme);
  if (choices.prices) wrapper.setAttribute('prices', choices.prices);
  wrapper.setAttribute('lang', choices.lang);
  if (choices.accent !== DEFAULT_ACCENT) wrapper.style.setProperty('--door-help-accent', choices.accent);
  for (const name of choices.elements) {
    const element = document.createElement(TAGS[name]!);
    if (name === 'steps' && choices.compact) element.setAttribute('compact', '');
    wrapper.append(element);
  }
  preview.replaceChildren(wrapper);
}

let integrity: string | undefined;

/** The SRI hash of the script file this demo serves, which is the file the CDN serves for this version. */
async function loadIntegrity(): Promise<void> {
  try {
    const bytes = await (await fetch(new URL('../dist/door-help.js', document.baseURI))).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
  } catch {
    integrity = undefined;
  }
}

function scriptSnippet(c: Choices): string {
  const attributes = [
    c.region && ` region="${c.region}"`,
    c.theme && ` theme="${c.theme}"`,
    c.lang !== 'en' && ` lang="${c.lang}"`,
    c.prices && ` prices='${escapeAttribute(c.prices)}'`,
  ].filter(Boolean);
  const checked = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return [
    `<script src="${CDN}/door-help.js"${checked} defer></script>`,
    c.lang !== 'en' ? `<script src="${CDN}/door-help.${c.lang}.js" defer></script>` : '',
    c.accent !== DEFAULT_ACCENT ? `<style>door-help { --door-help-accent: ${c.accent}; }</style>` : '',
    `<door-help${attributes.join('')}>`,
    ...c.elements.map((name) => `  <${TAGS[name]}${name === 'steps' && c.compact ? ' compact' : ''}></${TAGS[name]}>`),
    '</door-help>',
  ]
    .filter(Boolean)
    .join('\n');
}

function iframeSnippet(c: Choices): string {
  const query = new URLSearchParams({ elements: c.elements.join(',') });
  if (c.region) query.set('region', c.region);
  if (c.lang !== 'en') query.set('lang', c.lang);
  if (c.theme) query.set('theme', c.theme);
  if (c.compact) query.set('compact', '');
  return [
    `<iframe src="${escapeAttribute(`${CDN}/embed.html?${query}`)}" title="Car door will not open: what to do" style="width:100%;height:640px;border:0"></iframe>`,
    '<script>',
    "  addEventListener('message', (event) => {",
    "    if (!event.data || event.data.type !== 'door-help:height') return;",
    "    for (const frame of document.querySelectorAll('iframe'))",
    "      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';",
    '  });',
    '</script>',
  ].join('\n');
}

function npmSnippet(c: Choices): string {
  const tags = c.elements.map((name) => TAGS[name]!);
  const react = tags.map((tag) => tag.split('-').map((part) => part[0]!.toUpperCase() + part.slice(1)).join(''));
  return [
    '# npm install door-help',
    '',
    '// Any framework: define the elements once, then use the tags as in HTML',
    "import 'door-help/define/all';",
    c.lang !== 'en' ? `import 'door-help/locales/${c.lang}';` : '',
    '',
    '// React and Next.js',
    `import { DoorHelp, ${react.join(', ')} } from 'door-help/react';`,
    `<DoorHelp${c.region ? ` region="${c.region}"` : ''}>${react.map((name) => `<${name} />`).join('')}</DoorHelp>`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

function snippetBlock(id: string, title: string, help: string, code: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'snippet';
  section.dataset.kind = id;
  const heading = document.createElement('h3');
  heading.id = `snippet-${id}`;
  heading.textContent = title;
  const note = document.createElement('p');
  note.textContent = help;
  const pre = document.createElement('pre');
  pre.setAttribute('aria-labelledby', heading.id);
  pre.tabIndex = 0;
  const codeElement = document.createElement('code');
  codeElement.textContent = code;
  pre.append(codeElement);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Copy: ${title}`;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = `Copied: ${title}.`;
    } catch {
      status.textContent = 'Could not copy. Select the text and copy it by hand.';
      const range = document.createRange();
      range.selectNodeContents(codeElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  });
  section.append(heading, note, pre, button);
  return section;
}

function showSnippets(c: Choices): void {
  const plainHelp = c.elements.some((name) => name !== 'steps')
    ? 'The steps and the call link only: the diagnosis and the cost need a script.'
    : 'Headings, lists and call links. It survives editors that remove scripts and unknown tags.';
  snippets.replaceChildren(
    snippetBlock('script', 'Script tag', 'For sites where you can add a script: paste it where the help should appear.', scriptSnippet(c)),
    snippetBlock('iframe', 'Iframe', 'For sites that allow only an iframe (the script lines are optional: they size the iframe).', iframeSnippet(c)),
    snippetBlock('plain', 'Plain HTML', plainHelp, renderPlainSteps({ region: c.region || undefined, lang: c.lang })),
    snippetBlock('npm', 'npm (React, Vue, Angular, Svelte, Astro)', 'For developers building an app.', npmSnippet(c)),
  );
}

function update(): void {
  const choices = read();
  showPreview(choices);
  showSnippets(choices);
}

fillRegions();
fillLanguages();
form.addEventListener('input', update);
form.addEventListener('change', update);
update();
void loadIntegrity().then(update);
