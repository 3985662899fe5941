import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import { captureConsole } from '../support/helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Every state of every element that the accessibility tests check, by name. */
export const STATES: Record<string, (theme: string) => TemplateResult> = {
  'emergency steps: default': (theme) => html`<door-emergency-steps region="US" theme=${theme}></door-emergency-steps>`,
  'emergency steps: compact': (theme) => html`<door-emergency-steps region="US" compact theme=${theme}></door-emergency-steps>`,
  'emergency steps: unknown region': (theme) => html`<door-emergency-steps region="ZZ" theme=${theme}></door-emergency-steps>`,
  'diagnosis: default': (theme) => html`<door-diagnosis theme=${theme}></door-diagnosis>`,
  'diagnosis: answered': (theme) =>
    html`<door-diagnosis theme=${theme} .answers=${{ opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', history: ['water'], latches: 'secure' }}></door-diagnosis>`,
  'diagnosis: escalated': (theme) => html`<door-diagnosis theme=${theme} .answers=${{ trapped: 'yes', doorCount: 'several' }}></door-diagnosis>`,
  'diagnosis: one question at a time': (theme) =>
    html`<door-diagnosis mode="guided" theme=${theme} .answers=${{ trapped: 'no', history: ['water'] }}></door-diagnosis>`,
  'diagnosis: one at a time, result with the child lock drawn': (theme) =>
    html`<door-diagnosis mode="guided" theme=${theme} .answers=${{ trapped: 'no', history: ['water'], opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal' }}></door-diagnosis>`,
  'repair cost: default': (theme) => html`<repair-cost theme=${theme}></repair-cost>`,
  'repair cost: highlighted': (theme) => html`<repair-cost theme=${theme} cause="frozen"></repair-cost>`,
  'repair cost: dealer list': (theme) =>
    html`<repair-cost theme=${theme} .prices=${{ laborRate: 120, note: 'Dealer note', bookingUrl: 'https://d.example', phone: '555 0100', repairs: { latch: { min: 1, max: 2 } } }}></repair-cost>`,
  'repair cost: with a notice': (theme) => html`<repair-cost theme=${theme} prices="{broken"></repair-cost>`,
};

export async function renderState(name: string, theme = 'light'): Promise<Lit> {
  const quiet = captureConsole('warn');
  try {
    sessionStorage.clear();
    const el = await fixture<Lit>(STATES[name]!(theme));
    await el.updateComplete;
    for (const inner of el.shadowRoot!.querySelectorAll<Lit>('door-emergency-steps')) await inner.updateComplete;
    return el;
  } finally {
    quiet.restore();
  }
}

/** Everything a reader can tap or focus, through nested shadow roots. */
export function interactive(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node.matches('a[href], button, input, summary, select, textarea')) found.push(node);
    if (node.shadowRoot) found.push(...interactive(node.shadowRoot));
  }
  return found.filter((node) => node.getClientRects().length > 0);
}
