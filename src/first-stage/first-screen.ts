import type { EmergencyNumber, EmergencyText } from '../data/types.js';
import type { ResolvedRegion } from '../logic/settings.js';
import { MOBILE_NUMBERS, alternateWords, callButtonWords } from '../logic/call-words.js';
import { fill as fillText, fillParts } from '../logic/template.js';
import { regionList, regionName } from '../shared/templates/region-names.js';

/**
 * The emergency steps' first screen as plain DOM, for the first stage of the script tag
 * (./stage.ts): the title, the short answer, the call button with the region's number and every
 * other line, where the number comes from, the words to say, the cautions and the disclaimer,
 * with space kept for the steps. No framework and no HTML from strings (Trusted Types hold).
 *
 * It is the same markup, with the same classes and parts, as the top of the element's first
 * render (door-emergency-steps.ts, .templates.ts and shared/templates/sections.ts), so the element's styles lay
 * it out identically and the element takes it over in place: the call button does not move and
 * does not change number (tests/build/first-stage.test.ts compares the two, in three engines).
 */

/** The words the first screen shows: the steps' own, cut to what is above the fold. */
export interface FirstScreenWords {
  heading: string;
  shortAnswer: EmergencyText['shortAnswer'];
  sayToOperator: string;
  sayNote?: string | undefined;
  doNots: EmergencyText['doNots'];
  waysOut: EmergencyText['waysOut'];
  ui: Pick<
    EmergencyText['ui'],
    | 'callButton'
    | 'callButtonService'
    | 'callLocal'
    | 'numberWords'
    | 'localNumberWords'
    | 'services'
    | 'alternate'
    | 'unknownRegion'
    | 'noRegion'
    | 'regionGuess'
    | 'mobileNumbers'
    | 'mobileCall'
    | 'chooseCountry'
    | 'chooseCountryFirst'
    | 'otherCountry'
    | 'sayHeading'
    | 'copy'
    | 'stepsToggle'
  >;
  disclaimer: string;
}

export interface FirstScreenOptions {
  words: FirstScreenWords;
  line: EmergencyNumber | null;
  region: ResolvedRegion;
  /** The language shown (the frame's `lang`). */
  lang: string;
  headingLevel: number;
  compact: boolean;
  callFirst: boolean;
}

type Child = Node | string;

/**
 * Every class the first screen uses. The build keeps only the element's style rules that can
 * match these (scripts/build/first-stage.mjs); a test checks the painted markup uses no other.
 */
export const FIRST_SCREEN_CLASSES = [
  'frame', 'title', 'short-answer', 'number', 'number-link', 'call', 'call-button', 'alternates', 'alternate', 'call-local',
  'region', 'region-note', 'no-region', 'mobile-numbers', 'region-choice', 'say', 'say-heading', 'say-words', 'say-note',
  'copy-row', 'copy', 'status', 'ways-out-section', 'ways-out', 'section-heading', 'do-nots-section', 'do-nots', 'marker',
  'caution', 'toggle', 'collapsed', 'lower-reserve', 'disclaimer',
] as const;

/** The same value the element's chooser gives "another country". */
const OTHER_COUNTRY = '-';

/** Builds the first screen's nodes in `doc`; the caller puts them in the element's shadow root. */
export function firstScreen(doc: Document, options: FirstScreenOptions): Node[] {
  const { words, line, region, lang, compact, callFirst } = options;
  const ui = words.ui;

  function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  /** A template's words with `{name}` filled by nodes or text (a value may be several), as the element fills them. */
  const fill = (template: string, values: Record<string, Child | Child[]>): Child[] => fillParts(template, values).flat() as Child[];
  const number = (digits: string) => el('span', { class: 'number', translate: 'no' }, digits);
  const level = Math.min(6, Math.max(1, Number.isFinite(options.headingLevel) ? Math.round(options.headingLevel) : 2));
  const heading = (offset: number, attributes: Record<string, string>, text: string) => el(`h${Math.min(6, level + offset)}`, attributes, text);
  const telLink = (className: string, digits: string, label: Child[], extra: Record<string, string> = {}) => el('a', { class: className, ...extra, href: `tel:${digits}` }, el('span', {}, ...label));

  function call(): HTMLElement {
    const parts: Child[] = [];
    if (line) {
      const { template, service } = callButtonWords(line, ui as EmergencyText['ui']);
      parts.push(telLink('call-button', line.number, fill(template, { number: number(line.number), ...(service === undefined ? {} : { service }) }), { part: 'call-button' }));
      if (line.alternates.length) {
        parts.push(
          el(
            'ul',
            { class: 'alternates', role: 'list' },
            ...line.alternates.map((alt) => {
              const { template, service } = alternateWords(alt, ui as EmergencyText['ui']);
              return el('li', {}, telLink('alternate', alt.number, fill(template, { number: number(alt.number), service }), { 'data-number': alt.number }));
            }),
          ),
        );
      }
    } else {
      parts.push(el('p', { class: 'call-local' }, ui.callLocal));
    }
    parts.push(el('div', { class: 'region', part: 'region-note' }, ...regionNote()));
    parts.push(
      el(
        'div',
        { class: 'say', part: 'say' },
        el('p', { class: 'say-heading', id: 'say-heading' }, el('strong', {}, ui.sayHeading)),
        el('blockquote', { class: 'say-words', 'aria-labelledby': 'say-heading' }, words.sayToOperator),
        ...(words.sayNote ? [el('p', { class: 'say-note' }, words.sayNote)] : []),
        el('div', { class: 'copy-row' }, el('button', { class: 'copy' }, ui.copy), el('p', { class: 'status' })),
      ),
    );
    return el('div', { class: 'call', part: 'call' }, ...parts);
  }

  function regionNote(): Child[] {
    const authorSet = region.source === 'element' || region.source === 'wrapper';
    const known = Boolean(line);
    if (authorSet && known) return [];
    const country = region.code ? regionName(region.code, lang) : '';
    const selected = known ? region.code : OTHER_COUNTRY;
    const option = (value: string, text: string) => {
      const node = el('option', { value }, text);
      if (value === selected) node.setAttribute('selected', '');
      return node;
    };
    const chooser = el(
      'label',
      { class: 'region-choice' },
      el('span', {}, known ? fillText(ui.chooseCountry, { country }) : ui.chooseCountryFirst),
      el(
        'select',
        {},
        ...(known ? [] : [option(OTHER_COUNTRY, ui.otherCountry)]),
        ...regionList(lang).map((entry) => option(entry.code, entry.name)),
        ...(known ? [option(OTHER_COUNTRY, ui.otherCountry)] : []),
      ),
    );
    if (!known) {
      return [
        chooser,
        el('p', { class: 'region-note no-region' }, authorSet ? ui.unknownRegion : ui.noRegion),
        el(
          'ul',
          { class: 'alternates mobile-numbers', role: 'list' },
          ...MOBILE_NUMBERS.map((digits) => el('li', {}, telLink('alternate', digits, fill(ui.mobileCall, { number: number(digits) }), { 'data-number': digits }))),
        ),
      ];
    }
    const guessed = region.guess ? [el('p', { class: 'region-note' }, fillText(ui.regionGuess, { country })), el('p', { class: 'region-note' }, ui.mobileNumbers)] : [];
    return [...guessed, ' ', chooser];
  }

  const numberWords: Child[] = line ? fill(ui.numberWords, { number: el('a', { class: 'number-link', href: `tel:${line.number}` }, number(line.number)) }) : [ui.localNumberWords];
  const list = (name: string, items: { heading: string; items: readonly { id: string; text: string }[] }) =>
    el('section', { class: `${name}-section` }, heading(1, { class: 'section-heading' }, items.heading), el('ul', { class: name }, ...items.items.map((item) => el('li', { 'data-id': item.id }, item.text))));

  const content: Child[] = [
    ...(callFirst ? [call()] : []),
    heading(0, { class: 'title' }, words.heading),
    el('p', { class: 'short-answer', part: 'short-answer' }, `${words.shortAnswer.lead} `, ...fill(words.shortAnswer.callIf, { number: numberWords })),
    ...(callFirst ? [] : [call()]),
    ...(compact ? [list('ways-out', words.waysOut)] : []),
    el(
      'section',
      { class: 'do-nots-section' },
      heading(1, { class: 'section-heading' }, words.doNots.heading),
      el(
        'ul',
        { class: 'do-nots', part: 'do-nots', role: 'list' },
        ...words.doNots.items.map((item) => el('li', { 'data-id': item.id }, el('span', { class: 'marker', 'aria-hidden': 'true' }, '✕'), el('span', { class: 'caution' }, item.text))),
      ),
    ),
    ...(compact ? [el('button', { class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'details' }, ui.stepsToggle)] : []),
    // The steps follow with the element; until then their space is kept (folded away when compact).
    el('div', { id: 'details', class: compact ? 'collapsed' : '' }, ...(compact ? [] : [el('div', { class: 'lower-reserve' })])),
    el('p', { class: 'disclaimer', part: 'disclaimer' }, words.disclaimer),
  ];
  return [el('div', { class: 'frame', 'data-door-help-frame': '', lang, dir: 'ltr' }, ...content)];
}
