import type { EmergencyNumber, EmergencyText } from '../data/types.js';

/**
 * The words around the numbers, one home for the element and the plain snippet (src/plain.ts):
 * the call button's words, each other line's words, the numbers for a reader with no country,
 * and the step words that change outside the US.
 */

type Ui = EmergencyText['ui'];
type Alternate = EmergencyNumber['alternates'][number];

/** The numbers that reach emergency services from a mobile phone in most countries. */
export const MOBILE_NUMBERS = ['112', '911'] as const;

/** The call button's template and values: the number, and its service where a country splits its lines. */
export function callButtonWords(line: EmergencyNumber, ui: Ui): { template: string; service: string | undefined } {
  return line.service === 'all' ? { template: ui.callButton, service: undefined } : { template: ui.callButtonService, service: ui.services[line.service] };
}

/** The service an alternate names, or undefined where it reaches every service (everywhere, from a mobile, in some areas). */
function namedService(alt: Alternate) {
  return alt.service === 'all' || alt.service === 'mobile' || alt.service === 'some-areas' ? undefined : alt.service;
}

/** An alternate line's template and values ("For police: {number}.", "112 also works here."). */
export function alternateWords(alt: Alternate, ui: Ui): { template: string; service: string } {
  const named = namedService(alt);
  return named ? { template: ui.alternate.service, service: ui.services[named] } : { template: ui.alternate[alt.service as 'all' | 'mobile' | 'some-areas'], service: '' };
}

/** A step's detail, in the reader's country's terms (outside the US no US agency is named). */
export function stepDetail(step: EmergencyText['steps']['items'][number], ui: Ui, outsideUS: boolean): string | undefined {
  return step.id === 'recall-check' && outsideUS ? ui.recallElsewhere : step.detail;
}

/** A sub-step's text, in the reader's country's terms (outside the US no US club is named). */
export function substepText(sub: { id: string; text: string }, ui: Ui, outsideUS: boolean): string {
  return sub.id === 'who-to-call' && outsideUS ? ui.roadsideElsewhere : sub.text;
}
