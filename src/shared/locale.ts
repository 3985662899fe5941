import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleBundle } from '../i18n/bundle.js';
import { loadedBundle, onLocalesChange, primaryLanguage } from '../i18n/registry.js';
import { nearestLang } from './dom.js';
import { warnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for every element on the page: any `lang` change re-resolves them all. */
const connected = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;

function watchLang(controller: LocaleController, doc: Document) {
  connected.add(controller);
  if (!langObserver && typeof MutationObserver === 'function') {
    langObserver = new MutationObserver(() => connected.forEach((c) => c.refresh()));
    langObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocaleController) {
  connected.delete(controller);
  if (!connected.size) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/**
 * The language an element shows: its own `lang`, else the nearest ancestor's, else `<html lang>`.
 * English until connected (so server rendering needs no DOM), and whenever a language is not
 * loaded. Each element passes its own English text as the fallback, so a page with one element
 * ships only that element's words.
 */
export class LocaleController implements ReactiveController {
  /** The resolved language tag, e.g. `es-US`, or null when the page names none. */
  lang: string | null = null;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** One part of the loaded language's text, or the English given. */
  text<K extends Exclude<keyof LocaleBundle, 'lang'>>(part: K, english: LocaleBundle[K]): LocaleBundle[K] {
    const lang = this.lang;
    if (!lang || primaryLanguage(lang) === 'en') return english;
    return loadedBundle(lang)?.[part] ?? english;
  }

  hostConnected(): void {
    this.unsubscribe = onLocalesChange(() => this.host.requestUpdate());
    watchLang(this, this.host.ownerDocument);
    this.refresh();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    unwatchLang(this);
  }

  /** Re-reads `lang` from the page; re-renders when it changed. */
  refresh(): void {
    const lang = nearestLang(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    const primary = primaryLanguage(lang);
    if (primary && primary !== 'en' && !loadedBundle(lang)) {
      warnOnce(`no "${primary}" text is loaded, so English is shown. For Spanish, load door-help.es.js (or import 'door-help/locales/es').`);
    }
    this.host.requestUpdate();
  }
}
