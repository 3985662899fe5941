import { expect } from '@open-wc/testing';
import { removeFrames } from '../support/frames.js';

type CspWindow = Window & {
  __violations: string[];
  __errors: string[];
  __interact: () => Promise<Record<string, unknown>>;
  trustedTypes?: unknown;
};

async function loadPage(src: string): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as CspWindow;
}

/** Waits for the element to render (module and deferred scripts run after load may have fired). */
async function rendered(win: CspWindow, selector: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  for (let i = 0; i < 100; i += 1) {
    const el = win.document.querySelector(selector) as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    // Painted by the first stage is not rendered yet: wait for the element itself.
    if (el?.shadowRoot?.childElementCount && win.customElements.get(el.localName)) {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return el;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${selector} never rendered`);
}

async function loadCspPage(): Promise<CspWindow> {
  // Same-origin frames share this tab's session storage: start without answers other tests left.
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.src = '/tests/fixtures/csp/page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  // The script tag loads the elements after its first stage; load may fire before they arrive.
  for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost']) {
    await win.customElements.whenDefined(tag);
    await (win.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return win;
}

describe('strict CSP with Trusted Types', () => {
  afterEach(removeFrames);

  it('the page really is under the strict policy: no eval, no string-to-script without Trusted Types', async () => {
    const win = await loadCspPage();
    expect(() => (win as unknown as { eval: (code: string) => unknown }).eval('1')).to.throw();
    const script = win.document.createElement('script');
    // Each engine words the error its own way: assert that it throws and that nothing ran.
    expect(() => (script.textContent = 'window.__inlineRan = true')).to.throw();
    expect((win as unknown as { __inlineRan?: boolean }).__inlineRan).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50)); // violation events are queued
    expect(win.__violations.length).to.be.greaterThan(0);
  });

  it('all three elements render and work with zero violations and zero console errors', async () => {
    const win = await loadCspPage();
    const state = await win.__interact();
    expect(state).to.deep.equal({ latch: '$111 to $222', top: 'actuator', escalated: true, call: 'tel:911', expanded: true });
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(win.document.querySelectorAll('[style]')).to.have.length(0);
    for (const el of win.document.querySelectorAll('door-emergency-steps, door-diagnosis, repair-cost')) {
      expect(el.shadowRoot!.querySelectorAll('[style]'), el.localName).to.have.length(0);
    }
  });

  for (const order of ['script-first', 'module-first', 'script-twice']) {
    it(`two copies of door-help (${order}) create Lit's policy once: no exception, no violation, the right number`, async () => {
      const win = await loadPage(`/tests/fixtures/csp/two-copies-${order}.html`);
      const steps = await rendered(win, 'door-emergency-steps');
      expect(steps.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:999');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a page whose trusted-types list lacks lit-html gets one clear error naming the token, and no exception', async () => {
    const win = await loadPage('/tests/fixtures/csp-no-policy/page.html');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ours = win.__errors.filter((e) => e.startsWith('door-help:'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('Add lit-html to the trusted-types directive');
    expect(win.__errors.filter((e) => !e.startsWith('door-help:'))).to.deep.equal([]);
    // The element is left undefined, so the page's own fallback content (a plain tel: link) still shows.
    expect(win.customElements.get('door-emergency-steps')).to.equal(undefined);
    expect(win.document.querySelector('door-emergency-steps a')!.getAttribute('href')).to.equal('tel:999');
  });
});
