// dist/embed.js, the script of dist/embed.html: the page a host that allows only an <iframe> points
// at (WordPress.com, Medium, Notion, many CMS editors). It reads what to show from its own query
// string, checks every parameter (anything unknown: the default, and one console message for the
// site author), builds the elements with the DOM (no HTML from strings, for Trusted Types), and
// tells the page around it its height, so a few lines of host script can size the iframe.
// door-help.js, loaded before it, defines the elements.

const ELEMENTS: Readonly<Record<string, string>> = { steps: 'door-emergency-steps', diagnosis: 'door-diagnosis', cost: 'repair-cost' };
const THEMES = ['light', 'dark', 'auto'];
/** The message the host script listens for. */
export const HEIGHT_MESSAGE = 'door-help:height';

const params = new URLSearchParams(location.search);
const warned = new Set<string>();

function refuse(name: string, value: string, expected: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  console.warn(`door-help embed: ?${name}="${value.slice(0, 40)}" was not used (expected ${expected}); the default is shown.`);
}

/** One parameter, checked: the value if it passes, else undefined (and one message). */
function param(name: string, test: (value: string) => boolean, expected: string): string | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (test(value)) return value;
  refuse(name, value, expected);
  return undefined;
}

function elementsWanted(): string[] {
  const given = params.get('elements');
  if (!given) return ['door-emergency-steps'];
  const names = given.split(',').map((name) => name.trim());
  const known = names.filter((name) => Object.hasOwn(ELEMENTS, name));
  if (known.length !== names.length) refuse('elements', given, `a list of ${Object.keys(ELEMENTS).join(', ')}`);
  return known.length ? [...new Set(known)].map((name) => ELEMENTS[name]!) : ['door-emergency-steps'];
}

function build(): void {
  const region = param('region', (v) => /^[A-Za-z]{2}$/.test(v), 'a two-letter country code such as GB');
  const lang = param('lang', (v) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v), 'a language tag such as es or en-GB') ?? 'en';
  const theme = param('theme', (v) => THEMES.includes(v), THEMES.join(', '));
  const prices = param(
    'prices',
    (v) => {
      try {
        const url = new URL(v, location.href);
        return url.protocol === 'https:' || url.origin === location.origin;
      } catch {
        return false;
      }
    },
    'an https URL of a JSON price list',
  );
  const compact = params.get('compact');
  document.documentElement.lang = lang;
  const wrapper = document.createElement('door-help');
  if (region) wrapper.setAttribute('region', region);
  if (theme) wrapper.setAttribute('theme', theme);
  if (prices) wrapper.setAttribute('prices-src', prices);
  for (const tag of elementsWanted()) {
    const element = document.createElement(tag);
    if (tag === 'door-emergency-steps' && compact !== null && compact !== 'false') element.setAttribute('compact', '');
    wrapper.append(element);
  }
  document.querySelector('main')!.append(wrapper);
}

/** Tells the page around the iframe the height of this one, once per frame at most. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  let queued = false;
  const send = () => {
    queued = false;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(send);
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(queue).observe(document.documentElement);
  addEventListener('load', queue);
  queue();
}

build();
reportHeight();
