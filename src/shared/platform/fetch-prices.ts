import { MAX_PRICE_LIST_CHARS } from '../../logic/prices.js';

/** How long a dealer's price list may take before the bundled ranges are kept. */
export const PRICE_FETCH_TIMEOUT_MS = 8000;

/** Resolves `prices-src` against the page, allowing https or the page's own origin only. */
export function priceSourceUrl(src: string, base: string, pageOrigin: string): URL | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.origin === pageOrigin ? url : null;
  } catch {
    return null;
  }
}

/**
 * Fetches a price list's JSON text; throws a message for the site author on any failure. The
 * final URL after redirects must pass the same rule as the one given: an https or same-site link
 * must not end on plain http elsewhere.
 */
export async function fetchPriceText(url: URL, signal: AbortSignal, pageOrigin: string): Promise<string> {
  const timeout = AbortSignal.timeout(PRICE_FETCH_TIMEOUT_MS);
  const response = await fetch(url, {
    signal: AbortSignal.any ? AbortSignal.any([signal, timeout]) : signal,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (response.url && !priceSourceUrl(response.url, url.href, pageOrigin)) {
    throw new Error('the price list was redirected to a link that is neither https nor on this site');
  }
  if (!response.ok) throw new Error(`the price list answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PRICE_LIST_CHARS) throw new Error(`the price list is larger than ${MAX_PRICE_LIST_CHARS} bytes`);
  return readLimited(response, MAX_PRICE_LIST_CHARS);
}

/** Reads a body but stops, and throws, once it passes `limit` bytes: a huge response is never held whole. */
async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the price list is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}
