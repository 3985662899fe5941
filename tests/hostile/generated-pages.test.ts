import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { resolveSettings, type SettingsLayer } from '../../src/logic/settings.js';
import { writeState } from '../../src/shared/platform/session-state.js';
import { browserLanguagesAre, forgetReaderState } from '../support/helpers.js';

/**
 * Random host pages built from the ingredients real sites combine: wrappers nested 0–3 deep,
 * blank, alias and malformed regions, `lang` on ancestors and inside shadow roots, the page's and
 * the browser's languages, the reader's own choice, and a change after load. The pure resolver
 * is the oracle: for every page, the call link each element renders must be the one it predicts.
 */

const SEED = 20261122;
const BATCHES = 40;
const PAGES_PER_BATCH = 50;

/** mulberry32: a small seeded generator, so a failure names a page that can be rebuilt. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

const REGIONS = [undefined, undefined, '', '  ', 'GB', 'gb', 'UK', ' us ', 'AU', 'DE', 'JP', 'BR', 'ZZ', 'BO', 'united kingdom', 'x1'];
const LANGS = [undefined, undefined, undefined, '', 'en', 'en-GB', 'en-US', 'es-MX', 'fr', 'fr-CA', 'de-AT', 'es-419', 'zh-Hant-TW', 'not a tag'];
const BROWSER = [['en-US'], ['en'], ['de', 'fr'], ['en', 'en-NZ'], ['es-419'], []];
const READER = [undefined, undefined, undefined, 'IE', '', 'ZZ'];

interface Level {
  /** A `<door-help>` (with this region) or a plain `<div>`. */
  wrapper: boolean;
  region: string | undefined;
  lang: string | undefined;
  /** The element below this level lives in this level's shadow root (an app shell). */
  shadow: boolean;
  shadowLang: string | undefined;
}

interface Page {
  containerLang: string | undefined;
  levels: Level[];
  elementRegion: string | undefined;
  elementLang: string | undefined;
  tag: 'door-emergency-steps' | 'door-diagnosis';
  change: { level: number; attribute: 'lang' | 'region'; value: string | undefined } | null;
}

function randomPage(random: ReturnType<typeof generator>): Page {
  const depth = random.pick([0, 1, 1, 2, 2, 3]);
  const levels: Level[] = Array.from({ length: depth }, () => ({
    wrapper: random.chance(0.8),
    region: random.pick(REGIONS),
    lang: random.pick(LANGS),
    shadow: random.chance(0.25),
    shadowLang: random.pick(LANGS),
  }));
  const change = depth && random.chance(0.5) ? { level: random.pick(levels.map((_, i) => i)), attribute: random.pick(['lang', 'region'] as const), value: random.pick([...REGIONS, ...LANGS]) } : null;
  return {
    containerLang: random.pick(LANGS),
    levels,
    elementRegion: random.pick(REGIONS),
    elementLang: random.chance(0.2) ? random.pick(LANGS) : undefined,
    tag: random.chance(0.8) ? 'door-emergency-steps' : 'door-diagnosis',
    change,
  };
}

const setAttribute = (el: Element, name: string, value: string | undefined) => (value === undefined ? el.removeAttribute(name) : el.setAttribute(name, value));

/** Builds the page's DOM; returns its container and the element whose call link is checked. */
function build(page: Page): { container: HTMLElement; levels: HTMLElement[]; element: HTMLElement } {
  const container = document.createElement('section');
  setAttribute(container, 'lang', page.containerLang);
  let parent: Element | ShadowRoot = container;
  const levels: HTMLElement[] = [];
  for (const level of page.levels) {
    const node = document.createElement(level.wrapper ? 'door-help' : 'div');
    if (level.wrapper) setAttribute(node, 'region', level.region);
    setAttribute(node, 'lang', level.lang);
    parent.append(node);
    levels.push(node);
    parent = node;
    if (level.shadow) {
      const root = node.attachShadow({ mode: 'open' });
      if (level.wrapper) root.append(document.createElement('slot')); // keep the wrapper's own rendering in shape
      const main = document.createElement('main');
      setAttribute(main, 'lang', level.shadowLang);
      root.append(main);
      parent = main;
    }
  }
  const element = document.createElement(page.tag);
  setAttribute(element, 'region', page.elementRegion);
  setAttribute(element, 'lang', page.elementLang);
  parent.append(element);
  return { container, levels, element };
}

/** The oracle: the chain read from the page description (not from the DOM), resolved by the pure function. */
function expectedNumber(page: Page, browser: string[], reader: string | undefined): string | null {
  const langOf = (value: string | undefined) => (value !== undefined && value.trim() ? value : undefined);
  // Nearest lang: the element, then each level inward-out (a shadow root's <main> before its host), then the container, then <html>.
  const chainOfLangs: (string | undefined)[] = [page.elementLang];
  for (let i = page.levels.length - 1; i >= 0; i--) {
    const level = page.levels[i]!;
    if (level.shadow) chainOfLangs.push(level.shadowLang);
    chainOfLangs.push(level.lang);
  }
  chainOfLangs.push(page.containerLang, document.documentElement.getAttribute('lang') ?? undefined);
  const lang = chainOfLangs.map(langOf).find((value) => value !== undefined) ?? null;
  const wrappers: SettingsLayer[] = page.levels.filter((level) => level.wrapper).reverse().map((level) => ({ region: level.region }));
  const settings = resolveSettings({ own: { region: page.elementRegion }, wrappers, lang, browserLanguages: browser, readerRegion: reader ?? null, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  return settings.line?.number ?? null;
}

/** The call link an element shows: its own, or (a diagnosis) none until someone is stuck, so ask it to escalate. */
async function shownNumber(element: HTMLElement): Promise<string | null> {
  let steps: Element = element;
  if (element.localName === 'door-diagnosis') {
    const yes = element.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="trapped"] input[value="yes"]')!;
    if (!yes.checked) yes.click();
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    steps = element.shadowRoot!.querySelector('door-emergency-steps')!;
    await (steps as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  const href = steps.shadowRoot!.querySelector('[part="call-button"]')?.getAttribute('href') ?? null;
  return href ? href.slice('tel:'.length) : null;
}

async function settle(elements: HTMLElement[]) {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  }
}

describe(`generated host pages (seed ${SEED}, ${BATCHES * PAGES_PER_BATCH} pages, each checked before and after a change)`, () => {
  afterEach(forgetReaderState);

  it('every element shows the number the pure resolver predicts, or no number where it predicts none', async function () {
    this.timeout(120_000);
    const random = generator(SEED);
    let checked = 0;
    for (let batch = 0; batch < BATCHES; batch++) {
      await forgetReaderState();
      const browser = random.pick(BROWSER);
      const reader = random.pick(READER);
      if (reader !== undefined) writeState('region', 'door-help:region', reader);
      const restore = browserLanguagesAre(browser);
      const pages = Array.from({ length: PAGES_PER_BATCH }, () => randomPage(random));
      const built = pages.map(build);
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.append(...built.map((b) => b.container));
        await settle(built.map((b) => b.element));
        for (const [index, page] of pages.entries()) {
          const shown = await shownNumber(built[index]!.element);
          expect(shown, `batch ${batch} page ${index}: ${JSON.stringify({ page, browser, reader })}`).to.equal(expectedNumber(page, browser, reader));
          checked++;
        }
        // A change after load: a page script flips one attribute on the chain.
        for (const [index, page] of pages.entries()) {
          if (!page.change) continue;
          const level = page.levels[page.change.level]!;
          const node = built[index]!.levels[page.change.level]!;
          if (page.change.attribute === 'region' && !level.wrapper) continue;
          level[page.change.attribute] = page.change.value;
          setAttribute(node, page.change.attribute, page.change.value);
        }
        await settle(built.map((b) => b.element));
        for (const [index, page] of pages.entries()) {
          if (!page.change) continue;
          const shown = await shownNumber(built[index]!.element);
          expect(shown, `after change, batch ${batch} page ${index}: ${JSON.stringify({ page, browser, reader })}`).to.equal(expectedNumber(page, browser, reader));
          checked++;
        }
      } finally {
        restore();
        host.remove();
      }
    }
    expect(checked).to.be.greaterThan(BATCHES * PAGES_PER_BATCH);
  });
});
