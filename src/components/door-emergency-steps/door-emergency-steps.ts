import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { doorHelpContext, type DoorHelpSettings } from '../../shared/context.js';
import { live } from 'lit/directives/live.js';
import { emergencyText } from '../../data/en/emergency.js';
import { nhtsaRecallRegions, nhtsaRecallUrl } from '../../data/emergency-numbers.js';
import { emergencyLineFor, resolveRegion, type ResolvedRegion } from '../../logic/region.js';
import { checkVin, type VinCheck } from '../../logic/vin.js';
import { fill } from '../../logic/template.js';
import { DoorHelpElement } from '../../shared/door-help-element.js';
import { headingTag } from '../../shared/heading.js';
import { navigatorLanguage } from '../../shared/dom.js';
import { CopyController } from '../../shared/copy.js';
import { warnOnce } from '../../shared/warn.js';
import { DoorCallEvent, DoorRecallOpenEvent } from '../../shared/events.js';
import { ChecklistController } from '../../shared/checklist.js';
import { emergencyStepsStyles } from './door-emergency-steps.styles.js';

/**
 * What to do in the first minutes when a parked car's door opens from outside but not from inside.
 *
 * @tagname door-emergency-steps
 * @summary Emergency first steps with a call button for the reader's region, what to say, what can wait, and a recall check by VIN.
 *
 * @csspart short-answer - The short answer at the top.
 * @csspart call - The box holding the call button and the words to say.
 * @csspart call-button - The `tel:` link to the region's emergency number.
 * @csspart say - The words to say to the operator.
 * @csspart do-nots - The list of things not to do.
 * @csspart steps - The numbered list of steps.
 * @csspart step - One step.
 * @csspart recall - The recall check by VIN.
 * @csspart disclaimer - The disclaimer, always shown.
 *
 * @fires door-call - The call button was pressed. Detail: `{ number, region }`.
 * @fires door-step-toggle - A step was ticked or unticked. Detail: `{ list: 'emergency', stepId, done, doneCount, total }`.
 * @fires door-recall-open - A valid VIN was submitted to the recall check. Detail: `{ vin, region, url }`.
 *
 * @cssprop --door-emergency-steps-call-background - Call button background (default: the danger token).
 * @cssprop --door-emergency-steps-call-color - Call button text colour.
 * @cssprop --door-emergency-steps-call-min-height - Call button height; never below 44px.
 */
export class DoorEmergencySteps extends DoorHelpElement {
  static override styles = [...DoorHelpElement.styles, emergencyStepsStyles];

  /** ISO 3166-1 alpha-2 region for the emergency number, e.g. `GB`. Default: from `lang`, then the browser, then `US`. */
  @property({ reflect: true }) region?: string;

  /** Narrow layout for sidebars: short answer and call button, with the steps behind a toggle. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Session storage key for ticked steps; give two instances different keys to keep separate ticks. */
  @property({ attribute: 'storage-key' }) storageKey = 'door-help:emergency-steps';

  @consume({ context: doorHelpContext, subscribe: true })
  @state()
  private settings?: DoorHelpSettings;

  @state() private expanded = false;
  @state() private recallCheck?: VinCheck;
  @state() private recallUrl: string | null = null;
  @state() private browserLanguage: string | null = null;

  private resolved: ResolvedRegion = { region: 'US', source: 'default', raw: '' };
  private readonly copier = new CopyController(this);
  private readonly checklist = new ChecklistController(
    this,
    'emergency',
    emergencyText.steps.items.map((step) => step.id), // ids are the same in every language
    () => this.storageKey,
    'door-help:emergency-steps',
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.browserLanguage = navigatorLanguage();
  }

  protected override willUpdate(): void {
    // Every update: cheap, and an input (the page's `lang`) changes outside Lit's properties.
    const own = this.region as unknown;
    const fromContext = (own === undefined || own === null || own === '') && this.settings?.region;
    this.resolved = resolveRegion({
      explicit: fromContext ? this.settings?.region : own,
      explicitSource: fromContext ? 'context' : 'attribute',
      lang: this.i18n.lang,
      navigatorLanguage: this.browserLanguage,
    });
    if (!emergencyLineFor(this.resolved.region)) {
      warnOnce(
        `no emergency number is known for region "${this.resolved.raw}" (from ${this.resolved.source}); showing "call your local emergency number" without a call link. Use an ISO 3166-1 alpha-2 code such as US or GB.`,
      );
    }
  }


  /** The first-minutes words in the language shown. */
  private get text() {
    return this.i18n.text('emergency', emergencyText);
  }

  /** The ids of the steps ticked off, in step order. */
  get tickedSteps(): string[] {
    return this.checklist.done;
  }

  protected override render() {
    const text = this.text;
    const line = emergencyLineFor(this.resolved.region);
    const numberWords = line ? line.number : text.ui.localNumberWords;
    const title = headingTag(this.headingLevel);
    const collapsedClass = this.compact && !this.expanded ? 'collapsed' : '';

    return html`
      <${title} class="title">${text.heading}</${title}>
      <p class="short-answer" part="short-answer">
        ${text.shortAnswer.lead} ${fill(text.shortAnswer.callIf, { number: numberWords })}
      </p>
      ${this.renderCall(line)}
      ${this.compact
        ? html`<button
            class="toggle"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="details"
            @click=${() => (this.expanded = !this.expanded)}
          >
            ${this.expanded ? text.ui.hideSteps : text.ui.showSteps}
          </button>`
        : nothing}
      <div id="details" class=${collapsedClass}>
        ${this.renderDoNots()} ${this.renderSteps(numberWords)} ${this.renderList('can-wait', text.canWait)}
        <section class="reassurance">
          <${headingTag(this.headingLevel, 1)} class="section-heading">${text.reassurance.heading}</${headingTag(this.headingLevel, 1)}>
          <p>${text.reassurance.text}</p>
        </section>
        ${this.renderRecall()}
        <p class="scope-note">${text.scopeNote}</p>
      </div>
      <p class="disclaimer" part="disclaimer">${this.sharedWords.disclaimer}</p>
    `;
  }

  private renderCall(line: ReturnType<typeof emergencyLineFor>) {
    const ui = this.text.ui;
    return html`
      <div class="call" part="call">
        ${line
          ? html`<a class="call-button" part="call-button" href="tel:${line.number}" @click=${this.onCall}>
                ${fill(ui.callButton, { number: line.number })}
              </a>
              ${line.alternates.map((alt) => html`<p class="alternate">${fill(ui.alternate[alt.service], { number: alt.number })}</p>`)}`
          : html`<p class="call-local">${ui.callLocal}</p>
              <p class="unknown-region">${ui.unknownRegion}</p>`}
        <div class="say" part="say">
          <p class="say-heading" id="say-heading"><strong>${ui.sayHeading}</strong></p>
          <blockquote class="say-words" aria-labelledby="say-heading">${this.text.sayToOperator}</blockquote>
          <div class="copy-row">
            <button class="copy" @click=${this.onCopy}>${ui.copy}</button>
            <p class="status" role="status">${this.copier.message(ui)}</p>
          </div>
        </div>
      </div>
    `;
  }

  private renderDoNots() {
    const { doNots } = this.text;
    const heading = headingTag(this.headingLevel, 1);
    return html`<section class="do-nots-section">
      <${heading} class="section-heading">${doNots.heading}</${heading}>
      <ul class="do-nots" part="do-nots">
        ${doNots.items.map((item) => html`<li data-id=${item.id}>${item.text}</li>`)}
      </ul>
    </section>`;
  }

  private renderSteps(numberWords: string) {
    const { steps, ui } = this.text;
    const heading = headingTag(this.headingLevel, 1);
    return html`<section class="steps-section">
      <${heading} class="section-heading">${steps.heading}</${heading}>
      <p class="progress">${fill(ui.progress, { done: this.checklist.doneCount, total: steps.items.length })}</p>
      <ol class="steps checklist" part="steps">
        ${steps.items.map((step) => {
          const done = this.checklist.isDone(step.id);
          return html`<li class="step ${done ? 'done' : ''}" part="step" data-id=${step.id}>
            <div class="check-head">
              <input type="checkbox" id="step-${step.id}" .checked=${live(done)} @change=${(event: Event) => this.checklist.toggle(step.id, (event.target as HTMLInputElement).checked)} />
              <label for="step-${step.id}">${fill(step.title, { number: numberWords })}</label>
            </div>
            ${step.detail ? html`<p class="check-detail">${fill(step.detail, { number: numberWords })}</p>` : nothing}
            ${step.id === 'call-emergency' ? html`<blockquote class="say-words check-detail">${this.text.sayToOperator}</blockquote>` : nothing}
            ${step.substeps.length
              ? html`<ul class="substeps check-detail">${step.substeps.map((sub) => html`<li data-id=${sub.id}>${sub.text}</li>`)}</ul>`
              : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderList(name: string, list: { heading: string; items: readonly { id: string; text: string }[] }) {
    const heading = headingTag(this.headingLevel, 1);
    return html`<section class="${name}-section">
      <${heading} class="section-heading">${list.heading}</${heading}>
      <ul class=${name}>${list.items.map((item) => html`<li data-id=${item.id}>${item.text}</li>`)}</ul>
    </section>`;
  }

  private renderRecall() {
    const { recall } = this.text;
    const heading = headingTag(this.headingLevel, 1);
    const check = this.recallCheck;
    const error = check && !check.ok ? fill(recall.errors[check.error], { count: check.length }) : '';
    const soft = check?.ok && !check.checkDigitMatches ? recall.softCheckDigit : '';
    return html`<section class="recall" part="recall">
      <${heading} class="section-heading">${recall.heading}</${heading}>
      <p>${recall.intro}</p>
      <form novalidate @submit=${this.onRecallSubmit}>
        <label for="vin">${recall.vinLabel}</label>
        <p class="hint" id="vin-hint">${recall.vinHint}</p>
        <input
          id="vin"
          name="vin"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="24"
          aria-describedby="vin-hint vin-message"
          aria-invalid=${error ? 'true' : 'false'}
        />
        <button type="submit" class="primary">${recall.submit}</button>
      </form>
      <div id="vin-message" aria-live="polite">
        ${error ? html`<p class="error">${error}</p>` : nothing} ${soft ? html`<p class="hint">${soft}</p>` : nothing}
        ${check?.ok
          ? this.recallUrl
            ? html`<p>${recall.opened}</p>
                <p><a href=${this.recallUrl} target="_blank" rel="noopener noreferrer">${recall.openLink} ${this.sharedWords.newTab}</a></p>`
            : html`<p>${recall.elsewhere}</p>`
          : nothing}
      </div>
    </section>`;
  }

  private onCall() {
    const line = emergencyLineFor(this.resolved.region);
    if (line) this.dispatchEvent(new DoorCallEvent({ number: line.number, region: this.resolved.region ?? '' }));
  }

  private onCopy() {
    void this.copier.copy(this.text.sayToOperator);
  }

  private onRecallSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('vin') as HTMLInputElement;
    const check = checkVin(input.value);
    this.recallCheck = check;
    if (!check.ok) {
      this.recallUrl = null;
      input.focus();
      return;
    }
    const region = this.resolved.region;
    const url = region && nhtsaRecallRegions.includes(region) ? nhtsaRecallUrl + encodeURIComponent(check.vin) : null;
    this.recallUrl = url;
    if (url) globalThis.open?.(url, '_blank', 'noopener,noreferrer');
    this.dispatchEvent(new DoorRecallOpenEvent({ vin: check.vin, region, url }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'door-emergency-steps': DoorEmergencySteps;
  }
}
