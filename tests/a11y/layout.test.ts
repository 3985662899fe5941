import { expect } from '@open-wc/testing';
import { interactive, renderState } from './states.js';
import { loadFrame, removeFrames, renderedIn } from '../support/frames.js';

/** Each state as a page of its own: a frame of a given width is a real viewport of that width in every engine. */
const PAGES: Record<string, string> = {
  'emergency steps: default': '<door-emergency-steps region="US"></door-emergency-steps>',
  'emergency steps: compact': '<door-emergency-steps region="US" compact></door-emergency-steps>',
  'emergency steps: unknown region': '<door-emergency-steps region="ZZ"></door-emergency-steps>',
  'emergency steps: guessed region': '<door-emergency-steps lang="en-GB"></door-emergency-steps>',
  'diagnosis: default': '<door-diagnosis></door-diagnosis>',
  'diagnosis: answered': `<door-diagnosis></door-diagnosis><script>document.querySelector('door-diagnosis').answers = { opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', history: ['water'], latches: 'secure' };</script>`,
  'diagnosis: escalated': `<door-diagnosis></door-diagnosis><script>document.querySelector('door-diagnosis').answers = { trapped: 'yes', doorCount: 'several' };</script>`,
  'repair cost: default': '<repair-cost></repair-cost>',
  'repair cost: highlighted': '<repair-cost cause="frozen"></repair-cost>',
  'repair cost: dealer list': `<repair-cost prices='{"laborRate":120,"note":"Dealer note","bookingUrl":"https://d.example","phone":"555 0100","repairs":{"latch":{"min":1,"max":2}}}'></repair-cost>`,
  'repair cost: with a notice': '<repair-cost prices="{broken"></repair-cost>',
};

async function pageAt(name: string, width: number) {
  const frame = await loadFrame(`<!doctype html><html lang="en-US"><head><script src="/dist/door-help.js"></script></head><body style="margin:0">${PAGES[name]}</body></html>`, { width });
  const [el] = await renderedIn(frame, 'door-emergency-steps, door-diagnosis, repair-cost');
  for (const inner of el!.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('door-emergency-steps')) await inner.updateComplete;
  return { frame, el: el! };
}

describe('targets, reflow and focus (each state in a frame of the width tested, in every engine)', () => {
  afterEach(removeFrames);

  for (const name of Object.keys(PAGES)) {
    it(`${name}: at 320 px nothing is cut off or scrolls sideways, and every target is at least 24×24`, async () => {
      const { frame, el } = await pageAt(name, 320);
      expect(frame.contentDocument!.documentElement.scrollWidth, 'page').to.be.at.most(320);
      const box = el.getBoundingClientRect();
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        const rect = node.getBoundingClientRect();
        if (rect.width === 0) continue;
        expect(rect.right, `${node.localName}.${node.className} sticks out`).to.be.at.most(box.right + 0.5);
      }
      for (const target of interactive(el.shadowRoot!)) {
        const rect = target.getBoundingClientRect();
        const label = `${target.localName}.${target.className} ${target.textContent?.trim().slice(0, 30)}`;
        expect(rect.width, `${label} width`).to.be.at.least(24);
        expect(rect.height, `${label} height`).to.be.at.least(24);
      }
    });
  }

  it('at 200 % zoom (160 CSS px wide for a 320 px screen) the call button and steps still fit', async () => {
    const { frame, el } = await pageAt('emergency steps: default', 160);
    const call = el.shadowRoot!.querySelector('[part="call-button"]')!.getBoundingClientRect();
    expect(call.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(160);
  });
});

describe('targets and focus', () => {
  it('the emergency call button is at least 44×44', async () => {
    const el = await renderState('emergency steps: compact');
    const rect = el.shadowRoot!.querySelector('[part="call-button"]')!.getBoundingClientRect();
    expect(rect.width).to.be.at.least(44);
    expect(rect.height).to.be.at.least(44);
  });

  it('shows a visible focus ring on every kind of control', async () => {
    const el = await renderState('diagnosis: default');
    for (const selector of ['button.restart', 'input[type="radio"]', 'summary']) {
      const control = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      control.focus();
      const style = getComputedStyle(control);
      expect(style.outlineStyle, selector).to.equal('solid');
      expect(parseFloat(style.outlineWidth), selector).to.be.at.least(2);
    }
  });

});
