import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleBundle } from '../../data/bundle.js';
import { loadedBundle, onLocalesChange, primaryLanguage } from '../../i18n/registry.js';
import { decodePageSettings, resolveSettings, type PageSettings, type ResolvedSettings, type SettingsLayer } from '../../logic/settings.js';
import { withEnglishFallback } from '../../logic/text-fallback.js';
import { afterHydration, awaitingHydration, RENDERED_WITH } from '../element/hydration.js';
import { rootsOf } from '../platform/dom.js';
import { readPageSettings } from '../platform/page-settings.js';
import { READER_REGION_KEY, watchState, writeState } from '../platform/session-state.js';
import { warnOnce } from '../platform/warn.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/** The event a wrapper or diagnosis sends its document when what other elements read may have changed. */
const SETTINGS_EVENT = 'door-help:settings';

/** Attributes anywhere on an element's chain that change its settings. */
const WATCHED_ATTRIBUTES = ['lang', 'region', 'locale', 'currency', 'theme'];

/** One observer per root (document or shadow root), shared by every element in it. */
const observed = new WeakMap<Node, { observer: MutationObserver; controllers: Set<SettingsController> }>();

function observeRoot(root: Node, controller: SettingsController): () => void {
  let entry = observed.get(root);
  if (!entry) {
    const controllers = new Set<SettingsController>();
    const observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(root, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES, subtree: true });
    observed.set(root, (entry = { observer, controllers }));
  }
  entry.controllers.add(controller);
  const { controllers, observer } = entry;
  return () => {
    controllers.delete(controller);
    if (!controllers.size) {
      observer.disconnect();
      observed.delete(root);
    }
  };
}

/** Coalesced: many elements connecting in one task re-read the page once. */
const pending = new WeakSet<Document>();

/** Tells every door-help element in the document to re-read its settings (wrappers, diagnoses). */
export function announceSettingsChange(doc: Document | null | undefined): void {
  if (!doc || pending.has(doc)) return;
  pending.add(doc);
  queueMicrotask(() => {
    pending.delete(doc);
    doc.dispatchEvent(new Event(SETTINGS_EVENT));
  });
}

const languageWarned = new Set<string>();

/**
 * An element's settings and language, resolved by src/logic/settings.ts from the chain the page
 * gives it, and kept current: attributes on the chain (in shadow roots and other documents too),
 * wrappers defined or connected after their children, moves, the browser's languages, a loaded
 * language, and the reader's region choice all re-resolve it.
 * Before connection only the element's own settings count; on a server, and for a pre-rendered
 * element's first client update, the page settings the server recorded (RENDERED_WITH) count too.
 */
export class SettingsController implements ReactiveController {
  /** The resolved settings the element renders with. */
  resolved: ResolvedSettings;
  /** Enclosing `<door-help>` wrappers, nearest first. */
  wrappers: Element[] = [];
  /** The page's part of the chain, once read from the DOM; until then, what a server recorded. */
  private page: PageSettings | undefined;
  private cleanups: (() => void)[] = [];
  private readonly onChange = () => this.refresh();

  constructor(
    private readonly host: Host,
    private readonly own: () => SettingsLayer,
    /** Other values the host reads from the page (a wrapper's prices, a diagnosis); a change re-renders. */
    private readonly extra: () => readonly unknown[] = () => [],
  ) {
    this.resolved = resolveSettings({ own: {} });
    host.addController(this);
  }

  hostConnected(): void {
    const doc = this.host.ownerDocument;
    doc.addEventListener(SETTINGS_EVENT, this.onChange);
    const view = doc.defaultView;
    view?.addEventListener('languagechange', this.onChange);
    this.cleanups = [
      () => doc.removeEventListener(SETTINGS_EVENT, this.onChange),
      () => view?.removeEventListener('languagechange', this.onChange),
      onLocalesChange(this.onChange),
      watchState('region', READER_REGION_KEY, this.onChange),
      ...(typeof MutationObserver === 'function' ? rootsOf(this.host).map((root) => observeRoot(root, this)) : []),
    ];
    afterHydration(this.host, () => this.refresh());
  }

  hostDisconnected(): void {
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
  }

  hostUpdate(): void {
    this.resolved = resolveSettings({ own: this.own(), ...(this.page ?? decodePageSettings(this.host.getAttribute(RENDERED_WITH))) });
    this.key = this.keyOf();
    this.extraValues = this.extra();
  }

  /** Re-reads the page; re-renders the element when anything it shows changed. */
  refresh(): void {
    if (!this.host.isConnected || awaitingHydration(this.host)) return;
    ({ wrappers: this.wrappers, page: this.page } = readPageSettings(this.host));
    this.resolved = resolveSettings({ own: this.own(), ...this.page });
    const key = this.keyOf();
    const extra = this.extra();
    if (key !== this.key || extra.length !== this.extraValues.length || extra.some((value, i) => value !== this.extraValues[i])) {
      this.key = key;
      this.extraValues = extra;
      this.warnMissingLanguage();
      this.host.requestUpdate();
    }
  }

  /** The reader's own country ('' for "another country"), kept for the session and shared by every element on the page. */
  chooseRegion(code: string): void {
    writeState('region', READER_REGION_KEY, code);
  }

  /** What was last rendered with: settings (and whether their language is loaded), and the host's extra values. */
  private key = '';
  private extraValues: readonly unknown[] = [];

  private keyOf(): string {
    return JSON.stringify([this.resolved, Boolean(this.bundle())]);
  }

  /** The language actually shown: the resolved one when its words are loaded, else English. */
  get shownLang(): string {
    return this.bundle() ? this.resolved.lang! : 'en';
  }

  private bundle(): LocaleBundle | undefined {
    const lang = this.resolved.lang;
    if (!lang || primaryLanguage(lang) === 'en') return undefined;
    return loadedBundle(lang);
  }

  /** One part of the shown language's text; any key a bundle lacks is English, with one warning. */
  text<K extends Exclude<keyof LocaleBundle, 'lang' | 'dir'>>(part: K, english: LocaleBundle[K]): LocaleBundle[K] {
    const bundle = this.bundle();
    if (!bundle) return english;
    return completed(bundle, part, english);
  }

  private warnMissingLanguage(): void {
    const primary = primaryLanguage(this.resolved.lang);
    if (!primary || primary === 'en' || this.bundle() || languageWarned.has(primary)) return;
    languageWarned.add(primary);
    warnOnce(`no "${primary}" words are loaded, so English is shown. If door-help ships "${primary}", load door-help.${primary}.js (or import 'door-help/locales/${primary}').`);
  }
}

const incompleteBundles = new WeakSet<LocaleBundle>();

/** Bundle parts completed with English, once per bundle, part and English text. */
const completedParts = new WeakMap<LocaleBundle, Map<string, { english: unknown; text: unknown }>>();

function completed<K extends Exclude<keyof LocaleBundle, 'lang' | 'dir'>>(bundle: LocaleBundle, part: K, english: LocaleBundle[K]): LocaleBundle[K] {
  let parts = completedParts.get(bundle);
  if (!parts) completedParts.set(bundle, (parts = new Map()));
  const cached = parts.get(part);
  if (cached?.english === english) return cached.text as LocaleBundle[K];
  const missing: string[] = [];
  const given = Object.hasOwn(bundle, part) ? bundle[part] : undefined;
  const text = withEnglishFallback(given, english, part, missing);
  if (missing.length && !incompleteBundles.has(bundle)) {
    // One message per language file, naming the first gaps found.
    incompleteBundles.add(bundle);
    warnOnce(`the "${bundle.lang}" text lacks ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} (and possibly more); English is shown there. Load the language file from the same door-help release.`);
  }
  parts.set(part, { english, text });
  return text;
}
