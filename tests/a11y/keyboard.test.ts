import { expect, fixture, html } from '@open-wc/testing';
import { press, typeText } from '../support/engine.js';
import '../../src/define/all.js';
import { replaceProperty } from '../support/helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(matches: (el: Element) => boolean, limit = 250): Promise<Element> {
  for (let i = 0; i < limit; i += 1) {
    await press('Tab');
    const active = deepActive();
    if (active && matches(active)) return active;
  }
  throw new Error('never reached by Tab');
}

async function page(template: ReturnType<typeof html>) {
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`);
  const el = wrapper.querySelector<Lit>('door-emergency-steps, door-diagnosis, repair-cost')!;
  await el.updateComplete;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

describe('keyboard alone', () => {
  it('diagnosis one question at a time: Tab, Space and Enter answer; focus lands on each new question and Tab goes on from there', async () => {
    // Opens from outside (preset): the tick-all-that-fit question comes next.
    const el = await page(html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no', opensOutside: 'yes' }}></door-diagnosis>`);
    const root = el.shadowRoot!;
    const question = () => root.querySelector<HTMLElement>('.guided-question')!.dataset.question;
    expect(question()).to.equal('history');
    await tabTo((node) => node instanceof HTMLInputElement && node.value === 'water');
    await press('Space');
    await el.updateComplete;
    expect((el as unknown as { answers: Record<string, unknown> }).answers.history).to.deep.equal(['water']);
    expect(question(), 'a tick keeps the question').to.equal('history');
    await tabTo((node) => node.classList.contains('next'));
    await press('Enter');
    await el.updateComplete;
    const next = question();
    expect(next).to.not.equal('history');
    expect(deepActive()).to.equal(root.querySelector('.guided-question'));
    // From the new question, Tab reaches its first option, and Enter answers it.
    await press('Tab');
    const option = deepActive() as HTMLButtonElement;
    expect(option.closest('.guided-question')).to.equal(root.querySelector('.guided-question'));
    const chosen = option.dataset.option!;
    await press('Enter');
    await el.updateComplete;
    expect((el as unknown as { answers: Record<string, unknown> }).answers[next!]).to.equal(chosen);
    expect(question()).to.not.equal(next);
  });

  it('emergency steps: tick a step, copy the words, open the recall check, and leave', async () => {
    const written: string[] = [];
    const opened: unknown[] = [];
    const restoreClipboard = replaceProperty(navigator, 'clipboard', { get: () => ({ writeText: async (t: string) => void written.push(t) }) });
    const restoreOpen = replaceProperty(window, 'open', { value: (...args: unknown[]) => (opened.push(args), null), writable: true });
    try {
      const el = await page(html`<door-emergency-steps region="US"></door-emergency-steps>`);
      const copy = await tabTo((a) => a.matches('button.copy'));
      await press('Enter');
      await new Promise((r) => setTimeout(r));
      expect(written).to.have.length(1);
      expect(deepActive() === copy, 'focus').to.equal(true);

      await tabTo((a) => a.id === 'step-lock-reset');
      await press('Space');
      await el.updateComplete;
      expect((el as unknown as { tickedSteps: string[] }).tickedSteps).to.deep.equal(['lock-reset']);

      await tabTo((a) => a.id === 'vin');
      await typeText('1HGCM82633A004352');
      await press('Enter');
      await el.updateComplete;
      expect(opened).to.have.length(1);

      await tabTo((a) => a.id === 'after');
    } finally {
      restoreClipboard();
      restoreOpen();
    }
  });

  it('compact emergency steps: the toggle opens the steps and keeps focus', async () => {
    const el = await page(html`<door-emergency-steps region="US" compact></door-emergency-steps>`);
    const toggle = await tabTo((a) => a.matches('button.toggle'));
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive() === toggle, 'focus').to.equal(true);
    await tabTo((a) => a.id === 'step-make-safe');
  });

  it('diagnosis: answer, change, tick, copy, restart, and leave, without focus jumping', async () => {
    const restoreClipboard = replaceProperty(navigator, 'clipboard', { get: () => ({ writeText: async () => {} }) });
    try {
      const el = await page(html`<door-diagnosis></door-diagnosis>`);
      const state = el as unknown as { answers: Record<string, unknown> };
      // Nothing is chosen on the safety question: Tab lands on its first answer; arrows choose from there.
      await tabTo((a) => a.matches('input[name="trapped"]'));
      expect((deepActive() as HTMLInputElement).value).to.equal('yes');
      expect(state.answers).to.deep.equal({});
      await press('ArrowDown');
      await el.updateComplete;
      expect(state.answers).to.deep.equal({ trapped: 'no' });

      // Nothing chosen: Tab lands on the first answer ("front"); the arrow moves to "rear" and chooses it.
      await tabTo((a) => a.matches('input[name="doorPosition"]'));
      await press('ArrowDown');
      await el.updateComplete;
      expect(state.answers).to.deep.equal({ trapped: 'no', doorPosition: 'rear' });
      expect((deepActive() as HTMLInputElement).value).to.equal('rear');

      await tabTo((a) => a.matches('input[name="history"]'));
      await press('Space');
      await el.updateComplete;
      expect(state.answers).to.deep.equal({ trapped: 'no', doorPosition: 'rear', history: ['trim-work'] });

      const restart = await tabTo((a) => a.matches('button.restart'));
      await press('Enter');
      await el.updateComplete;
      expect(state.answers).to.deep.equal({});
      expect(deepActive() === restart, 'focus').to.equal(true);

      await tabTo((a) => a.id === 'check-outside');
      await press('Space');
      await el.updateComplete;
      expect((deepActive() as HTMLInputElement).checked).to.equal(true);

      await tabTo((a) => a.matches('summary'));
      await press('Enter');
      expect((deepActive()!.parentElement as HTMLDetailsElement).open).to.equal(true);

      await tabTo((a) => a.matches('.summary button.copy'));
      await press('Enter');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.summary .status')!.textContent).to.equal('Summary copied.');

      await tabTo((a) => a.id === 'after');
    } finally {
      restoreClipboard();
    }
  });

  it('repair cost: the dealer’s booking link and phone are reachable, and focus leaves', async () => {
    await page(html`<repair-cost .prices=${{ bookingUrl: 'https://d.example/book', phone: '555 0100' }}></repair-cost>`);
    await tabTo((a) => a.matches('a.book'));
    await tabTo((a) => a.matches('a.phone'));
    await tabTo((a) => a.id === 'after');
  });
});
