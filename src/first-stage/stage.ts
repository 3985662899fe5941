// The first stage of the script-tag files (dist/door-help.js and each dist/<tag>.js): a small
// file that paints the emergency steps' first screen at once, with no framework, then loads the
// elements from the same folder (the one element's parts/<tag>.js for a page that uses only it,
// else door-help.esm.js), which take the painted markup over in place. See the README's
// "Performance" and tests/build/first-stage.test.ts.
import { adoptStyles, unsafeCSS } from 'lit';
import firstScreenCss from 'virtual:door-help/first-screen-css';
import english from 'virtual:door-help/first-screen-words';
import type { LocaleBundle } from '../data/bundle.js';
import { loadedBundle, onLocalesChange, primaryLanguage } from '../i18n/registry.js';
import { resolveSettings } from '../logic/settings.js';
import { withEnglishFallback } from '../logic/text-fallback.js';
import { FIRST_STAGE, readSetting } from '../shared/platform/dom.js';
import { readOr, readPageSettings } from '../shared/platform/page-settings.js';
import { watchTags, whenIdle } from '../shared/platform/tag-watch.js';
import { VERSION } from '../version.js';
import { firstScreen, type FirstScreenWords } from './first-screen.js';

export { VERSION };

/** The tags this file loads (all of them for door-help.js; one for dist/<tag>.js), set by the build. */
declare const __DOOR_HELP_STAGE_TAGS__: readonly string[];
/** This file's own name, to find its URL where `document.currentScript` is not set. */
declare const __DOOR_HELP_STAGE_FILE__: string;
/**
 * The ES modules holding the elements, beside this file, smallest first, each with the tags it
 * defines and its SRI hash (for a page that loaded this file with `integrity`): the parts/<tag>.js
 * of each element, and for door-help.js, door-help.esm.js last, which defines every element.
 */
declare const __DOOR_HELP_STAGE_MODULES__: readonly ElementsModule[];
/** Whether this file paints the emergency steps (not the diagnosis's or the cost's own files). */
declare const __DOOR_HELP_STAGE_PAINTS__: boolean;

interface ElementsModule {
  file: string;
  tags: readonly string[];
  integrity: string;
}

const TAGS = __DOOR_HELP_STAGE_TAGS__;
const MODULES = __DOOR_HELP_STAGE_MODULES__;


/** This file's own <script>, read while it runs (null afterwards, and for a module). */
const ownScript = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

/** This file's URL, to find the elements' modules beside it, wherever it was loaded from (a CDN path too). */
function ownUrl(doc: Document): string {
  return (
    ownScript?.src ||
    [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src).find((url) => new URL(url).pathname.endsWith(`/${__DOOR_HELP_STAGE_FILE__}`)) ||
    doc.baseURI
  );
}

/** The smallest module that defines every tag wanted; the last (every element) when none does. */
function moduleFor(wanted: ReadonlySet<string>): ElementsModule {
  return MODULES.find((module) => [...wanted].every((tag) => module.tags.includes(tag))) ?? MODULES[MODULES.length - 1]!;
}

/** The first screen in the language the element will show: a loaded language's words, else English. */
function wordsFor(lang: string | null): { words: FirstScreenWords; shown: string } {
  const bundle: LocaleBundle | undefined = lang && primaryLanguage(lang) !== 'en' ? loadedBundle(lang) : undefined;
  if (!bundle) return { words: english, shown: 'en' };
  const given = { ...(bundle.emergency as object), disclaimer: (bundle.shared as Partial<LocaleBundle['shared']> | undefined)?.disclaimer };
  return { words: withEnglishFallback(given, english), shown: lang! };
}

/** The elements this file painted, painted again when a language arrives before they come alive. */
const painted = new Set<HTMLElement>();

/**
 * Paints one `<door-emergency-steps>` that is neither alive nor pre-rendered, or paints again one
 * this file painted (`again`): its words in a language loaded since.
 */
function paint(host: HTMLElement, again = false): void {
  if (customElements.get(host.localName)) return;
  if (again ? !painted.has(host) || !host.hasAttribute(FIRST_STAGE) : host.shadowRoot || host.hasAttribute(FIRST_STAGE)) return;
  const setting = (name: string, attribute = name) => readOr(() => readSetting(host, name, attribute), undefined);
  const flag = (name: string, attribute: string) => {
    const value = setting(name, attribute);
    return typeof value === 'boolean' ? value : value !== undefined && value !== null;
  };
  // The chain the element itself resolves when it connects.
  const settings = resolveSettings({ own: { region: setting('region'), theme: setting('theme') }, ...readPageSettings(host).page });
  const { words, shown } = wordsFor(settings.lang);
  const root = again ? host.shadowRoot! : host.attachShadow({ mode: 'open' });
  adoptStyles(root, [styles]);
  root.replaceChildren(
    ...firstScreen(host.ownerDocument, {
      words,
      line: settings.line,
      region: settings.region,
      lang: shown,
      headingLevel: Number(setting('headingLevel', 'heading-level') ?? 2),
      compact: flag('compact', 'compact'),
      callFirst: flag('callFirst', 'call-first'),
    }),
  );
  const theme = setting('theme') ? null : settings.theme;
  if (theme === 'light' || theme === 'dark' || theme === 'auto') host.setAttribute('data-door-theme', theme);
  host.setAttribute(FIRST_STAGE, '');
  painted.add(host);
}

/** The element's own rules that can match the first screen (scripts/build/first-stage.mjs), one sheet for every painted element. */
const styles = /* @__PURE__ */ unsafeCSS(firstScreenCss);

/** The tags the page has used, and the modules asked for (each defines its tags, so they count as covered). */
const wanted = new Set<string>();
const requested = new Set<ElementsModule>();

/**
 * Loads what the tags used so far need, once each: the smallest module that defines them all. It
 * defines them, and they take the painted markup over. While the page is still being parsed, a
 * page of one kind of element may show another further down: a single element's part waits for
 * the end of parsing, and only the module of every element is asked for at once.
 */
function load(tags: readonly string[], doc: Document, base: string): void {
  tags.forEach((tag) => wanted.add(tag));
  if ([...wanted].every((tag) => [...requested].some((module) => module.tags.includes(tag)))) return;
  const module = moduleFor(wanted);
  if (requested.has(module) || (doc.readyState === 'loading' && module !== MODULES[MODULES.length - 1])) return;
  requested.add(module);
  const url = new URL(module.file, base).href;
  const failed = (error: unknown) => {
    requested.delete(module);
    console.error(`door-help ${VERSION}: could not load the elements from ${url} (${String((error as Error)?.message ?? error).slice(0, 120)}). Keep the files of dist/ together.`);
  };
  // This file was pinned with Subresource Integrity: the module is pinned by the hash built into it.
  if (ownScript?.integrity) {
    try {
      const script = doc.createElement('script');
      script.type = 'module';
      script.crossOrigin = ownScript.crossOrigin ?? 'anonymous';
      script.integrity = module.integrity;
      script.src = url;
      script.addEventListener('error', () => failed('refused by its integrity check or the network'));
      doc.head.append(script);
      return;
    } catch {
      // Trusted Types allow no script URL from a string here: import() below, which they do not govern.
    }
  }
  import(/* @vite-ignore */ url).catch(failed);
}

function start(doc: Document): void {
  const base = ownUrl(doc);
  // The Spanish file loaded after this one (both deferred, say): the first screen says it in Spanish before the elements arrive.
  if (__DOOR_HELP_STAGE_PAINTS__) {
    onLocalesChange(() => {
      if (customElements.get('door-emergency-steps')) painted.clear();
      painted.forEach((host) => (host.isConnected ? readOr(() => paint(host, true), undefined) : painted.delete(host)));
    });
  }
  watchTags(doc, TAGS, (found) => {
    if (__DOOR_HELP_STAGE_PAINTS__) doc.querySelectorAll<HTMLElement>('door-emergency-steps').forEach((host) => readOr(() => paint(host), undefined));
    // Painted first, then fetched: the first screen shows while the elements download.
    if (found.length) load(found, doc, base);
  });
  // A page that loads this file uses door-help: an element it makes later, or in a closed shadow
  // root, must still come alive. With nothing asked for by then, every element loads when idle
  // (a closed shadow root beside an element of another kind is the one case a part leaves out).
  whenIdle(doc, () => {
    if (!requested.size) load(TAGS, doc, base);
  });
}

if (typeof document !== 'undefined' && globalThis.customElements) readOr(() => start(document), undefined);
