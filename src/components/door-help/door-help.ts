import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { PriceListController } from '../../shared/controllers/price-list.controller.js';
import { lendPrices } from '../../shared/pairing.js';
import { announceSettingsChange } from '../../shared/controllers/settings.controller.js';
import { MarkupTakeover, RENDERED_WITH } from '../../shared/element/hydration.js';
import { VERSION } from '../../version.js';

/**
 * Shares settings with the door-help elements inside it, field by field: an element's own
 * setting wins, then the nearest wrapper's, then the next one out. Elements read the wrapper
 * themselves (src/shared/controllers/settings.controller.ts), so it works in any define order, nested, and
 * around elements in shadow roots; `<repair-cost>` follows the first `<door-diagnosis>` inside.
 *
 * @tagname door-help
 * @summary A wrapper that gives the door-help elements inside it one region, locale, currency, theme and dealer price list, and lets `<repair-cost>` follow `<door-diagnosis>`.
 *
 * @slot - Any door-help elements, with any other content between them.
 *
 * @fires {DoorConfigErrorEvent} door-config-error - The `prices` or `prices-src` given was refused. Detail: `{ field, message }`.
 */
export class DoorHelp extends LitElement {
  static readonly version = VERSION;
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Region for the emergency number of every element inside (ISO 3166-1 alpha-2; `UK` is read as `GB`). */
  @property({ reflect: true }) region?: string;

  /** Locale for money and numbers, e.g. `en-US`. */
  @property() locale?: string;

  /** Currency of a dealer price list that does not name one (ISO 4217, e.g. `EUR`). */
  @property() currency?: string;

  /** Colour theme of the elements inside that set none: `light`, `dark` or `auto`. */
  @property() theme?: string;

  /** A dealer price list: an object, or JSON in the attribute. See `<repair-cost prices>`. */
  @property({ attribute: 'prices' }) prices?: unknown;

  /** An https (or same-site) URL of a JSON price list, fetched only when given. */
  @property({ attribute: 'prices-src' }) pricesSrc?: string;

  /** The validated price list (or why it was refused), lent to the cost elements inside (src/shared/pairing.ts). */
  private readonly priceList = new PriceListController(this);

  constructor() {
    super();
    lendPrices(this, () => this.priceList);
  }

  /** Pre-rendered markup (a slot), kept until the first update hydrates or replaces it. */
  private readonly takeover = new MarkupTakeover();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.takeover.root(this, this.renderOptions, () => super.createRenderRoot());
  }

  protected override update(changed: PropertyValues<this>): void {
    this.takeover.update(() => super.update(changed), { root: this.renderRoot as ShadowRoot, styles: DoorHelp.elementStyles, options: this.renderOptions, value: () => this.render() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Elements connected before this wrapper was defined, or moved into it, re-read their settings.
    announceSettingsChange(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    announceSettingsChange(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.priceList.sync(this.prices, this.pricesSrc);
  }

  protected override updated(): void {
    this.removeAttribute(RENDERED_WITH);
    announceSettingsChange(this.ownerDocument);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'door-help': DoorHelp;
  }
}
