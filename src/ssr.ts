// door-help/ssr: renders the elements to HTML with declarative shadow DOM, on a server or at build
// time, so the steps, the call link and the disclaimer show before (and without) any script.
// Plain JavaScript over Lit's SSR: no DOM, no storage, no network; node 20 or an edge runtime.
// @lit-labs/ssr is an optional peer dependency (browser-only sites never install it): without it
// this import fails naming the package; `npm install @lit-labs/ssr` beside door-help.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import './define/all.js';
import { ELEMENT_TAGS, type ElementTag } from './elements.js';
import './locales/all.js';
import { escapeAttribute } from './logic/escape.js';
import { encodePageSettings, type SettingsLayer } from './logic/settings.js';
import { RENDERED_WITH } from './shared/element/hydration.js';

/** The emergency steps as plain HTML, for hosts that sanitize: see src/plain.ts. */
export { renderPlainSteps, type PlainOptions } from './plain.js';

/** The elements this renders: every element (src/elements.ts). */
export const RENDERABLE_TAGS = ELEMENT_TAGS;
export type RenderableTag = ElementTag;

export interface RenderOptions {
  /** Attributes on the element, as in HTML: `{ region: 'GB', 'heading-level': '3', compact: true }`. */
  attributes?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Properties a script would set: `{ answers: { opensOutside: 'yes' } }`, `{ prices: {...} }`. */
  properties?: Readonly<Record<string, unknown>>;
  /**
   * The settings of the `<door-help>` wrappers the element will sit in on the page, nearest first
   * (`[{ region: 'GB', currency: 'GBP' }]`), so the server resolves them as the browser will.
   * The wrapper elements themselves are not written: they are the page's.
   */
  wrappers?: readonly SettingsLayer[];
  /** The page's language (the nearest `lang` above the element, e.g. `<html lang>`). */
  lang?: string;
  /**
   * For `door-help` only: the elements inside the wrapper, rendered with its settings, e.g.
   * `[{ tag: 'door-emergency-steps' }, { tag: 'repair-cost', attributes: { for: 'dx' } }]`.
   */
  children?: readonly ChildElement[];
}

/** An element inside a rendered `<door-help>`: the wrapper and the page give its settings. */
export interface ChildElement extends Pick<RenderOptions, 'attributes' | 'properties' | 'children'> {
  tag: RenderableTag;
}

/** Attribute names a host may pass: plain names only, never an event handler. */
const ATTRIBUTE_NAME = /^(?!on)[a-z][a-z0-9-]*$/i;
const PROPERTY_NAME = /^[a-z][a-zA-Z0-9]*$/;


function checkTag(tag: string): RenderableTag {
  if (!(RENDERABLE_TAGS as readonly string[]).includes(tag)) throw new TypeError(`door-help/ssr: expected one of ${RENDERABLE_TAGS.join(', ')}; got "${String(tag).slice(0, 40)}".`);
  return tag as RenderableTag;
}

/**
 * The element as a Lit template: its attributes as static text (escaped), its properties as
 * property bindings, and the page settings it was rendered with, for the browser to hydrate with.
 */
function templateOf(tag: RenderableTag, options: RenderOptions): TemplateResult {
  const attributes = Object.entries(options.attributes ?? {}).filter(([name, value]) => {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`door-help/ssr: "${name.slice(0, 40)}" is not an attribute name this renders.`);
    return value !== false && value !== null && value !== undefined;
  });
  const opening =
    `<${tag}` +
    attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`)).join('') +
    ` ${RENDERED_WITH}="${escapeAttribute(encodePageSettings({ wrappers: options.wrappers ?? [], lang: ownLang(options) ?? options.lang ?? null }))}"`;
  const properties = Object.entries(options.properties ?? {});
  for (const [name] of properties) {
    if (!PROPERTY_NAME.test(name)) throw new TypeError(`door-help/ssr: "${name.slice(0, 40)}" is not a property name this renders.`);
  }
  const children = tag === 'door-help' ? childrenOf(options) : [];
  // A template strings array built at run time: tag and attributes are fixed text; properties and
  // the wrapper's children are bindings.
  const strings: string[] = [];
  let text = opening;
  for (const [name] of properties) {
    strings.push(`${text} .${name}=`);
    text = '';
  }
  strings.push(`${text}>`, `</${tag}>`);
  const templateStrings = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return html(templateStrings, ...properties.map(([, value]) => value), children);
}

/** The element's own `lang` attribute: the nearest language, as in the browser. */
function ownLang(options: Pick<RenderOptions, 'attributes'>): string | undefined {
  const attributes = options.attributes ?? {};
  const lang = Object.hasOwn(attributes, 'lang') ? attributes.lang : undefined;
  return typeof lang === 'string' ? lang : undefined;
}

/** A wrapper's children, each resolving the wrapper's settings before the page's. */
function childrenOf(wrapper: RenderOptions): TemplateResult[] {
  const own = wrapper.attributes ?? {};
  const layer: SettingsLayer = {};
  for (const field of ['region', 'locale', 'currency', 'theme'] as const) {
    const value = Object.hasOwn(own, field) ? own[field] : undefined;
    if (typeof value === 'string') layer[field] = value;
  }
  const lang = ownLang(wrapper) ?? wrapper.lang;
  return (wrapper.children ?? []).map((child) =>
    templateOf(checkTag(child.tag), { ...child, wrappers: [layer, ...(wrapper.wrappers ?? [])], ...(lang === undefined ? {} : { lang }) }),
  );
}

/**
 * One element as HTML with declarative shadow DOM. Add the script (or `import 'door-help/define/all'`,
 * after `import '@lit-labs/ssr-client/lit-element-hydrate-support.js'`) and it comes alive.
 */
export function renderElement(tag: RenderableTag, options: RenderOptions = {}): string {
  return collectResultSync(render(templateOf(checkTag(tag), options)));
}

/** The same HTML as a web stream, for streaming responses (node 18+, edge runtimes). */
export function renderElementStream(tag: RenderableTag, options: RenderOptions = {}): ReadableStream<string> {
  const chunks = render(templateOf(checkTag(tag), options));
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream<string>({
    async pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === 'string' ? next.value : await collect(next.value));
    },
  });
}

async function collect(value: unknown): Promise<string> {
  const text = await value;
  if (typeof text === 'string') return text;
  let out = '';
  for (const part of text as Iterable<unknown>) out += await collect(part);
  return out;
}

/**
 * The `<script>` line to put beside pre-rendered HTML on a page that has no bundler; with the
 * file's SRI hash (`sha384-…`), the browser runs it only if the CDN served those very bytes.
 */
export function scriptTagFor(src = 'https://unpkg.com/door-help/dist/door-help.js', integrity?: string): string {
  const checked = integrity && /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(integrity) ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<script src="${escapeAttribute(src)}"${checked} defer></script>`;
}
