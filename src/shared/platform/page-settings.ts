import type { PageSettings } from '../../logic/settings.js';
import { browserLanguages, deviceTimeZone, enclosingWrappers, nearestLang, readSetting } from './dom.js';
import { READER_REGION_KEY, readState } from './session-state.js';

/** One read of the page or the platform; what throws counts as not given. */
export function readOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * The page's part of an element's settings chain (src/logic/settings.ts), read from the DOM and
 * the browser: the element and the script tag's first stage read it here, so both resolve the
 * same region. Each source on its own: a page or a privacy tool that breaks one (a throwing
 * `navigator.languages`, storage, a wrapper's getter) loses that source, never the chain.
 */
export function readPageSettings(host: Element): { wrappers: Element[]; page: PageSettings } {
  const wrappers = readOr(() => enclosingWrappers(host), []);
  const setting = (wrapper: Element, name: string) => readOr(() => readSetting(wrapper, name), undefined);
  return {
    wrappers,
    page: {
      wrappers: wrappers.map((wrapper) => ({ region: setting(wrapper, 'region'), locale: setting(wrapper, 'locale'), currency: setting(wrapper, 'currency'), theme: setting(wrapper, 'theme') })),
      lang: readOr(() => nearestLang(host), null),
      browserLanguages: readOr(browserLanguages, []),
      // Read only when the chain gets that far (see SettingsChain.timeZone).
      timeZone: () => readOr(deviceTimeZone, undefined),
      readerRegion: readOr(() => readState('region', READER_REGION_KEY) ?? null, null),
    },
  };
}
