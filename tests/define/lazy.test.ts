import { expect } from '@open-wc/testing';
import '../../src/define/lazy.js';
import { frameWindow, loadFrame, removeFrames } from '../support/frames.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('door-help/define/lazy: each element defined when the page first uses it', () => {
  it('defines nothing before an element is used, then that element only', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(['door-emergency-steps', 'door-diagnosis', 'repair-cost', 'door-help'].map((tag) => customElements.get(tag))).to.deep.equal([undefined, undefined, undefined, undefined]);
    const cost = document.createElement('repair-cost') as Lit;
    document.body.append(cost);
    await customElements.whenDefined('repair-cost');
    await cost.updateComplete;
    expect(cost.shadowRoot!.querySelector('.range')!.textContent).to.match(/^\$\d/);
    expect(customElements.get('door-diagnosis')).to.equal(undefined);
    cost.remove();
  });

  it('finds an element inside another component’s open shadow root once the page is idle', async () => {
    const frame = await loadFrame(
      '<div id="app"></div><script>document.getElementById("app").attachShadow({ mode: "open" }).innerHTML = \'<door-emergency-steps region="GB"></door-emergency-steps>\';</script><script type="module" src="/src/define/lazy.ts"></script>',
    );
    const win = frameWindow(frame);
    await win.customElements.whenDefined('door-emergency-steps');
    const steps = frame.contentDocument!.getElementById('app')!.shadowRoot!.querySelector('door-emergency-steps') as Lit;
    await steps.updateComplete;
    expect(steps.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    expect(win.customElements.get('repair-cost'), 'only what the page uses').to.equal(undefined);
    removeFrames();
  });
});
