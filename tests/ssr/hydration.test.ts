// Pre-rendered elements (door-help/ssr, on the test server) hydrating with Lit's hydration support,
// as an app that server-renders them does: the import below comes before the elements are defined.
// Every case runs twice: on this page (Lit's development build, from source) and in a frame that
// loads the shipped build bundled for production (Lit's production build, minified: its private
// fields are renamed there), as the apps and bundlers of adopters run it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import '../../src/locales/all.js';
import type { RenderOptions, RenderableTag } from '../../src/ssr.js';
import { forgetReaderState } from '../support/helpers.js';
import { takeTurn } from '../../src/shared/element/render-turns.js';

interface Spec {
  tag: RenderableTag;
  options?: RenderOptions;
}

async function serverHtml(spec: Spec): Promise<string> {
  const response = await fetch(`/test-api/ssr?spec=${encodeURIComponent(JSON.stringify(spec))}`);
  return ((await response.json()) as { html: string }).html;
}

/** Where a case runs: this page (development build) or a frame with the production bundle. */
interface Page {
  doc: Document;
  win: Window & typeof globalThis;
}

const thisPage: Page = { doc: document, win: window };

/** A same-origin frame, as wide as this page's test area, that loads the production bundle (with or without Lit's hydration support). */
async function productionPage({ hydrateSupport }: { hydrateSupport: boolean }): Promise<Page & { frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-test-frame', '');
  frame.style.width = '800px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${location.origin}/test-api/production-bundle.js?hydrate=${hydrateSupport ? 1 : 0}"></script></head><body></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('door-diagnosis');
  return { doc: frame.contentDocument!, win, frame };
}

/** Everything the page said went wrong while the markup hydrated. */
function watchErrors({ win }: Page) {
  const errors: string[] = [];
  const original = win.console.error;
  const originalWarn = win.console.warn;
  win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  // A hydration that failed and fell back to a fresh render says so once: here, that is a failure too.
  win.console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes('pre-rendered markup could not be taken over')) errors.push(message);
    else originalWarn.apply(win.console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      win.console.error = original;
      win.console.warn = originalWarn;
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * The server's HTML parsed into `place` (declarative shadow DOM and all, as a page's parser
 * would), then hydrated by the defined elements. Returns the element, settled.
 */
async function hydrate<T extends Lit>(spec: Spec, place: Element): Promise<{ element: T; errors: string[]; serverText: string }> {
  const markup = await serverHtml(spec);
  const doc = place.ownerDocument;
  const watch = watchErrors({ doc, win: doc.defaultView as Window & typeof globalThis });
  try {
    const holder = doc.createElement('div');
    place.append(holder);
    // Parsed where it will live: the elements connect (and hydrate) as the page's parser would.
    (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
    const element = holder.querySelector(spec.tag) as unknown as T;
    const serverText = frameText(element);
    for (let i = 0; i < 4; i += 1) await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    for (const inner of holder.querySelectorAll<Lit>('door-emergency-steps, door-diagnosis, repair-cost')) await inner.updateComplete;
    await afterWidthRead(element);
    return { element, errors: watch.errors, serverText };
  } finally {
    watch.stop();
  }
}

/** A fresh, client-only element in the same place: what the hydrated one must end up showing. */
async function fresh<T extends Lit>(tag: string, place: Element, setup: (element: T) => void = () => {}): Promise<T> {
  const element = place.ownerDocument.createElement(tag) as T;
  setup(element);
  place.append(element);
  for (let i = 0; i < 3; i += 1) await element.updateComplete;
  await afterWidthRead(element);
  return element;
}

/** A diagnosis with no mode reads its width a frame after layout and then renders one presentation: compare after that. */
async function afterWidthRead(element: Lit): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await element.updateComplete;
}

/**
 * The frame's text, without the country list: node's ICU and a browser's may name a country
 * differently ("Hong Kong SAR China" / "Hong Kong"), and hydration keeps the server's name.
 */
const frameText = (element: Element) => {
  const frame = element.shadowRoot?.querySelector('.frame')?.cloneNode(true) as Element | undefined;
  frame?.querySelectorAll('select').forEach((list) => list.remove());
  return (frame?.textContent ?? '').replace(/\s+/g, ' ').trim();
};
const callHref = (element: Element) => element.shadowRoot?.querySelector<HTMLAnchorElement>('a.call-button')?.getAttribute('href') ?? null;

/** A place on the page: `<div lang>` or nested `<door-help>` wrappers, removed after each test. */
function placeIn(page: Page, html: string): Element {
  const holder = page.doc.createElement('div');
  holder.setAttribute('data-test-place', '');
  holder.innerHTML = html;
  page.doc.body.append(holder);
  return holder.querySelector('[data-here]') ?? holder;
}

for (const build of ['development', 'production'] as const) {
describe(`pre-rendered elements hydrate (Lit hydration support, ${build} build)`, () => {
  let page: Page = thisPage;
  const placeOf = (html: string) => placeIn(page, html);
  before(async () => {
    if (build === 'production') page = await productionPage({ hydrateSupport: true });
  });
  after(() => document.querySelectorAll('[data-test-frame]').forEach((frame) => frame.remove()));
  beforeEach(forgetReaderState);
  afterEach(() => page.doc.querySelectorAll('[data-test-place]').forEach((place) => place.remove()));

  it('the pre-rendered markup has the call link, the steps and the disclaimer before any update', async () => {
    const place = placeOf('<div data-here lang="en-GB"></div>');
    const markup = await serverHtml({ tag: 'door-emergency-steps', options: { wrappers: [{ region: 'GB' }], lang: 'en-GB' } });
    const parsed = Document.parseHTMLUnsafe(`<body>${markup}</body>`);
    const root = parsed.querySelector('door-emergency-steps')!.shadowRoot!;
    expect(root, 'declarative shadow root').to.exist;
    expect(root.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    expect(root.querySelectorAll('ol.steps > li').length).to.be.greaterThan(3);
    expect(root.querySelector('.disclaimer')!.textContent!.trim().length).to.be.greaterThan(20);
    void place;
  });

  for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost'] as const) {
    it(`<${tag}> with no wrapper: hydrates without an error and then matches a client render`, async () => {
      const place = placeOf('<div data-here lang="en-US"></div>');
      const { element, errors } = await hydrate({ tag, options: { lang: 'en-US' } }, place);
      expect(errors).to.deep.equal([]);
      const client = await fresh(tag, place);
      expect(frameText(element)).to.equal(frameText(client));
    });

    it(`<${tag}> inside <door-help region="GB" lang="es">: hydrates, then shows the wrapper's region and Spanish`, async () => {
      const place = placeOf('<door-help region="GB" lang="es"><div data-here></div></door-help>');
      const { element, errors } = await hydrate({ tag, options: { wrappers: [{ region: 'GB' }], lang: 'es' } }, place);
      expect(errors).to.deep.equal([]);
      const client = await fresh(tag, place);
      expect(frameText(element)).to.equal(frameText(client));
      expect(element.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('es');
    });
  }

  it('a snippet rendered for the US, placed in <door-help region="GB">, ends up calling 999, never 911', async () => {
    const place = placeOf('<door-help region="GB"><div data-here></div></door-help>');
    const { element, errors, serverText } = await hydrate<Lit>({ tag: 'door-emergency-steps', options: { wrappers: [{ region: 'US' }], lang: 'en-US' } }, place);
    expect(serverText).to.contain('911');
    expect(errors).to.deep.equal([]);
    expect(callHref(element)).to.equal('tel:999');
    expect(frameText(element)).not.to.contain('911');
  });

  it('nested wrappers on the page: the nearest one wins after hydration, as in a client render', async () => {
    const place = placeOf('<door-help region="US"><door-help region="AU"><div data-here></div></door-help></door-help>');
    const { element, errors } = await hydrate<Lit>({ tag: 'door-emergency-steps' }, place);
    expect(errors).to.deep.equal([]);
    expect(callHref(element)).to.equal('tel:000');
  });

  it('English markup on a Spanish page ends up in Spanish', async () => {
    const place = placeOf('<div data-here lang="es-ES"></div>');
    const { element, errors, serverText } = await hydrate<Lit>({ tag: 'door-emergency-steps', options: { lang: 'en-US' } }, place);
    expect(serverText).to.contain('Call 911');
    expect(errors).to.deep.equal([]);
    expect(callHref(element)).to.equal('tel:112');
    const client = await fresh('door-emergency-steps', place);
    expect(frameText(element)).to.equal(frameText(client));
  });

  it('<door-diagnosis> with the reader\'s stored answers: no mismatch, and their answers and ranking show', async () => {
    const place = placeOf('<div data-here lang="en-US"></div>');
    // The reader answered on an earlier page of the site.
    const earlier = await fresh<Lit>('door-diagnosis', place);
    earlier.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="opensOutside"] input[value="no"]')!.click();
    await earlier.updateComplete;
    const expected = frameText(earlier);
    earlier.remove();

    const { element, errors, serverText } = await hydrate<Lit>({ tag: 'door-diagnosis', options: { lang: 'en-US' } }, place);
    expect(errors).to.deep.equal([]);
    expect(serverText).not.to.equal(expected);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="opensOutside"] input[value="no"]')!.checked).to.equal(true);
    expect(frameText(element)).to.equal(expected);
    // And it is alive: a new answer re-ranks.
    element.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="opensOutside"] input[value="yes"]')!.click();
    await element.updateComplete;
    expect(frameText(element)).not.to.equal(expected);
  });

  it('<door-diagnosis mode="guided"> with stored answers: no mismatch, the interview resumes at the next question and goes on', async () => {
    const place = placeOf('<div data-here lang="en-US"></div>');
    const earlier = await fresh<Lit>('door-diagnosis', place);
    earlier.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="trapped"] input[value="no"]')!.click();
    earlier.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="opensOutside"] input[value="yes"]')!.click();
    await earlier.updateComplete;
    earlier.remove();

    const { element, errors, serverText } = await hydrate<Lit>({ tag: 'door-diagnosis', options: { lang: 'en-US', attributes: { mode: 'guided' } } }, place);
    expect(errors).to.deep.equal([]);
    expect(serverText).to.contain('Answer the question above first');
    const question = () => element.shadowRoot!.querySelector<HTMLElement>('.guided-question')?.dataset.question;
    expect(question()).to.equal('history');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.guided-question button.next')!.click();
    await element.updateComplete;
    expect(question()).to.be.a('string').and.not.be.oneOf(['history', 'opensOutside', 'trapped']);
  });

  it('<door-emergency-steps> with ticks stored this session: they show after hydration, and ticking works', async () => {
    const place = placeOf('<div data-here lang="en-US"></div>');
    const earlier = await fresh<Lit>('door-emergency-steps', place);
    earlier.shadowRoot!.querySelector<HTMLInputElement>('ol.steps input[type="checkbox"]')!.click();
    await earlier.updateComplete;
    earlier.remove();

    const { element, errors } = await hydrate<Lit>({ tag: 'door-emergency-steps', options: { lang: 'en-US' } }, place);
    expect(errors).to.deep.equal([]);
    const boxes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('ol.steps input[type="checkbox"]')];
    expect(boxes.map((box) => box.checked)).to.deep.equal(boxes.map((_, i) => i === 0));
    boxes[1]!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.progress')!.textContent).to.match(/2/);
  });

  it('a rendered <door-help> with its children: the children hydrate with its settings', async () => {
    const place = placeOf('<div data-here></div>');
    const { element, errors } = await hydrate<Lit>({ tag: 'door-help', options: { attributes: { region: 'AU' }, children: [{ tag: 'door-emergency-steps' }, { tag: 'repair-cost' }] } }, place);
    expect(errors).to.deep.equal([]);
    expect(callHref(element.querySelector('door-emergency-steps')!)).to.equal('tel:000');
    expect(element.querySelector('door-emergency-steps')!.hasAttribute('data-door-help-rendered')).to.equal(false);
  });

  it('markup Lit refuses to hydrate (another release rendered it) ends in a clean render with the page’s settings, never an empty element', async () => {
    const place = placeOf('<door-help region="GB"><div data-here lang="en-GB"></div></door-help>');
    const markup = await serverHtml({ tag: 'door-emergency-steps', options: { wrappers: [{ region: 'GB' }], lang: 'en-GB' } });
    // The frame's template digest as another build of the template would have it.
    const tampered = markup.replace(/(<div class="frame"[^]*?<!--lit-part )[^ >-]+(-->)/, '$1AAAAAAAAAAA=$2').replace(/<!--lit-part [^ >-]+-->(<!--lit-node 0--><div class="frame")/, '<!--lit-part AAAAAAAAAAA=-->$1');
    expect(tampered).not.to.equal(markup);
    const holder = page.doc.createElement('div');
    place.append(holder);
    const originalWarn = page.win.console.warn;
    const warnings: string[] = [];
    page.win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(tampered);
      const element = holder.querySelector('door-emergency-steps') as unknown as Lit;
      for (let i = 0; i < 4; i += 1) await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('.frame').length, 'one copy').to.equal(1);
      expect(root.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
      expect(root.querySelector('.disclaimer')!.textContent!.trim().length).to.be.greaterThan(20);
      expect(getComputedStyle(root.querySelector('a.call-button')!).display, 'styled').to.equal('flex');
      expect(warnings.filter((w) => w.includes('could not be taken over')), 'one message').to.have.length(1);
      // Alive: a new region re-renders it.
      (place.closest('door-help') as HTMLElement).setAttribute('region', 'AU');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      expect(root.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:000');
    } finally {
      page.win.console.warn = originalWarn;
    }
  });

  it('controls appear once defined: the pre-rendered call link works without them, and buttons show after hydration', async () => {
    const place = placeOf('<div data-here lang="en-US"></div>');
    const { element } = await hydrate<Lit>({ tag: 'door-emergency-steps', options: { lang: 'en-US' } }, place);
    const copy = element.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!;
    expect(getComputedStyle(copy).display).not.to.equal('none');
  });
});
}

describe('a pre-rendered diagnosis whose first render waits its turn (a slow phone, a page still loading)', () => {
  beforeEach(forgetReaderState);
  afterEach(() => document.querySelectorAll('[data-test-place]').forEach((place) => place.remove()));

  it('its first client render repeats the server’s, whatever its width says meanwhile: no mismatch, then one presentation', async () => {
    const place = placeIn(thisPage, '<div data-here lang="en-US" style="width: 360px"></div>');
    const markup = await serverHtml({ tag: 'door-diagnosis', options: { lang: 'en-US' } });
    // While the page loads, first renders take turns: a long turn ahead of it (another element
    // rendering on a slow phone) keeps it waiting for several frames, in which layout happens.
    const restoreState = Object.getOwnPropertyDescriptor(document, 'readyState');
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    const watch = watchErrors(thisPage);
    try {
      void takeTurn(() => new Promise((resolve) => setTimeout(resolve, 150)));
      const holder = document.createElement('div');
      place.append(holder);
      (holder as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
      const element = holder.querySelector('door-diagnosis') as unknown as Lit;
      for (let i = 0; i < 4; i += 1) await element.updateComplete;
      await afterWidthRead(element);
      expect(watch.errors).to.deep.equal([]);
      // Narrow: one question at a time, the form no longer rendered.
      expect(element.shadowRoot!.querySelector('.guided-view'), 'guided view').to.exist;
      expect(element.shadowRoot!.querySelector('.form-view fieldset[data-question="opensOutside"]'), 'no hidden form').to.equal(null);
    } finally {
      watch.stop();
      if (restoreState) Object.defineProperty(document, 'readyState', restoreState);
      else delete (document as unknown as { readyState?: unknown }).readyState;
    }
  });
});
