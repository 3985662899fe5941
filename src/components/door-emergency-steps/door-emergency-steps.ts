import { nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { emergencyText } from '../../data/en/emergency.js';
import { recallLookups } from '../../data/emergency-numbers.js';
import type { EmergencyNumber } from '../../data/types.js';
import { outsideUS, type SettingsLayer } from '../../logic/settings.js';
import { checkVin, type VinCheck } from '../../logic/vin.js';
import { stepDetail, substepText } from '../../logic/call-words.js';
import { stepsOnlySometimes } from '../../data/step-ids.js';
import { fill, fillParts } from '../../logic/template.js';
import { keyed } from 'lit/directives/keyed.js';
import { DoorHelpElement } from '../../shared/element/door-help-element.js';
import { headingTag } from '../../shared/templates/heading.js';
import { CopyController } from '../../shared/controllers/copy.controller.js';
import { ANNOUNCER_SLOT, AnnouncerController } from '../../shared/controllers/announcer.controller.js';
import { warnOnce } from '../../shared/platform/warn.js';
import { DoorCallEvent, DoorRecallOpenEvent } from '../../shared/events.js';
import { ChecklistController } from '../../shared/controllers/checklist.controller.js';
import { checklistSection, copyRow, phoneNumber } from '../../shared/templates/sections.js';
import { childLockPicture } from '../../shared/templates/pictures.js';
import { pictureStyles } from '../../shared/templates/pictures.styles.js';
import { alternates, callButton, callButtonText, idList, openInNewTab, OTHER_COUNTRY, recallResult, regionNote } from './door-emergency-steps.templates.js';
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
 * @csspart region-note - Where the number comes from when it is a guess or unknown, with the reader's country choice.
 * @csspart say - The words to say to the operator.
 * @csspart do-nots - The list of things not to do.
 * @csspart steps - The numbered list of steps.
 * @csspart step - One step.
 * @csspart recall - The recall check by VIN.
 * @csspart disclaimer - The disclaimer, always shown.
 *
 * @fires {DoorCallEvent} door-call - The call button was pressed. Detail: `{ number, region }`.
 * @fires {DoorStepToggleEvent} door-step-toggle - A step was ticked or unticked. Detail: `{ list: 'emergency', stepId, done, doneCount, total }`.
 * @slot door-help-announcer - Reserved: the element puts its polite live region here, in its own light DOM, so screen readers hear that the words were copied.
 *
 * @fires {DoorRecallOpenEvent} door-recall-open - A valid VIN was submitted to the recall check. Detail: `{ vin, region, url }`.
 *
 * @cssprop --door-emergency-steps-call-background - Call button background (default: the danger token).
 * @cssprop --door-emergency-steps-call-color - Call button text colour.
 * @cssprop --door-emergency-steps-call-min-height - Call button height; never below 44px.
 */
export class DoorEmergencySteps extends DoorHelpElement {
  static override styles = [...DoorHelpElement.styles, emergencyStepsStyles, pictureStyles];

  /**
   * ISO 3166-1 alpha-2 region for the emergency number, e.g. `GB` (`UK` is read as `GB`).
   * Default: a `<door-help region>` around it; else the reader's own choice; else a guess from the
   * device's time zone, then the page's or the browser's language, shown as a guess the reader can
   * correct; else no country's number: the country chooser, and 112 and 911 from a mobile phone.
   */
  @property({ reflect: true }) region?: string;

  /** Narrow layout for sidebars and the emergency view: the short answer, the call button, the two ways out now and the cautions, with the steps behind a toggle. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The call button and the words to say come first, above the title (as in the diagnosis when someone is stuck). */
  @property({ type: Boolean, reflect: true, attribute: 'call-first' }) callFirst = false;

  /** Session storage key for ticked steps. Lists with the same key share their ticks; give a list its own key to keep it apart. */
  @property({ attribute: 'storage-key' }) storageKey = 'door-help:emergency-steps';

  @state() private expanded = false;
  @state() private recallCheck?: VinCheck;
  @state() private recallOpened = false;

  private readonly copier = new CopyController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly checklist = new ChecklistController(
    this,
    'emergency',
    emergencyText.steps.items.map((step) => step.id), // ids are the same in every language
    () => this.storageKey,
    'door-help:emergency-steps',
    stepsOnlySometimes,
  );

  protected override ownSettings(): SettingsLayer {
    return { region: this.region, theme: this.theme };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { region, line } = this.settings.resolved;
    const authorSet = region.source === 'element' || region.source === 'wrapper';
    if (authorSet && !line) {
      const value = region.refused ?? region.code;
      warnOnce(
        `no emergency number is known for region "${value}" (from the ${region.source === 'element' ? "element's" : "<door-help> wrapper's"} region); the reader is told to call the local emergency number and may choose a country. Use an ISO 3166-1 alpha-2 code such as US or GB.`,
      );
    }
  }

  /** The first-minutes words in the language shown. */
  private get text() {
    return this.settings.text('emergency', emergencyText);
  }

  /** The ids of the steps ticked off, in step order. */
  get tickedSteps(): string[] {
    return this.checklist.done;
  }

  protected override render() {
    const text = this.text;
    const { line } = this.settings.resolved;
    // Every sentence that names the number is made anew when the number or language changes (see callButton).
    const numberKey = `${line?.number ?? ''}\n${this.settings.shownLang}`;
    const numberWords = line ? fillParts(text.ui.numberWords, { number: phoneNumber(line.number) }) : text.ui.localNumberWords;
    const title = headingTag(this.headingLevel);
    const collapsedClass = this.compact && !this.expanded ? 'collapsed' : '';

    return this.frame(html`
      ${this.callFirst ? this.renderCall(line) : nothing}
      <${title} class="title">${text.heading}</${title}>
      ${keyed(
        numberKey,
        html`<p class="short-answer" part="short-answer">${text.shortAnswer.lead} ${fillParts(text.shortAnswer.callIf, { number: this.numberLink(line) ?? numberWords })}</p>`,
      )}
      ${this.callFirst ? nothing : this.renderCall(line)}
      ${this.compact ? idList('ways-out', text.waysOut, this.headingLevel) : nothing}
      ${this.renderDoNots()}
      ${this.compact
        ? html`<button class="toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="details" @click=${() => (this.expanded = !this.expanded)}>
            ${text.ui.stepsToggle}
          </button>`
        : nothing}
      <div id="details" class=${collapsedClass}>
        ${keyed(numberKey, this.renderSteps(numberWords, line))}
        ${this.lowerShown
          ? html`${idList('can-wait', text.canWait, this.headingLevel)}
              <section class="reassurance">
                <${headingTag(this.headingLevel, 1)} class="section-heading">${text.reassurance.heading}</${headingTag(this.headingLevel, 1)}>
                <p>${text.reassurance.text}</p>
              </section>
              ${this.renderRecall()}
              <p class="scope-note">${text.scopeNote}</p>`
          : html`<div class="lower-reserve"></div>`}
      </div>
      <slot name=${ANNOUNCER_SLOT}></slot>
      <p class="disclaimer" part="disclaimer">${this.sharedWords.disclaimer}</p>
    `);
  }

  private renderCall(line: EmergencyNumber | null) {
    const ui = this.text.ui;
    return html`
      <div class="call" part="call">
        ${line
          ? html`${callButton(line, ui, this.onCall)} ${alternates(line, ui)}`
          : html`<p class="call-local">${ui.callLocal}</p>`}
        <div class="region" part="region-note">${regionNote(this.settings.resolved.region, Boolean(line), this.settings.shownLang, ui, this.onChooseRegion)}</div>
        <div class="say" part="say">
          <p class="say-heading" id="say-heading"><strong>${ui.sayHeading}</strong></p>
          <blockquote class="say-words" aria-labelledby="say-heading">${this.text.sayToOperator}</blockquote>
          ${this.text.sayNote ? html`<p class="say-note">${this.text.sayNote}</p>` : nothing}
          ${copyRow(ui.copy, this.copier.message(ui), this.onCopy)}
        </div>
      </div>
    `;
  }

  /** Cautions, never folded away: each item begins with its own "Don't", and a real ✕ marks it in every engine. */
  private renderDoNots() {
    const { doNots } = this.text;
    const heading = headingTag(this.headingLevel, 1);
    return html`<section class="do-nots-section">
      <${heading} class="section-heading">${doNots.heading}</${heading}>
      <ul class="do-nots" part="do-nots" role="list">
        ${doNots.items.map((item) => html`<li data-id=${item.id}><span class="marker" aria-hidden="true">✕</span><span class="caution">${item.text}</span></li>`)}
      </ul>
    </section>`;
  }

  /**
   * The number inside a sentence that tells the reader to call, as its own call link: every such
   * sentence can be tapped, not only the button. Null with no number to dial.
   */
  private numberLink(line: EmergencyNumber | null) {
    if (!line) return null;
    return fillParts(this.text.ui.numberWords, { number: html`<a class="number-link" href="tel:${line.number}" @click=${this.onCall}>${phoneNumber(line.number)}</a>` });
  }

  private renderSteps(numberWords: unknown, line: EmergencyNumber | null) {
    const { steps, ui } = this.text;
    return checklistSection({
      className: 'steps-section',
      heading: steps.heading,
      progress: fill(ui.progress, { done: this.checklist.doneCount, total: this.checklist.total }),
      items: steps.items.map((step) => ({
        id: step.id,
        title: fillParts(step.title, { number: numberWords }),
        body: html`${step.detail ? html`<p class="check-detail">${fillParts(stepDetail(step, ui, this.outsideUS)!, { number: numberWords })}</p>` : nothing}
          ${step.id === 'call-emergency' && line
            ? html`<p class="check-detail"><a class="step-call" href="tel:${line.number}" @click=${this.onCall}><span>${callButtonText(line, this.text.ui)}</span></a></p>`
            : nothing}
          ${step.id === 'call-emergency' ? html`<blockquote class="say-words check-detail">${this.text.sayToOperator}</blockquote>` : nothing}
          ${step.substeps.length
            ? html`<ul class="substeps check-detail">${step.substeps.map((sub) => html`<li data-id=${sub.id}>${substepText(sub, ui, this.outsideUS)}</li>`)}</ul>`
            : nothing}
          ${step.id === 'child-lock' ? html`<div class="check-detail">${childLockPicture(this.sharedWords.childLockPicture)}</div>` : nothing}`,
      })),
      checklist: this.checklist,
      headingLevel: this.headingLevel,
      idPrefix: 'step',
      listPart: 'steps',
      listClass: 'steps',
      itemClass: 'step',
      itemPart: 'step',
    });
  }

  /** The region is known and is not the US or a US territory: no AAA in the steps. */
  private get outsideUS(): boolean {
    return outsideUS(this.settings.resolved.region.code);
  }

  /** Where this region's official recall search is, or null. */
  private recallLookup() {
    const code = this.settings.resolved.region.code;
    return code && Object.hasOwn(recallLookups, code) ? recallLookups[code]! : null;
  }

  private recallUrl(vin: string): string | null {
    const lookup = this.recallLookup();
    return lookup ? (lookup.byVin ? lookup.url + encodeURIComponent(vin) : lookup.url) : null;
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
      <!-- No <form>: a sandboxed frame without allow-forms never fires submit, so the button and Enter check it directly. -->
      <div class="recall-form">
        <label for="vin">${recall.vinLabel}</label>
        <p class="hint" id="vin-hint">${recall.vinHint}</p>
        <input
          id="vin"
          name="vin"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="24"
          enterkeyhint="go"
          aria-describedby="vin-hint vin-message"
          aria-invalid=${error ? 'true' : 'false'}
          @keydown=${this.onVinKeydown}
        />
        <button type="button" class="primary check-recalls" @click=${this.checkRecalls}>
          ${recall.submit}${this.recallLookup() ? html` <span class="new-tab">${this.sharedWords.newTab}</span>` : nothing}
        </button>
      </div>
      <div id="vin-message" aria-live="polite">
        ${error ? html`<p class="error">${error}</p>` : nothing} ${soft ? html`<p class="hint">${soft}</p>` : nothing}
        ${check?.ok ? recallResult(recall, this.recallLookup(), this.recallUrl(check.vin), this.recallOpened, this.sharedWords.newTab) : nothing}
      </div>
    </section>`;
  }

  private onCall() {
    const { line, region } = this.settings.resolved;
    if (line) this.dispatchEvent(new DoorCallEvent({ number: line.number, region: region.code ?? '' }));
  }

  private async onCopy() {
    await this.copier.copy(this.text.sayToOperator);
    // Said through the light-DOM live region (a status inside a shadow root is missed by some readers), every time.
    this.announcer.announce(this.copier.message(this.text.ui), { repeat: true });
  }

  /** The reader's own country, kept for the session and shared by every element on the page. */
  private readonly onChooseRegion = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.settings.chooseRegion(value === OTHER_COUNTRY ? '' : value);
  };

  private readonly onVinKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.checkRecalls();
    }
  };

  /** Checks the VIN typed, then opens (or links) the region's official recall search. */
  private readonly checkRecalls = () => {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#vin')!;
    const check = checkVin(input.value);
    this.recallCheck = check;
    this.recallOpened = false;
    if (!check.ok) {
      input.focus();
      return;
    }
    const url = this.recallUrl(check.vin);
    if (url) this.recallOpened = openInNewTab(url);
    this.dispatchEvent(new DoorRecallOpenEvent({ vin: check.vin, region: this.settings.resolved.region.code, url }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'door-emergency-steps': DoorEmergencySteps;
  }
}
