import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { emulateForcedColors } from '../forced-colors.js';
import { STATES, interactive, renderState } from './states.js';

describe('targets, reflow and focus', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const name of Object.keys(STATES)) {
    it(`${name}: at 320 px nothing is cut off or scrolls sideways, and every target is at least 24×24`, async () => {
      const el = await renderState(name);
      expect(document.documentElement.scrollWidth, 'page').to.be.at.most(320);
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

  it('the emergency call button is at least 44×44', async () => {
    const el = await renderState('emergency steps: compact');
    const rect = el.shadowRoot!.querySelector('[part="call-button"]')!.getBoundingClientRect();
    expect(rect.width).to.be.at.least(44);
    expect(rect.height).to.be.at.least(44);
  });

  it('at 200 % zoom (160 CSS px wide for a 320 px screen) the call button and steps still fit', async () => {
    await setViewport({ width: 160, height: 400 });
    try {
      const el = await renderState('emergency steps: default');
      const call = el.shadowRoot!.querySelector('[part="call-button"]')!.getBoundingClientRect();
      expect(call.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(document.documentElement.scrollWidth).to.be.at.most(160);
    } finally {
      await setViewport({ width: 320, height: 800 });
    }
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

  it('keeps a visible border on the call button in forced-colors mode', async () => {
    await emulateForcedColors(true);
    try {
      const el = await renderState('emergency steps: default');
      const style = getComputedStyle(el.shadowRoot!.querySelector('[part="call-button"]')!);
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    } finally {
      await emulateForcedColors(false);
    }
  });
});
