import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parsePriceList, type PriceList } from '../../logic/prices.js';
import { DoorConfigErrorEvent, type ConfigErrorDetail } from '../events.js';
import { fetchPriceText, priceSourceUrl } from '../platform/fetch-prices.js';
import { warnOnce } from '../platform/warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Whether an inline price list was given (it wins over `prices-src`). */
const given = (input: unknown) => input !== undefined && input !== null && input !== '';

/**
 * A site's price list from a property, a JSON attribute or a `prices-src` URL. Invalid input never
 * throws: the list is refused, the bundled ranges stay, one console warning and a
 * `door-config-error` event name the field. `prices-src` is fetched only when given.
 */
export class PriceListController implements ReactiveController {
  prices: PriceList | undefined;
  error: ConfigErrorDetail | undefined;
  private fetching: AbortController | undefined;
  private lastInput: unknown;
  private lastSrc: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // First connection, or a re-connected element whose fetch was cut off.
    if (this.lastSrc && !this.prices && !this.error && !this.fetching && !given(this.lastInput)) this.load(this.lastSrc);
  }

  hostDisconnected(): void {
    this.fetching?.abort();
    this.fetching = undefined;
  }

  /** Call from the host's willUpdate with the current `prices` and `prices-src` values. */
  sync(input: unknown, src: string | undefined): void {
    if (input === this.lastInput && src === this.lastSrc) return;
    this.lastInput = input;
    this.lastSrc = src;
    this.fetching?.abort();
    this.fetching = undefined;
    this.prices = undefined;
    this.error = undefined;
    if (given(input)) this.accept(parsePriceList(input));
    // Fetched once connected (hostConnected), so rendering on a server never touches the network.
    else if (src && this.host.isConnected) this.load(src);
  }

  private accept(parsed: ReturnType<typeof parsePriceList>): void {
    if (parsed.ok) {
      this.prices = parsed.prices;
      this.error = undefined;
      this.host.requestUpdate();
    } else {
      this.fail({ field: parsed.field, message: parsed.message }, parsed.received);
    }
  }

  private fail(error: ConfigErrorDetail, received?: string): void {
    this.prices = undefined;
    this.error = error;
    const value = received === undefined ? '' : ` (got ${received})`;
    warnOnce(`<${this.host.localName}> ${error.field}${value}: ${error.message}. The bundled price ranges are shown instead.`);
    this.host.requestUpdate();
    this.host.dispatchEvent(new DoorConfigErrorEvent(error));
  }

  private load(src: string): void {
    const location = globalThis.location;
    const url = priceSourceUrl(src, globalThis.document?.baseURI ?? '', location?.origin ?? '');
    if (!url) {
      this.fail({ field: 'prices-src', message: 'expected an https:// URL or one on this site' });
      return;
    }
    const controller = new AbortController();
    this.fetching = controller;
    fetchPriceText(url, controller.signal, location?.origin ?? '')
      .then((text) => {
        if (this.fetching === controller) this.accept(parsePriceList(text));
      })
      .catch((reason: unknown) => {
        if (this.fetching !== controller) return;
        const message = reason instanceof Error && reason.name !== 'AbortError' && reason.name !== 'TimeoutError' ? reason.message : 'the price list did not arrive in time';
        this.fail({ field: 'prices-src', message: `expected a reachable JSON price list (${message})` });
      })
      .finally(() => {
        if (this.fetching === controller) this.fetching = undefined;
      });
  }
}
