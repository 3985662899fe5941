import { expect } from '@open-wc/testing';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

/** What old libraries leave on a page: an AMD loader, CommonJS-looking globals, patched prototypes. */
const LEGACY = `<script>
  window.__amdCalls = 0;
  window.define = function () { window.__amdCalls += 1; };
  window.define.amd = { jQuery: true };
  window.module = { exports: {} };
  window.exports = window.module.exports;
  window.process = { env: { NODE_ENV: 'development' } };
  window.global = window;
  Array.prototype.first = function () { return this[0]; };
  Array.prototype.includes2 = function () { return false; };
  Object.prototype.extend = function () { return this; };
  Object.prototype.enumerableJunk = 'junk';
</script>`;

describe('a page with legacy globals', () => {
  afterEach(removeFrames);

  it('still defines and renders every element, and leaves the loader alone', async () => {
    const frame = await loadFrame(
      `${LEGACY}<script src="/dist/door-help.js"></script>` +
        '<door-help region="GB"><door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost prices=\'{"repairs":{"latch":{"min":5,"max":9}}}\'></repair-cost></door-help>',
    );
    const [steps] = await renderedIn(frame, 'door-emergency-steps');
    const [diagnosis] = await renderedIn(frame, 'door-diagnosis');
    const [cost] = await renderedIn(frame, 'repair-cost');
    const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { __amdCalls: number; module: { exports: object } };
    expect(win.__amdCalls).to.equal(0);
    expect(Object.keys(win.module.exports)).to.deep.equal([]);
    expect(steps!.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:999');
    (diagnosis!.shadowRoot!.querySelector('fieldset[data-question="sound"] input[value="click"]') as HTMLInputElement).click();
    await (diagnosis as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(diagnosis!.shadowRoot!.querySelector('.cause')!.getAttribute('data-cause')).to.equal('latch');
    // The price-list check reads own properties only, so enumerable Object.prototype additions
    // neither break it nor sneak into the list: the dealer's range applies.
    expect(cost!.shadowRoot!.querySelector('[data-repair="latch"] .range')!.textContent).to.equal('$5 to $9');
    expect(cost!.shadowRoot!.querySelector('[part="notice"]') === null, 'no notice').to.equal(true);
    expect(win.__errors).to.deep.equal([]);
  });

  it('with only AMD and CommonJS-looking globals, a dealer price list still applies', async () => {
    const frame = await loadFrame(
      `${LEGACY.replace(/Array\.prototype[^\n]*\n|Object\.prototype[^\n]*\n/g, '')}<script src="/dist/door-help.js"></script>` +
        '<repair-cost prices=\'{"repairs":{"latch":{"min":5,"max":9}}}\'></repair-cost>',
    );
    const [cost] = await renderedIn(frame, 'repair-cost');
    expect(cost!.shadowRoot!.querySelector('[data-repair="latch"] .range')!.textContent).to.equal('$5 to $9');
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });
});
