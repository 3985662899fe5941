import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { doorHelpContext, type DoorHelpSettings } from '../../shared/context.js';
import { PriceListController } from '../../shared/price-list.js';
import type { Answers, DiagnosisResult } from '../../logic/diagnose.js';
import { VERSION } from '../../version.js';

/**
 * Shares settings and the current diagnosis with the door-help elements inside it.
 *
 * @tagname door-help
 * @summary A wrapper that gives the door-help elements inside it one region, locale, currency and dealer price list, and lets `<repair-cost>` follow `<door-diagnosis>`.
 *
 * @slot - Any door-help elements, with any other content between them.
 *
 * @fires door-config-error - The `prices` or `prices-src` given was refused. Detail: `{ field, message }`.
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

  /** Region for the emergency number of every element inside (ISO 3166-1 alpha-2). */
  @property({ reflect: true }) region?: string;

  /** Locale for money and numbers, e.g. `en-US`. */
  @property() locale?: string;

  /** Currency of a dealer price list that does not name one. */
  @property() currency?: string;

  /** A dealer price list: an object, or JSON in the attribute. See `<repair-cost prices>`. */
  @property({ attribute: 'prices' }) prices?: unknown;

  /** An https (or same-site) URL of a JSON price list, fetched only when given. */
  @property({ attribute: 'prices-src' }) pricesSrc?: string;

  @state() private diagnosis: DoorHelpSettings['diagnosis'];

  private readonly priceList = new PriceListController(this);
  private readonly provider = new ContextProvider(this, { context: doorHelpContext, initialValue: this.settings() });

  protected override willUpdate(): void {
    this.priceList.sync(this.prices, this.pricesSrc);
    this.provider.setValue(this.settings());
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private settings(): DoorHelpSettings {
    return {
      region: this.region,
      locale: this.locale,
      currency: this.currency,
      prices: this.priceList?.prices,
      pricesError: this.priceList?.error,
      diagnosis: this.diagnosis,
      publishDiagnosis: (result: DiagnosisResult, answers: Answers) => {
        this.diagnosis = { result, answers };
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'door-help': DoorHelp;
  }
}
