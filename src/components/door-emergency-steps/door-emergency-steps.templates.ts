import { nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { html } from 'lit/static-html.js';
import { headingTag } from '../../shared/templates/heading.js';
import type { EmergencyNumber, EmergencyText, RecallLookupTable } from '../../data/types.js';
import type { ResolvedRegion } from '../../logic/settings.js';
import { fill, fillParts } from '../../logic/template.js';
import { regionList, regionName } from '../../shared/templates/region-names.js';
import { phoneNumber } from '../../shared/templates/sections.js';
import { MOBILE_NUMBERS, alternateWords, callButtonWords } from '../../logic/call-words.js';

/** The value of the region chooser's "another country" option. */
export const OTHER_COUNTRY = '-';

/** The call button's words: the number, and its service where a country splits its lines. */
export function callButtonText(line: EmergencyNumber, ui: EmergencyText['ui']): string {
  const { template, service } = callButtonWords(line, ui);
  return fill(template, { number: line.number, ...(service === undefined ? {} : { service }) });
}

/**
 * The call button: its words and its `tel:` link are one unit, made anew whenever either changes.
 * A translator that wraps text nodes leaves Lit updating nodes no longer on screen; a new link
 * replaces the wrapped one whole, so what is shown is always what is dialled.
 */
export function callButton(line: EmergencyNumber, ui: EmergencyText['ui'], onCall: () => void) {
  const { template, service } = callButtonWords(line, ui);
  const label = fillParts(template, { number: phoneNumber(line.number), ...(service === undefined ? {} : { service }) });
  return keyed(
    `${line.number}\n${callButtonText(line, ui)}`,
    // One inline box for the words: the link is a flex box, where loose text and a span would each
    // be an item, and the space between the words and the number would be lost.
    html`<a class="call-button" part="call-button" href="tel:${line.number}" @click=${onCall}><span>${label}</span></a>`,
  );
}

/** Each other number, as a link of its own, saying which service it reaches; made anew as the call button is. */
export function alternates(line: EmergencyNumber, ui: EmergencyText['ui']) {
  if (!line.alternates.length) return nothing;
  const words = line.alternates.map((alt) => ({ alt, ...alternateWords(alt, ui) }));
  return keyed(
    words.map(({ alt, template, service }) => fill(template, { number: alt.number, service })).join('\n'),
    html`<ul class="alternates" role="list">
      ${words.map(
        ({ alt, template, service }) =>
          html`<li><a class="alternate" href="tel:${alt.number}" data-number=${alt.number}><span>${fillParts(template, { number: phoneNumber(alt.number), service })}</span></a></li>`,
      )}
    </ul>`,
  );
}

/**
 * What the reader is told about where the number comes from, and the one-tap way to correct it:
 * nothing for a site author's region; for a guess (time zone, language), that it is a guess, with
 * the numbers that work from a mobile phone almost anywhere; with no number to show, the country
 * chooser first and call links for 112 and 911, never one country's number presented as theirs.
 */
export function regionNote(region: ResolvedRegion, known: boolean, lang: string, ui: EmergencyText['ui'], onChoose: (event: Event) => void) {
  const authorSet = region.source === 'element' || region.source === 'wrapper';
  if (authorSet && known) return nothing;
  const country = region.code ? regionName(region.code, lang) : '';
  const label = known ? fill(ui.chooseCountry, { country }) : ui.chooseCountryFirst;
  const selected = known ? region.code : OTHER_COUNTRY;
  const chooser = html`<label class="region-choice">
    <span>${label}</span>
    <select @change=${onChoose}>
      ${known ? nothing : html`<option value=${OTHER_COUNTRY} ?selected=${true}>${ui.otherCountry}</option>`}
      ${regionList(lang).map((entry) => html`<option value=${entry.code} ?selected=${entry.code === selected}>${entry.name}</option>`)}
      ${known ? html`<option value=${OTHER_COUNTRY}>${ui.otherCountry}</option>` : nothing}
    </select>
  </label>`;
  if (!known) {
    return html`${chooser}
      <p class="region-note no-region">${authorSet ? ui.unknownRegion : ui.noRegion}</p>
      ${keyed(
        ui.mobileCall,
        html`<ul class="alternates mobile-numbers" role="list">
          ${MOBILE_NUMBERS.map((number) => html`<li><a class="alternate" href="tel:${number}" data-number=${number}><span>${fillParts(ui.mobileCall, { number: phoneNumber(number) })}</span></a></li>`)}
        </ul>`,
      )}`;
  }
  const guessed = region.guess ? html`<p class="region-note">${fill(ui.regionGuess, { country })}</p><p class="region-note">${ui.mobileNumbers}</p>` : nothing;
  return html`${guessed} ${chooser}`;
}

/** A heading over a list whose items carry their ids. */
export function idList(name: string, list: { heading: string; items: readonly { id: string; text: string }[] }, headingLevel: number) {
  const heading = headingTag(headingLevel, 1);
  return html`<section class="${name}-section">
    <${heading} class="section-heading">${list.heading}</${heading}>
    <ul class=${name}>${list.items.map((item) => html`<li data-id=${item.id}>${item.text}</li>`)}</ul>
  </section>`;
}

/** After a valid VIN: says a tab opened only when one did; the link is always there to open (again). */
export function recallResult(recall: EmergencyText['recall'], lookup: RecallLookupTable[string] | null, url: string | null, opened: boolean, newTab: string) {
  if (!lookup || !url) return html`<p>${recall.elsewhere}</p>`;
  const service = recall.services[lookup.service];
  return html`${opened ? html`<p class="opened">${fill(recall.opened, { service })}</p>` : nothing}
    <p>
      <a class="recall-link" href=${url} target="_blank" rel="noopener noreferrer">
        ${fill(lookup.byVin ? recall.openVin : recall.openSearch, { service })} ${newTab}
      </a>
    </p>
    ${lookup.byVin ? nothing : html`<p class="hint">${recall.searchHint}</p>`}`;
}

/**
 * Opens a link in a new tab and says whether it did. `noopener` would make `open` return null
 * even on success, so the new tab's `opener` is cut by hand instead. A sandboxed frame without
 * `allow-popups`, or a popup blocker, returns null: then the reader gets the link to tap.
 */
export function openInNewTab(url: string): boolean {
  let opened: Window | null = null;
  try {
    opened = globalThis.open?.(url, '_blank') ?? null;
  } catch {
    opened = null;
  }
  if (!opened) return false;
  try {
    opened.opener = null;
  } catch {
    // Cross-origin by now: it already cannot reach us.
  }
  return true;
}

