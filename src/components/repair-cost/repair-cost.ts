import { nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { repairCatalog } from '../../data/repairs.js';
import { costText } from '../../data/en/cost.js';
import { repairWords } from '../../data/en/repair-words.js';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import type { CauseId, RepairId } from '../../data/schemas.js';
import type { Answers, DiagnosisResult } from '../../logic/diagnose.js';
import { costOutlook, formatRange, likelyCauses, moneyFormatter, repairsForCauses, safeLocale, spanOf, type PriceRange } from '../../logic/cost.js';
import { fill } from '../../logic/template.js';
import { textOf, trimmedTextOf } from '../../logic/input.js';
import { DoorHelpElement } from '../../shared/door-help-element.js';
import { doorHelpContext, type DoorHelpSettings } from '../../shared/context.js';
import { headingTag } from '../../shared/heading.js';
import { PriceListController } from '../../shared/price-list.js';
import { DoorConfigErrorEvent } from '../../shared/events.js';
import { warnOnce } from '../../shared/warn.js';
import { repairCostStyles } from './repair-cost.styles.js';

const BUNDLED_CURRENCY = repairCatalog.currency;

interface Row {
  id: RepairId;
  range: PriceRange;
  currency: string;
  fromDealer: boolean;
  note: string | undefined;
}

type DiagnosisSource = { result: DiagnosisResult; answers: Answers };

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
 * @fires door-config-error - A price list, `cause` or `for` was refused. Detail: `{ field, message }`.
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

  @consume({ context: doorHelpContext, subscribe: true })
  @state()
  private settings?: DoorHelpSettings;

  @state() private followed: DiagnosisSource | undefined;

  private readonly priceList = new PriceListController(this);
  private target: Element | null = null;
  private readonly onTargetChange = () => this.readTarget();

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.priceList.sync(this.prices, this.pricesSrc);
    if (changed.has('htmlFor') && this.hasUpdated) this.follow();
    if (changed.has('cause') && this.cause !== undefined && this.cause !== null && this.cause !== '' && !this.fixedCause()) {
      const message = `expected one of ${diagnosisModel.causes.map((c) => c.id).join(', ')}`;
      warnOnce(`<repair-cost> cause="${String(textOf(this.cause) ?? typeof this.cause).slice(0, 40)}": ${message}.`);
      this.dispatchEvent(new DoorConfigErrorEvent({ field: 'cause', message }));
    }
  }

  /** The cost words of the language shown. */
  /** Cause names and the parts list, shared by the diagnosis and the cost ranges. */
  private get repairWords() {
    return this.i18n.text('repair', repairWords);
  }

  private get text() {
    return this.i18n.text('cost', costText);
  }

  /** The causes whose repairs are highlighted, most likely first. */
  get highlightedCauses(): CauseId[] {
    const fixed = this.fixedCause();
    if (fixed) return [fixed];
    const source = this.diagnosisSource();
    return source ? likelyCauses(source.result) : [];
  }

  protected override render() {
    const title = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel, 1);
    const causes = this.highlightedCauses;
    const answers = this.fixedCause() ? {} : (this.diagnosisSource()?.answers ?? {});
    const highlighted = new Set(repairsForCauses(causes, answers));
    const rows = this.rows();
    const outlook = costOutlook(answers);
    const error = this.priceList.error ?? (this.priceList.prices ? undefined : this.settings?.pricesError);
    return html`
      <${title} class="title">${this.text.heading}</${title}>
      <p>${this.text.intro}</p>
      ${error
        ? html`<p class="author-notice" part="notice" role="note">
            <strong>${this.sharedWords.authorNoticeHeading}:</strong> ${this.text.ui.noticeIntro} <code>${error.field}</code>: ${error.message}.
          </p>`
        : nothing}
      ${highlighted.size ? this.renderExpected(rows.filter((row) => highlighted.has(row.id)), causes) : nothing}
      <ul class="rows">
        ${rows.map((row) => this.renderRow(row, highlighted.has(row.id)))}
      </ul>
      ${this.renderDealer()}
      <section class="factors">
        <${sub} class="section-heading">${this.text.factors.heading}</${sub}>
        <ul>${this.text.factors.items.map((item) => html`<li>${item}</li>`)}</ul>
      </section>
      <section class="takeaway">
        <${sub} class="section-heading">${this.text.takeaway.heading}</${sub}>
        <p class=${outlook === 'lower' ? 'current' : ''} data-outlook="lower">${this.text.takeaway.lower}</p>
        <p class=${outlook === 'higher' ? 'current' : ''} data-outlook="higher">${this.text.takeaway.higher}</p>
      </section>
      <section class="parts">
        <${sub} class="section-heading">${this.repairWords.partsAndTools.heading}</${sub}>
        <ul>${this.repairWords.partsAndTools.items.map((item) => html`<li>${item}</li>`)}</ul>
      </section>
      <p class="estimates-note">${this.text.estimatesNote}</p>
      <p class="disclaimer" part="disclaimer">${this.sharedWords.disclaimer}</p>
    `;
  }

  private renderExpected(rows: Row[], causes: CauseId[]) {
    const byCurrency = new Map<string, PriceRange[]>();
    for (const row of rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row.range]);
    const spans = [...byCurrency].map(([currency, ranges]) => formatRange(spanOf(ranges)!, this.formatter(currency), this.text.ui));
    return html`<div class="expected" part="expected" role="group" aria-labelledby="expected-heading">
      <p id="expected-heading"><strong>${this.text.ui.expectedHeading}</strong></p>
      <p class="expected-range">${spans.join(' · ')}</p>
      <p class="expected-for">${fill(this.text.ui.expectedFor, { causes: causes.map((id) => this.repairWords.causeNames[id]).join('; ') })}</p>
    </div>`;
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
      ${this.priceList.prices || this.settings?.prices
        ? html`<p class="source">${row.fromDealer ? this.text.ui.dealerPrices : this.text.ui.usEstimates}</p>`
        : nothing}
      <p><strong>${this.text.ui.appliesTo}:</strong> ${words.appliesTo}</p>
      ${words.raisedBy ? html`<p><strong>${this.text.ui.raisedBy}:</strong> ${words.raisedBy}</p>` : nothing}
      ${row.note ? html`<p class="dealer-note">${row.note}</p>` : nothing}
    </li>`;
  }

  private renderDealer() {
    const prices = this.activePrices();
    const hasCta = Boolean(prices?.bookingUrl || prices?.phone);
    return html`
      ${prices?.laborRate !== undefined
        ? html`<p class="labor-rate">${fill(this.text.ui.laborRate, { rate: this.formatter(this.dealerCurrency()).format(prices.laborRate) })}</p>`
        : nothing}
      ${prices?.note ? html`<p class="dealer-note">${prices.note}</p>` : nothing}
      <div class="cta" part="cta" ?hidden=${!hasCta}>
        <slot name="cta">
          ${prices?.bookingUrl
            ? html`<a class="primary book" href=${prices.bookingUrl} target="_blank" rel="noopener noreferrer">${this.text.ui.book} <span class="visually-hidden">${this.sharedWords.newTab}</span></a>`
            : nothing}
          ${prices?.phone ? html`<a class="phone" href="tel:${prices.phone.replace(/[^\d+]/g, '')}">${fill(this.text.ui.call, { phone: prices.phone })}</a>` : nothing}
        </slot>
      </div>
    `;
  }

  /** Each repair with the range shown: the dealer's where given, else the bundled US range. */
  private rows(): Row[] {
    const prices = this.activePrices();
    return repairCatalog.repairs.map((repair) => {
      const dealer = prices?.repairs?.[repair.id];
      return dealer
        ? { id: repair.id, range: { min: dealer.min, max: dealer.max ?? null }, currency: this.dealerCurrency(), fromDealer: true, note: dealer.note }
        : { id: repair.id, range: { min: repair.min, max: repair.max }, currency: BUNDLED_CURRENCY, fromDealer: false, note: undefined };
    });
  }

  private activePrices() {
    return this.priceList.prices ?? (this.priceList.error ? undefined : this.settings?.prices);
  }

  private dealerCurrency(): string {
    const given = trimmedTextOf(this.currency) ?? trimmedTextOf(this.settings?.currency);
    return this.activePrices()?.currency ?? given?.toUpperCase() ?? BUNDLED_CURRENCY;
  }

  private formatter(currency: string): Intl.NumberFormat {
    const locale = safeLocale(trimmedTextOf(this.locale) ?? trimmedTextOf(this.settings?.locale) ?? this.i18n.lang);
    try {
      return moneyFormatter(locale, currency);
    } catch {
      return moneyFormatter(locale, BUNDLED_CURRENCY);
    }
  }

  private fixedCause(): CauseId | undefined {
    const wanted = trimmedTextOf(this.cause);
    return diagnosisModel.causes.find((cause) => cause.id === wanted)?.id;
  }

  private diagnosisSource(): DiagnosisSource | undefined {
    return trimmedTextOf(this.htmlFor) ? this.followed : this.settings?.diagnosis;
  }

  /** Follows `<door-diagnosis id=…>` named by `for`, once the page has parsed it. */
  private follow(): void {
    this.unfollow();
    const id = trimmedTextOf(this.htmlFor);
    if (!id || !this.isConnected) return;
    const doc = this.ownerDocument;
    const find = () => {
      if (!this.isConnected || trimmedTextOf(this.htmlFor) !== id) return;
      const root = this.getRootNode() as Document | ShadowRoot;
      const target = root.getElementById?.(id) ?? doc.getElementById(id);
      if (!target) {
        const message = `expected the id of a <door-diagnosis> on this page; none has id "${id.slice(0, 40)}"`;
        warnOnce(`<repair-cost> for="${id.slice(0, 40)}": ${message}.`);
        this.dispatchEvent(new DoorConfigErrorEvent({ field: 'for', message }));
        return;
      }
      this.target = target;
      target.addEventListener('door-result-change', this.onTargetChange);
      target.addEventListener('door-answer-change', this.onTargetChange);
      void customElements.whenDefined('door-diagnosis').then(async () => {
        await (target as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (this.target === target) this.readTarget();
      });
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', find, { once: true });
    else find();
  }

  private unfollow(): void {
    this.target?.removeEventListener('door-result-change', this.onTargetChange);
    this.target?.removeEventListener('door-answer-change', this.onTargetChange);
    this.target = null;
  }

  private readTarget(): void {
    const target = this.target as (Element & { result?: DiagnosisResult; answers?: Answers }) | null;
    if (target?.result && target.answers) this.followed = { result: target.result, answers: target.answers };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'repair-cost': RepairCost;
  }
}
