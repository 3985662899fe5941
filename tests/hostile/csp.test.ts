import { expect } from '@open-wc/testing';
import { removeFrames } from '../frames.js';

type CspWindow = Window & {
  __violations: string[];
  __errors: string[];
  __interact: () => Promise<Record<string, unknown>>;
  trustedTypes?: unknown;
};

async function loadCspPage(): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  frame.src = '/tests/fixtures/csp/page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  await (win.document.querySelector('repair-cost') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return win;
}

describe('strict CSP with Trusted Types', () => {
  afterEach(removeFrames);

  it('the page really is under the strict policy: no eval, no string-to-script without Trusted Types', async () => {
    const win = await loadCspPage();
    expect(() => (win as unknown as { eval: (code: string) => unknown }).eval('1')).to.throw();
    const script = win.document.createElement('script');
    expect(() => (script.textContent = 'window.__inlineRan = true')).to.throw(/TrustedScript/);
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
});
