// The snippet maker, as a help-centre editor who does not code uses it: choices by keyboard-usable
// form controls, a live preview of the real elements, and snippets that work when pasted into a
// fresh page (the script tag, the iframe, the plain HTML after DOMPurify).
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { loadFrame, loadRepoPage, removeFrames, renderedIn } from '../support/frames.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(frame: HTMLIFrameElement) {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    for (const el of frame.contentDocument!.querySelectorAll<Lit>('door-emergency-steps, door-diagnosis, repair-cost')) await el.updateComplete;
  }
}

function choose(frame: HTMLIFrameElement, selector: string, value: string) {
  const field = frame.contentDocument!.querySelector<HTMLSelectElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const snippet = (frame: HTMLIFrameElement, kind: string) => frame.contentDocument!.querySelector(`.snippet[data-kind="${kind}"] code`)!.textContent!;

describe('the snippet maker (demo/configurator.html)', () => {
  afterEach(removeFrames);

  async function open() {
    const frame = await loadRepoPage('/demo/configurator.html', { width: 375, height: 740 });
    await renderedIn(frame, 'door-emergency-steps');
    for (let i = 0; i < 50 && !frame.contentDocument!.querySelector('.snippet[data-kind="script"] code')?.textContent?.includes('integrity'); i++) await new Promise((resolve) => setTimeout(resolve, 40));
    return frame;
  }

  it('every control has a label and is reached by Tab; the preview starts with the US steps', async () => {
    const frame = await open();
    const doc = frame.contentDocument!;
    for (const control of doc.querySelectorAll<HTMLInputElement>('#choices input, #choices select, #choices textarea')) {
      expect(control.labels?.length, control.name).to.be.above(0);
      expect(control.tabIndex, control.name).to.equal(0);
    }
    const steps = doc.querySelector<Lit>('#preview door-emergency-steps')!;
    expect(steps.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:911');
  });

  it('GB in Spanish: the preview calls 999 in Spanish, and each snippet says so', async () => {
    const frame = await open();
    choose(frame, '#region', 'GB');
    choose(frame, '#lang', 'es');
    await settle(frame);
    const steps = frame.contentDocument!.querySelector<Lit>('#preview door-emergency-steps')!;
    expect(steps.shadowRoot!.querySelector<HTMLElement>('a.call-button')!.textContent!.trim()).to.equal('Llamar al 999');
    expect(snippet(frame, 'script')).to.match(/<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/door-help@[\d.]+\/dist\/door-help\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/);
    expect(snippet(frame, 'script')).to.contain('door-help.es.js').and.contain('<door-help region="GB" lang="es">');
    expect(snippet(frame, 'iframe')).to.contain('embed.html?elements=steps&amp;region=GB&amp;lang=es');
    expect(snippet(frame, 'plain')).to.contain('<a href="tel:999">Llamar al 999</a>');
  });

  it('each snippet works pasted into a fresh page: the script tag, the iframe, the plain HTML through DOMPurify', async () => {
    const frame = await open();
    choose(frame, '#region', 'GB');
    await settle(frame);
    const local = (code: string) => code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/door-help@[\d.]+\/dist/g, `${location.origin}/dist`);
    // The script tag, integrity included: this build's file is the file the CDN serves.
    const page = await loadFrame(`<!doctype html><html lang="en"><head></head><body>${local(snippet(frame, 'script'))}</body></html>`);
    const [pasted] = await renderedIn(page, 'door-emergency-steps');
    expect(pasted!.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    // The iframe.
    const holder = document.createElement('div');
    holder.innerHTML = local(snippet(frame, 'iframe')).replace(/<script>[^]*<\/script>/, '');
    const iframe = holder.querySelector('iframe')!;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    const [embedded] = await renderedIn(iframe, 'door-emergency-steps');
    expect(embedded!.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    // The plain HTML, through a sanitizer.
    const article = document.createElement('article');
    article.innerHTML = DOMPurify.sanitize(snippet(frame, 'plain'));
    expect(article.querySelector('strong > a[href="tel:999"]')!.textContent).to.equal('Call 999');
  });

  it('a price list is checked by the elements’ own rules: the error beside the field, and nothing of it used', async () => {
    const frame = await open();
    const doc = frame.contentDocument!;
    doc.querySelector<HTMLInputElement>('input[value="cost"]')!.click();
    choose(frame, '#prices', '{"currency": "dollars", "repairs": {"latch": {"min": 290, "max": 520}}}');
    await settle(frame);
    expect(doc.querySelector('#prices-error')!.textContent).to.contain('currency');
    expect(doc.querySelector('#prices')!.getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(frame, 'script')).not.to.contain('prices=');
    choose(frame, '#prices', '{"currency": "USD", "repairs": {"latch": {"min": 290, "max": 520}}}');
    await settle(frame);
    expect(doc.querySelector('#prices-error')!.textContent).to.equal('');
    const cost = doc.querySelector<Lit>('#preview repair-cost')!;
    await settle(frame);
    expect(cost.shadowRoot!.querySelector('[data-repair="latch"] .range')!.textContent).to.equal('$290 to $520');
    expect(snippet(frame, 'script')).to.contain(`prices='{&quot;currency&quot;:&quot;USD&quot;`);
  });
});
