import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import { headingTag } from './heading.js';
import type { ChecklistController } from '../controllers/checklist.controller.js';

/**
 * Section templates more than one element shows, written once: a list of steps to tick, a copy
 * button with its status, and a heading over a plain list (the parts and tools, for instance).
 */

export interface ChecklistItem {
  id: string;
  /** Text, or text with parts a template renders (a number marked not to be translated). */
  title: unknown;
  /** What follows the title: details, words to say, sub-steps. */
  body?: TemplateResult | typeof nothing;
}

/** A heading, "n of m done", and the steps, each with its checkbox; ticks go to the controller. */
export function checklistSection(options: {
  className: string;
  heading: string;
  progress: string;
  items: readonly ChecklistItem[];
  checklist: ChecklistController;
  headingLevel: number;
  /** `id` prefix of each checkbox (unique within the element). */
  idPrefix: string;
  listPart: string;
  itemClass?: string;
  itemPart?: string;
  listClass?: string;
}) {
  const { checklist, idPrefix } = options;
  const heading = headingTag(options.headingLevel, 1);
  return html`<section class=${options.className}>
    <${heading} class="section-heading">${options.heading}</${heading}>
    <p class="progress">${options.progress}</p>
    <ol class="${options.listClass ?? ''} checklist" part=${options.listPart} role="list">
      ${options.items.map((item) => {
        const done = checklist.isDone(item.id);
        return html`<li class="${options.itemClass ?? ''} ${done ? 'done' : ''}" part=${options.itemPart ?? nothing} data-id=${item.id}>
          <div class="check-head">
            <input type="checkbox" id="${idPrefix}-${item.id}" .checked=${live(done)} @change=${(event: Event) => checklist.toggle(item.id, (event.target as HTMLInputElement).checked)} />
            <label for="${idPrefix}-${item.id}">${item.title}</label>
          </div>
          ${item.body ?? nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}

/** A copy button and the words that say how copying went. */
export function copyRow(label: string, status: string, onCopy: () => void) {
  return html`<div class="copy-row">
    <button class="copy" @click=${onCopy}>${label}</button>
    <p class="status">${status}</p>
  </div>`;
}

/** A heading over a plain list. */
export function listSection(className: string, list: { heading: string; items: readonly string[] }, headingLevel: number) {
  const heading = headingTag(headingLevel, 1);
  return html`<section class=${className}>
    <${heading} class="section-heading">${list.heading}</${heading}>
    <ul>${list.items.map((item) => html`<li>${item}</li>`)}</ul>
  </section>`;
}

/**
 * A phone number as the reader reads it: marked not to be translated, so a page translator never
 * rewrites the digits a reader is about to dial.
 */
export function phoneNumber(number: string) {
  return html`<span class="number" translate="no">${number}</span>`;
}
