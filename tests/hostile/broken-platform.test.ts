// Platform APIs that a browser, an embedded web view, a privacy tool or a page lacks or breaks,
// each removed or poisoned in turn before the production script loads: the call button with the
// author's number, the cautions and the disclaimer must still show, with no uncaught exception.
import { expect } from '@open-wc/testing';
import { frameWindow, loadFrame, removeFrames } from '../support/frames.js';

const cases: [string, string][] = [
  ['navigator.languages throws (a privacy tool)', `Object.defineProperty(Navigator.prototype, 'languages', { get() { throw new Error('blocked'); } }); Object.defineProperty(Navigator.prototype, 'language', { get() { throw new Error('blocked'); } });`],
  ['structuredClone is missing', `delete window.structuredClone;`],
  ['MessageChannel is missing', `delete window.MessageChannel;`],
  ['performance.now throws', `Object.defineProperty(Performance.prototype, 'now', { value() { throw new Error('blocked'); } });`],
  ['ResizeObserver is missing', `delete window.ResizeObserver;`],
  ['adoptedStyleSheets is missing (styles go in <style>)', `delete Document.prototype.adoptedStyleSheets; delete ShadowRoot.prototype.adoptedStyleSheets;`],
  ['ElementInternals is missing', `delete HTMLElement.prototype.attachInternals; delete window.ElementInternals;`],
  ['Intl.NumberFormat, DisplayNames and Locale throw', `for (const name of ['NumberFormat', 'DisplayNames', 'Locale']) Intl[name] = function () { throw new Error('broken'); };`],
  ['Intl.DateTimeFormat throws', `Intl.DateTimeFormat = function () { throw new Error('broken'); };`],
  ['session storage throws', `Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`],
];

const PAGE = `<door-help region="GB"><door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help><script src="/dist/door-help.js"></script>`;

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function rendered(frame: HTMLIFrameElement, tags: string[]): Promise<Lit[]> {
  const doc = frame.contentDocument!;
  for (let i = 0; i < 200; i += 1) {
    const elements = tags.map((tag) => doc.querySelector<Lit>(tag)).filter((el): el is Lit => Boolean(el?.shadowRoot?.querySelector('.disclaimer')));
    if (elements.length === tags.length) {
      await Promise.all(elements.map((el) => el.updateComplete));
      return elements;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not rendered: ${tags.join(', ')}`);
}

function expectTheEssentials(steps: Element) {
  const root = steps.shadowRoot!;
  expect(root.querySelector('a.call-button')?.getAttribute('href'), 'call button').to.equal('tel:999');
  expect(root.querySelector('a.call-button')!.textContent, 'shows what it dials').to.contain('999');
  expect(root.querySelectorAll('.do-nots li').length, 'cautions').to.equal(5);
  expect(root.querySelector('.disclaimer')!.textContent!.trim().length, 'disclaimer').to.be.greaterThan(20);
}

describe('a broken platform, one API at a time', () => {
  afterEach(removeFrames);

  for (const [name, poison] of cases) {
    it(`${name}: the call button, cautions and disclaimer still show, with no uncaught error`, async () => {
      const frame = await loadFrame(`<!doctype html><html lang="en-GB"><head><script>${poison}</script></head><body>${PAGE}</body></html>`, { width: 375 });
      const [steps, diagnosis, cost] = await rendered(frame, ['door-emergency-steps', 'door-diagnosis', 'repair-cost']);
      expectTheEssentials(steps!);
      for (const element of [diagnosis!, cost!]) expect(element.shadowRoot!.querySelector('.disclaimer')!.textContent!.trim().length, element.localName).to.be.greaterThan(20);
      // The diagnosis still answers and escalates.
      const trapped = diagnosis!.shadowRoot!.querySelector<HTMLElement>('[data-question="trapped"] [data-option="yes"], fieldset[data-question="trapped"] input[value="yes"]')!;
      trapped.click();
      await diagnosis!.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const inner = diagnosis!.shadowRoot!.querySelector('.escalation door-emergency-steps') as Lit | null;
      expect(inner, 'emergency view').to.exist;
      await inner!.updateComplete;
      expectTheEssentials(inner!);
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });
  }

  it('a registry that refuses one tag: the others are defined, and one console message names it', async () => {
    const refuse = `const define = CustomElementRegistry.prototype.define; CustomElementRegistry.prototype.define = function (tag, ...rest) { if (tag === 'repair-cost') throw new DOMException('refused', 'NotSupportedError'); return define.call(this, tag, ...rest); };`;
    const frame = await loadFrame(`<!doctype html><html lang="en-GB"><head><script>${refuse}</script></head><body>${PAGE}</body></html>`, { width: 375 });
    const [steps] = await rendered(frame, ['door-emergency-steps', 'door-diagnosis']);
    expectTheEssentials(steps!);
    const win = frameWindow(frame);
    expect(win.customElements.get('repair-cost')).to.equal(undefined);
    expect(win.__errors.length, win.__errors.join(' | ')).to.equal(1);
    expect(win.__errors[0]).to.contain('<repair-cost>');
  });
});
