import { html, nothing } from 'lit';
import type { EmergencyNumber, EmergencyText } from '../../data/schemas.js';
import type { ResolvedRegion } from '../../logic/settings.js';
import { fill } from '../../logic/template.js';
import { regionList, regionName } from '../../shared/region-names.js';

/** The value of the region chooser's "another country" option. */
export const OTHER_COUNTRY = '-';

/** The call button's words: the number, and its service where a country splits its lines. */
export function callButtonText(line: EmergencyNumber, ui: EmergencyText['ui']): string {
  return line.service === 'all'
    ? fill(ui.callButton, { number: line.number })
    : fill(ui.callButtonService, { number: line.number, service: ui.services[line.service] });
}

/** Each other number, as a link of its own, saying which service it reaches. */
export function alternates(line: EmergencyNumber, ui: EmergencyText['ui']) {
  if (!line.alternates.length) return nothing;
  return html`<ul class="alternates" role="list">
    ${line.alternates.map((alt) => {
      const words =
        alt.service === 'all' || alt.service === 'mobile'
          ? fill(ui.alternate[alt.service], { number: alt.number })
          : fill(ui.alternate.service, { number: alt.number, service: ui.services[alt.service] });
      return html`<li><a class="alternate" href="tel:${alt.number}" data-number=${alt.number}>${words}</a></li>`;
    })}
  </ul>`;
}

/**
 * What the reader is told about where the number comes from, and the one-tap way to correct it:
 * nothing for a site author's region; "a guess from your language settings" for an inferred one;
 * the honest local-number words where no number is known.
 */
export function regionNote(region: ResolvedRegion, known: boolean, lang: string, ui: EmergencyText['ui'], onChoose: (event: Event) => void) {
  const authorSet = region.source === 'element' || region.source === 'wrapper';
  if (authorSet && known) return nothing;
  const country = region.code ? regionName(region.code, lang) : '';
  let note: string;
  if (region.guess && known) note = fill(ui.regionGuess, { country });
  else if (authorSet) note = ui.unknownRegion;
  else if (region.source === 'reader' && known) note = '';
  else note = ui.noRegion;
  const label = known ? fill(ui.chooseCountry, { country }) : ui.chooseCountryFirst;
  const selected = known ? region.code : OTHER_COUNTRY;
  return html`${note ? html`<p class="region-note ${known ? '' : 'no-region'}">${note}</p>` : nothing}
    <label class="region-choice">
      <span>${label}</span>
      <select @change=${onChoose}>
        ${known ? nothing : html`<option value=${OTHER_COUNTRY} ?selected=${true}>${ui.otherCountry}</option>`}
        ${regionList(lang).map((entry) => html`<option value=${entry.code} ?selected=${entry.code === selected}>${entry.name}</option>`)}
        ${known ? html`<option value=${OTHER_COUNTRY}>${ui.otherCountry}</option>` : nothing}
      </select>
    </label>`;
}
