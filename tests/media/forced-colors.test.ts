import { expect } from '@open-wc/testing';
import { emulateForcedColors } from '../support/forced-colors.js';
import { STATES, renderState } from '../a11y/states.js';

// Runs in Chromium (DevTools emulation) and Firefox (launched with colours overridden); not in
// WebKitGTK, which has no forced-colours mode to emulate: see the tests/media group in web-test-runner.config.mjs.
describe('forced colours (Chromium by emulation, Firefox by its override setting; WebKitGTK has none)', () => {
  before(() => emulateForcedColors(true));

  for (const name of ['emergency steps: default', 'diagnosis: escalated', 'diagnosis: one at a time, result with the child lock drawn', 'repair cost: highlighted']) {
    it(`${name} passes axe`, async () => {
      expect(Object.keys(STATES)).to.include(name);
      await expect(await renderState(name)).to.be.accessible();
    });
  }

  it('keeps a visible border on the call button', async () => {
    const el = await renderState('emergency steps: default');
    const style = getComputedStyle(el.shadowRoot!.querySelector('[part="call-button"]')!);
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
  });

  it('keeps the do-not markers and step numbers, which are text, not decoration', async () => {
    const el = await renderState('emergency steps: default');
    expect(el.shadowRoot!.querySelector('.do-nots .marker')!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.steps .check-head')!, '::before').content).to.contain('counter(step)');
  });

  it('draws the pictures in system colours: lines in CanvasText, the highlight in Highlight', async () => {
    const el = await renderState('diagnosis: one at a time, result with the child lock drawn');
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
    const [canvasText, highlight] = [system('CanvasText'), system('Highlight')];
    probe.remove();
    const release = el.shadowRoot!.querySelector('[data-picture="release"] svg')!;
    expect(getComputedStyle(release).stroke).to.equal(canvasText);
    const hot = release.querySelector('.hot')!;
    expect(hot, 'a highlighted part').to.exist;
    expect(getComputedStyle(hot).fill).to.equal(highlight);
  });
});
