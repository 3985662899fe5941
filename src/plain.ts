// door-help/plain (also in door-help/ssr, and `npx door-help render door-emergency-steps --plain`):
// the emergency steps as plain HTML for hosts that keep no script, no custom element and no
// declarative shadow DOM (a help centre that inserts articles with innerHTML, DOMPurify's
// defaults, a CMS editor). Headings, paragraphs, lists, links and `lang`; no style attribute, no
// class the host must style, no script: what survives a sanitizer is the whole of it.
import { recallLookups } from './data/emergency-numbers.js';
import type { EmergencyNumber, EmergencyText } from './data/types.js';
import { MOBILE_NUMBERS, alternateWords, callButtonWords, stepDetail, substepText } from './logic/call-words.js';
import { escapeAttribute, escapeText } from './logic/escape.js';
import { outsideUS, resolveSettings } from './logic/settings.js';
import { shippedBundle } from './languages.js';

export interface PlainOptions {
  /** ISO 3166-1 alpha-2 region for the emergency number, e.g. `GB`. Without a known one: the numbers that work from a mobile phone in most countries. */
  region?: string | undefined;
  /** Language: any shipped one (src/languages.ts), e.g. `es` or `es-MX`; English otherwise. */
  lang?: string | undefined;
  /** Heading level of the title (2–5); the sections are one below. */
  headingLevel?: number | undefined;
}


/** A `tel:` link: the number shown is the number dialled. */
const telLink = (number: string, words: string = number) => `<a href="tel:${escapeAttribute(number)}">${words}</a>`;

/** A template's text with each `{name}` filled by ready-made HTML; the template's own words escaped. */
function fillHtml(template: string, values: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? values[name]! : escapeText(part);
    })
    .join('');
}

function callSection(line: EmergencyNumber | null, ui: EmergencyText['ui'], noRegionWords: string): string {
  if (!line) {
    return [
      `<p><strong>${escapeText(ui.callLocal)}</strong></p>`,
      `<p>${escapeText(noRegionWords)}</p>`,
      `<ul>${MOBILE_NUMBERS.map((number) => `<li>${telLink(number, fillHtml(ui.mobileCall, { number: escapeText(number) }))}</li>`).join('')}</ul>`,
    ].join('\n');
  }
  const { template, service } = callButtonWords(line, ui);
  const button = `<p><strong>${telLink(line.number, fillHtml(template, { number: escapeText(line.number), ...(service === undefined ? {} : { service: escapeText(service) }) }))}</strong></p>`;
  const others = line.alternates.length
    ? `\n<ul>${line.alternates
        .map((alt) => {
          const words = alternateWords(alt, ui);
          return `<li>${telLink(alt.number, fillHtml(words.template, { number: escapeText(alt.number), service: escapeText(words.service) }))}</li>`;
        })
        .join('')}</ul>`
    : '';
  return button + others;
}

/**
 * `<door-emergency-steps>` as plain HTML: the short answer, the call link for the region (every
 * other line beside it), the words to say, the cautions, the steps and the disclaimer. Every
 * text escaped; the only links are `tel:` and the official recall search.
 */
export function renderPlainSteps(options: PlainOptions = {}): string {
  const bundle = shippedBundle(options.lang);
  const text = bundle.emergency;
  const ui = text.ui;
  const settings = resolveSettings({ own: { region: options.region } });
  const { line } = settings;
  const code = settings.region.code;
  const outside = outsideUS(code);
  const level = Math.min(5, Math.max(2, Math.trunc(Number(options.headingLevel) || 2)));
  const [h, sub] = [`h${level}`, `h${level + 1}`];
  const number = line ? telLink(line.number, escapeText(line.number)) : escapeText(ui.localNumberWords);
  const numberWords = line ? fillHtml(ui.numberWords, { number }) : number;
  const lookup = code && Object.hasOwn(recallLookups, code) ? recallLookups[code]! : null;
  const recall = lookup
    ? `<p>${httpsLink(lookup.url.replace(/[?&]vin=$/, ''), fillHtml(text.recall.openSearch, { service: escapeText(text.recall.services[lookup.service] ?? lookup.service) }))}</p>`
    : `<p>${escapeText(text.recall.elsewhere)}</p>`;
  const steps = text.steps.items
    .map((step) => {
      const detail = stepDetail(step, ui, outside);
      return [
        `<li><strong>${fillHtml(step.title, { number: numberWords })}</strong>`,
        detail ? `<p>${fillHtml(detail, { number: numberWords })}</p>` : '',
        step.id === 'call-emergency' ? `<blockquote><p>${escapeText(text.sayToOperator)}</p></blockquote>` : '',
        step.substeps.length ? `<ul>${step.substeps.map((s) => `<li>${escapeText(substepText(s, ui, outside))}</li>`).join('')}</ul>` : '',
        step.id === 'recall-check' ? recall : '',
        '</li>',
      ].join('');
    })
    .join('\n');
  return [
    `<div lang="${escapeAttribute(bundle.lang)}">`,
    `<${h}>${escapeText(text.heading)}</${h}>`,
    `<p><strong>${escapeText(text.shortAnswer.lead)}</strong> ${fillHtml(text.shortAnswer.callIf, { number: numberWords })}</p>`,
    callSection(line, ui, code ? ui.unknownRegion : ui.noRegion),
    `<p><strong>${escapeText(ui.sayHeading)}</strong></p>`,
    `<blockquote><p>${escapeText(text.sayToOperator)}</p></blockquote>`,
    text.sayNote ? `<p>${escapeText(text.sayNote)}</p>` : '',
    `<${sub}>${escapeText(text.doNots.heading)}</${sub}>`,
    `<ul>${text.doNots.items.map((item) => `<li>${escapeText(item.text)}</li>`).join('')}</ul>`,
    `<${sub}>${escapeText(text.steps.heading)}</${sub}>`,
    `<ol>\n${steps}\n</ol>`,
    `<p><small>${escapeText(bundle.shared.disclaimer)}</small></p>`,
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A link to an official https page, opened by the reader's own tap. */
function httpsLink(url: string, words: string): string {
  return /^https:\/\//.test(url) ? `<a href="${escapeAttribute(url)}">${words}</a>` : words;
}
