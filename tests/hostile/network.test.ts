import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';
import { captureConsole } from '../support/helpers.js';

/** Counts every request a frame makes after its own script: resource timing sees all of them, fetch and beacons are patched too. */
const NETWORK_PROBE = `<script>
  window.__calls = [];
  const f = window.fetch; window.fetch = (...a) => { __calls.push('fetch ' + a[0]); return f(...a); };
  const o = XMLHttpRequest.prototype.open; XMLHttpRequest.prototype.open = function (...a) { __calls.push('xhr ' + a[1]); return o.apply(this, a); };
  navigator.sendBeacon = (...a) => { __calls.push('beacon ' + a[0]); return true; };
  window.WebSocket = function (u) { __calls.push('ws ' + u); };
  window.EventSource = function (u) { __calls.push('sse ' + u); };
</script>`;

describe('network', () => {
  afterEach(removeFrames);

  it('in the default configuration the elements make no request at all', async () => {
    const frame = await loadFrame(
      `${NETWORK_PROBE}<script src="/dist/door-help.js"></script>` +
        '<door-help><door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>',
    );
    const [steps] = await renderedIn(frame, 'door-emergency-steps');
    const [diagnosis] = await renderedIn(frame, 'door-diagnosis');
    await renderedIn(frame, 'repair-cost');
    (diagnosis!.shadowRoot!.querySelector('fieldset[data-question="trapped"] input[value="yes"]') as HTMLInputElement).click();
    (steps!.shadowRoot!.querySelector('#step-make-safe') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { __calls: string[] };
    const resources = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // The script tag's two files (the first stage, then the elements beside it), and nothing else.
    expect(resources).to.deep.equal(['/dist/door-help.js', '/dist/door-help.esm.js']);
    expect(win.__calls).to.deep.equal([]);
  });

  it('prices-src is fetched only when given', async () => {
    // A long run fills Firefox's resource-timing buffer (250 entries): start this test with an empty one.
    performance.clearResourceTimings();
    const before = performance.getEntriesByType('resource').length;
    await fixture(html`<repair-cost></repair-cost>`);
    expect(performance.getEntriesByType('resource').slice(before).filter((e) => e.name.includes('price'))).to.deep.equal([]);
    await fixture(html`<repair-cost prices-src="/tests/fixtures/prices.json"></repair-cost>`);
    // Engines add the entry when the response ends (Firefox later than Chromium): wait for it.
    const fetched = () => performance.getEntriesByType('resource').slice(before).map((e) => new URL(e.name).pathname);
    for (let i = 0; i < 40 && !fetched().includes('/tests/fixtures/prices.json'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched()).to.include('/tests/fixtures/prices.json');
  });

  it('a slow price list leaves the bundled ranges in place, and leaving the page cancels it', async () => {
    const el = await fixture<HTMLElementTagNameMap['repair-cost']>(html`<repair-cost prices-src="/test-api/slow-prices.json"></repair-cost>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelector('[data-repair="latch"] .range')!.textContent).to.equal('$250 to $550');
    const errors = captureConsole('error');
    try {
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.messages).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('a huge price list is refused without being read whole', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = document.createElement('repair-cost');
      const error = oneEvent(el, 'door-config-error');
      el.pricesSrc = '/test-api/huge-prices.json';
      document.body.append(el);
      expect((await error).detail.message).to.contain('larger than 100000 bytes');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-repair="latch"] .range')!.textContent).to.equal('$250 to $550');
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
