import { nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { repairCatalog } from '../../data/repairs.js';
import { costText } from '../../data/en/cost.js';
import { repairWords } from '../../data/en/repair-words.js';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import type { CauseId, RepairId } from '../../data/types.js';
import type { Answers } from '../../logic/diagnose.js';
import { costOutlook, formatRange, isCurrencyCode, likelyCauses, moneyFormatter, repairsForCauses, safeLocale, spanOf, type MoneyFormat, type PriceRange } from '../../logic/cost.js';
import { CURRENCY_EXPECTED, dialledPhone, shownPhone, type PriceList } from '../../logic/prices.js';
import { outsideUS, type SettingsLayer } from '../../logic/settings.js';
import { fill, fillParts } from '../../logic/template.js';
import { phoneNumber } from '../../shared/templates/sections.js';
import { textOf, trimmedTextOf } from '../../logic/input.js';
import { awaitingHydration } from '../../shared/element/hydration.js';
import { listSection } from '../../shared/templates/sections.js';
import { DoorHelpElement } from '../../shared/element/door-help-element.js';
import { headingTag } from '../../shared/templates/heading.js';
import { PriceListController } from '../../shared/controllers/price-list.controller.js';
import { DoorConfigErrorEvent, type ConfigErrorDetail } from '../../shared/events.js';
import { DiagnosisSourceController } from './diagnosis-source.controller.js';
import { lentPrices } from '../../shared/pairing.js';
import { warnOnce } from '../../shared/platform/warn.js';
import { repairCostStyles } from './repair-cost.styles.js';

const BUNDLED_CURRENCY = repairCatalog.currency;

interface Row {
  id: RepairId;
  range: PriceRange;
  currency: string;
  fromDealer: boolean;
  note: string | undefined;
}

/** What a `<door-help>` wrapper offers: its validated price list. */

/**
 * Typical repair costs for a car door that will not open from inside.
 *
 * @tagname repair-cost
 * @summary Typical repair cost ranges and what moves them, highlighting the range for the likely cause; dealers can give their own prices, a booking link and a phone number.
 *
 * @slot cta - Your own call to action (replaces the booking link and phone number buttons).
 *
 * @csspart expected - The range for the likely cause.
 * @csspart cost-row - One repair with its range.
 * @csspart cta - The dealer's call to action.
 * @csspart notice - The note for the site author when a price list or setting was refused.
 * @csspart disclaimer - The disclaimer, always shown.
 *
 * @fires {DoorConfigErrorEvent} door-config-error - A price list, `cause` or `for` was refused. Detail: `{ field, message }`.
 *
 * @cssprop --repair-cost-highlight - Border and tag colour of the repairs that match the diagnosis.
 */
export class RepairCost extends DoorHelpElement {
  static override styles = [...DoorHelpElement.styles, repairCostStyles];

  /** Locale for money, e.g. `en-US` or `de-DE`. Default: the `<door-help>` wrapper's, else the page's `lang`, else `en-US`. */
  @property() locale?: string;

  /** Currency of a dealer price list that does not name one. The bundled ranges are always US dollars. */
  @property() currency?: string;

  /** Fix the cause by hand (a cause id such as `latch`), instead of following a diagnosis. */
  @property() cause?: string;

  /** Id of a `<door-diagnosis>` on the page to follow. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** A dealer price list: an object, or JSON in the attribute. */
  @property({ attribute: 'prices' }) prices?: unknown;

  /** An https (or same-site) URL of a JSON price list, fetched only when given. */
  @property({ attribute: 'prices-src' }) pricesSrc?: string;

  private readonly priceList = new PriceListController(this);
  private readonly diagnosis = new DiagnosisSourceController(this);
  private refusedCurrency: string | undefined;

  protected override ownSettings(): SettingsLayer {
    return { locale: this.locale, currency: this.currency, theme: this.theme };
  }

  /** A wrapper's price list: when it changes, re-render. (The diagnosis has its own signal.) */
  protected override pageValues(): readonly unknown[] {
    const wrapper = this.wrapperPrices();
    return [wrapper?.prices, wrapper?.error];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.priceList.sync(this.prices, this.pricesSrc);
    // Also before the first update: a framework may set htmlFor after connecting the element.
    if (changed.has('htmlFor') && this.isConnected && !awaitingHydration(this)) this.diagnosis.checkFor(this.hasUpdated);
    if (changed.has('cause') && this.cause !== undefined && this.cause !== null && this.cause !== '' && !this.fixedCause()) {
      const message = `expected one of ${diagnosisModel.causes.map((c) => c.id).join(', ')}`;
      warnOnce(`<repair-cost> cause="${String(textOf(this.cause) ?? typeof this.cause).slice(0, 40)}": ${message}.`);
      this.dispatchEvent(new DoorConfigErrorEvent({ field: 'cause', message }));
    }
    const currency = this.settings.resolved.currency;
    if (currency && this.currencyRefused() && this.refusedCurrency !== currency) {
      this.refusedCurrency = currency;
      const message = `expected ${CURRENCY_EXPECTED}`;
      warnOnce(`<repair-cost> currency="${currency.slice(0, 40)}": ${message}. The dealer's prices are not shown.`);
      this.dispatchEvent(new DoorConfigErrorEvent({ field: 'currency', message }));
    }
  }

  /** Cause names and the parts list, shared by the diagnosis and the cost ranges. */
  private get repairWords() {
    return this.settings.text('repair', repairWords);
  }

  /** The cost words of the language shown. */
  private get text() {
    return this.settings.text('cost', costText);
  }

  /** The causes whose repairs are highlighted, most likely first. */
  get highlightedCauses(): CauseId[] {
    return this.followed().causes;
  }

  /** The causes to price and the answers they rest on: a cause fixed by hand, else the followed diagnosis's (read once per render). */
  private followed(): { causes: CauseId[]; answers: Answers } {
    const fixed = this.fixedCause();
    if (fixed) return { causes: [fixed], answers: {} };
    const source = this.diagnosis.current;
    return source ? { causes: likelyCauses(source.result), answers: source.answers } : { causes: [], answers: {} };
  }

  protected override render() {
    const title = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel, 1);
    const { causes, answers } = this.followed();
    const highlighted = new Set(repairsForCauses(causes, answers));
    const rows = this.rows();
    const outlook = costOutlook(answers);
    const error = this.configError();
    return this.frame(html`
      <${title} class="title">${this.text.heading}</${title}>
      <p>${this.text.intro}</p>
      ${error
        ? html`<p class="author-notice" part="notice" role="note">
            <strong>${this.sharedWords.authorNoticeHeading}:</strong> ${this.text.ui.noticeIntro} <code>${error.field}</code>: ${error.message}.
          </p>`
        : nothing}
      ${highlighted.size ? this.renderExpected(rows.filter((row) => highlighted.has(row.id)), causes) : nothing}
      ${this.renderCta()}
      <ul class="rows">
        ${rows.map((row) => this.renderRow(row, highlighted.has(row.id)))}
      </ul>
      ${this.renderDealerNotes()}
      ${listSection('factors', this.text.factors, this.headingLevel)}
      <section class="takeaway">
        <${sub} class="section-heading">${this.text.takeaway.heading}</${sub}>
        ${(['lower', 'higher'] as const).map(
          (which) => html`<p class=${outlook === which ? 'current' : ''} data-outlook=${which}>
            ${outlook === which ? html`<strong class="fits">${this.text.ui.fitsYourAnswers}</strong> ` : nothing}${this.text.takeaway[which]}
          </p>`,
        )}
      </section>
      ${listSection('parts', this.repairWords.partsAndTools, this.headingLevel)}
      <p class="estimates-note">${this.text.estimatesNote}</p>
      <p class="disclaimer" part="disclaimer">${this.sharedWords.disclaimer}</p>
    `);
  }

  /** The refused setting the notice names: this element's price list, a wrapper's, or the currency. */
  private configError(): ConfigErrorDetail | undefined {
    if (this.priceList.error) return this.priceList.error;
    if (!this.priceList.prices) {
      const wrapperError = this.wrapperPrices()?.error;
      if (wrapperError) return wrapperError;
    }
    if (this.currencyRefused()) return { field: 'currency', message: `expected ${CURRENCY_EXPECTED}` };
    return undefined;
  }

  /** The nearest wrapper's price list (or why it was refused), if a wrapper gave one. */
  private wrapperPrices() {
    for (const wrapper of this.settings.wrappers) {
      const list = lentPrices(wrapper);
      if (list?.prices || list?.error) return list;
    }
    return undefined;
  }

  private currencyRefused(): boolean {
    const currency = this.settings.resolved.currency;
    return Boolean(currency && !isCurrencyCode(currency.toUpperCase()));
  }

  /**
   * One headline for the likely cause, in one currency: the shop's own prices where it gives any
   * for these repairs, else the typical US range, each labelled with where it comes from.
   */
  private renderExpected(rows: Row[], causes: CauseId[]) {
    const fromShop = rows.filter((row) => row.fromDealer);
    const shown = fromShop.length ? fromShop : rows;
    const span = formatRange(spanOf(shown.map((row) => row.range))!, this.formatter(shown[0]!.currency), this.text.ui);
    return html`<div class="expected" part="expected" role="group" aria-labelledby="expected-heading">
      <p id="expected-heading"><strong>${this.text.ui.expectedHeading}</strong></p>
      <p class="expected-range">${span}</p>
      <p class="expected-source">${fromShop.length ? this.text.ui.dealerPrices : this.usLabel()}</p>
      ${fromShop.length && fromShop.length < rows.length ? html`<p class="expected-note">${this.text.ui.partlyPriced}</p>` : nothing}
      <p class="expected-for">${fill(this.text.ui.expectedFor, { causes: causes.map((id) => this.repairWords.causeNames[id]).join('; ') })}</p>
    </div>`;
  }

  /** "Typical US prices", saying "in US dollars" where the reader is known to be elsewhere. */
  private usLabel(): string {
    return outsideUS(this.settings.resolved.region.code) ? this.text.ui.usEstimatesAbroad : this.text.ui.usEstimates;
  }

  private renderRow(row: Row, highlighted: boolean) {
    const words = this.text.repairs[row.id];
    const heading = headingTag(this.headingLevel, 1);
    return html`<li class="row ${highlighted ? 'highlighted' : ''}" part="cost-row" data-repair=${row.id}>
      <div class="row-head">
        <${heading} class="row-name">${words.name}</${heading}>
        <span class="range">${formatRange(row.range, this.formatter(row.currency), this.text.ui)}</span>
      </div>
      ${highlighted ? html`<span class="tag">${this.text.ui.likelyTag}</span>` : nothing}
      ${this.activePrices()
        ? html`<p class="source ${row.fromDealer ? 'from-shop' : ''}">${row.fromDealer ? this.text.ui.dealerPrices : this.usLabel()}</p>`
        : nothing}
      <p><strong>${this.text.ui.appliesTo}:</strong> ${words.appliesTo}</p>
      ${words.raisedBy ? html`<p><strong>${this.text.ui.raisedBy}:</strong> ${words.raisedBy}</p>` : nothing}
      ${row.note ? html`<p class="dealer-note" lang=${this.activePrices()?.lang ?? nothing}>${row.note}</p>` : nothing}
    </li>`;
  }

  /** The dealer's booking link and phone, right under the headline, where a reader decides. */
  private renderCta() {
    const prices = this.activePrices();
    const hasCta = Boolean(prices?.bookingUrl || prices?.phone);
    return html`<div class="cta" part="cta" ?hidden=${!hasCta}>
      <slot name="cta">
        ${prices?.bookingUrl
          ? html`<a class="primary book" href=${prices.bookingUrl} target="_blank" rel="noopener noreferrer">${this.text.ui.book} <span class="visually-hidden">${this.sharedWords.newTab}</span></a>`
          : nothing}
        ${prices?.phone
          ? html`<a class="phone" href="tel:${dialledPhone(prices.phone)}"><span>${fillParts(this.text.ui.call, { phone: phoneNumber(shownPhone(prices.phone)) })}</span></a>`
          : nothing}
      </slot>
    </div>`;
  }

  private renderDealerNotes() {
    const prices = this.activePrices();
    return html`
      ${prices?.laborRate !== undefined
        ? html`<p class="labor-rate">${fill(this.text.ui.laborRate, { rate: this.formatter(this.dealerCurrency()).format(prices.laborRate) })}</p>`
        : nothing}
      ${prices?.note ? html`<p class="dealer-note" lang=${prices.lang ?? nothing}>${prices.note}</p>` : nothing}
    `;
  }

  /** Each repair with the range shown: the dealer's where given, else the bundled US range. */
  private rows(): Row[] {
    const prices = this.activePrices();
    return repairCatalog.repairs.map((repair) => {
      const dealer = prices?.repairs?.[repair.id];
      return dealer
        ? { id: repair.id, range: { min: dealer.min, max: dealer.max ?? null }, currency: this.dealerCurrency(), fromDealer: true, note: dealer.note }
        : { id: repair.id, range: { min: repair.min, max: repair.max, orMore: repair.orMore }, currency: BUNDLED_CURRENCY, fromDealer: false, note: undefined };
    });
  }

  /** The dealer prices in use: this element's, else the nearest wrapper's; none while the currency is refused. */
  private activePrices(): PriceList | undefined {
    if (this.currencyRefused()) return undefined;
    if (this.priceList.error) return undefined;
    return this.priceList.prices ?? this.wrapperPrices()?.prices;
  }

  private dealerCurrency(): string {
    const given = this.settings.resolved.currency?.toUpperCase();
    return this.activePrices()?.currency ?? given ?? BUNDLED_CURRENCY;
  }

  /** The browser's first money formatter costs tens of ms on a slow phone (its locale data): made before the first render. */
  protected override prepareFirstRender(): void {
    try {
      this.formatter(this.dealerCurrency());
    } catch {
      // Only a head start: the render makes what it needs.
    }
  }

  private formatter(currency: string): MoneyFormat {
    return moneyFormatter(safeLocale(this.settings.resolved.locale), currency);
  }

  private fixedCause(): CauseId | undefined {
    const wanted = trimmedTextOf(this.cause);
    return diagnosisModel.causes.find((cause) => cause.id === wanted)?.id;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'repair-cost': RepairCost;
  }
}
