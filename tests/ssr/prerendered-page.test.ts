// A help-centre page built from pre-rendered snippets (door-help/ssr on the test server), in a frame:
// with scripts blocked, and with the plain <script> tag (no Lit hydration support: the elements
// render afresh over the server's markup). Needs dist/ (npm run build; npm test does).
import { expect } from '@open-wc/testing';
import type { RenderOptions, RenderableTag } from '../../src/ssr.js';

async function serverHtml(tag: RenderableTag, options: RenderOptions = {}): Promise<string> {
  const response = await fetch(`/test-api/ssr?spec=${encodeURIComponent(JSON.stringify({ tag, options }))}`);
  return ((await response.json()) as { html: string }).html;
}

async function framed(body: string, { scripts }: { scripts: boolean }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin');
  frame.style.width = '360px';
  frame.style.height = '640px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script>window.__errors = []; addEventListener('error', (e) => __errors.push(e.message)); const original = console.error; console.error = (...a) => { __errors.push(a.join(' ')); original(...a); };</script></head><body>${body}<script src="${location.origin}/dist/door-help.js"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const visible = (element: Element) => {
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden' && element.getClientRects().length > 0;
};

describe('pre-rendered snippets on a page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('with JavaScript blocked: the steps, the call link, the cautions and the disclaimer show, and no control does', async () => {
    const steps = await serverHtml('door-emergency-steps', { attributes: { region: 'GB' } });
    const diagnosis = await serverHtml('door-diagnosis');
    const cost = await serverHtml('repair-cost');
    const frame = await framed(steps + diagnosis + cost, { scripts: false });
    const doc = frame.contentDocument!;
    expect(doc.defaultView!.customElements.get('door-emergency-steps'), 'no script ran').to.equal(undefined);
    const root = doc.querySelector('door-emergency-steps')!.shadowRoot!;
    const call = root.querySelector<HTMLAnchorElement>('a.call-button')!;
    expect(call.getAttribute('href')).to.equal('tel:999');
    expect(visible(call)).to.equal(true);
    const stepTitles = [...root.querySelectorAll('ol.steps label')];
    expect(stepTitles.length).to.be.greaterThan(3);
    expect(stepTitles.every(visible)).to.equal(true);
    expect([...root.querySelectorAll('.do-nots li')].every(visible)).to.equal(true);
    expect(visible(root.querySelector('.disclaimer')!)).to.equal(true);
    // Nothing a reader could press that would do nothing.
    for (const element of [doc.querySelector('door-emergency-steps')!, doc.querySelector('door-diagnosis')!, doc.querySelector('repair-cost')!]) {
      const controls = [...element.shadowRoot!.querySelectorAll('input, select, button, textarea')];
      expect(controls.filter(visible).map((control) => control.outerHTML.slice(0, 60)), element.localName).to.deep.equal([]);
      expect(visible(element.shadowRoot!.querySelector('.disclaimer')!), `${element.localName} disclaimer`).to.equal(true);
    }
    // The diagnosis still reads: its causes list and what can be done.
    const causes = doc.querySelector('door-diagnosis')!.shadowRoot!.querySelectorAll('ol.causes > li');
    expect([...causes].filter(visible).length).to.be.greaterThan(3);
  });

  it('compact steps with JavaScript blocked are not folded away (the button that opens them needs the script)', async () => {
    const frame = await framed(await serverHtml('door-emergency-steps', { attributes: { region: 'US', compact: true } }), { scripts: false });
    const root = frame.contentDocument!.querySelector('door-emergency-steps')!.shadowRoot!;
    expect(visible(root.querySelector('ol.steps')!)).to.equal(true);
  });

  it('with the plain script tag (no hydration support): the page region wins, with no error', async () => {
    const snippet = await serverHtml('door-emergency-steps', { wrappers: [{ region: 'US' }] });
    const frame = await framed(`<door-help region="GB">${snippet}</door-help>`, { scripts: true });
    const win = frame.contentWindow as Window & { __errors: string[] };
    await win.customElements.whenDefined('door-emergency-steps');
    const element = frame.contentDocument!.querySelector('door-emergency-steps') as HTMLElement & { updateComplete: Promise<boolean> };
    for (let i = 0; i < 3; i += 1) await element.updateComplete;
    expect(win.__errors).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    expect(element.shadowRoot!.querySelectorAll('a.call-button').length).to.equal(1);
    expect(visible(element.shadowRoot!.querySelector('button.copy')!)).to.equal(true);
  });
});
