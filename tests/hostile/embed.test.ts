// The iframe page (dist/embed.html), on a host page that allows only an <iframe>: the README's few
// lines of host script size the iframe to its content, the call link is the region's, and a
// parameter the page does not know falls back to its default.
import { expect } from '@open-wc/testing';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The README's host script: resize the iframe that sent its height. */
function hostScript(): () => void {
  const listener = (event: MessageEvent) => {
    if (!event.data || event.data.type !== 'door-help:height') return;
    for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  };
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
}

async function embed(query: string, width = 375): Promise<HTMLIFrameElement> {
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.title = 'Car door will not open: what to do';
  frame.style.cssText = `width:${width}px;height:150px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/embed.html${query}`;
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('door-emergency-steps');
  for (let i = 0; i < 3; i++) {
    for (const el of frame.contentDocument!.querySelectorAll<Lit>('door-emergency-steps, door-diagnosis, repair-cost')) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return frame;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 30));
};

describe('the iframe page (dist/embed.html)', () => {
  let stop: () => void;
  beforeEach(() => (stop = hostScript()));
  afterEach(() => {
    stop();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('?region=GB: the call link dials 999, and the iframe grows to its content with the host script', async () => {
    const frame = await embed('?elements=steps&region=GB');
    const steps = frame.contentDocument!.querySelector<Lit>('door-emergency-steps')!;
    expect(steps.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await until(() => Math.abs(frame.getBoundingClientRect().height - content()) <= 1);
    expect(frame.getBoundingClientRect().height, 'the iframe is as tall as its content').to.be.closeTo(content(), 1);
    expect(frame.getBoundingClientRect().height).to.be.above(400);
    // The content grows (as when the reader opens a section): the iframe follows.
    const before = frame.getBoundingClientRect().height;
    const more = frame.contentDocument!.createElement('div');
    more.style.height = '300px';
    frame.contentDocument!.body.append(more);
    await until(() => frame.getBoundingClientRect().height >= before + 299 && Math.abs(frame.getBoundingClientRect().height - content()) <= 1);
    expect(frame.getBoundingClientRect().height).to.be.at.least(before + 299);
    expect(frame.getBoundingClientRect().height, 'still as tall as its content').to.be.closeTo(content(), 1);
  });

  it('the elements asked for, inside one <door-help>, in Spanish with ?lang=es; the diagnosis beside the steps', async () => {
    const frame = await embed('?elements=steps,diagnosis,cost&region=US&lang=es&theme=dark');
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('es');
    const wrapper = doc.querySelector('door-help')!;
    expect([...wrapper.children].map((el) => el.localName)).to.deep.equal(['door-emergency-steps', 'door-diagnosis', 'repair-cost']);
    expect(wrapper.getAttribute('theme')).to.equal('dark');
    const steps = doc.querySelector<Lit>('door-emergency-steps')!;
    await until(() => steps.shadowRoot!.querySelector('a.call-button')?.textContent?.trim() === 'Llamar al 911');
    expect(steps.shadowRoot!.querySelector('a.call-button')!.textContent!.trim()).to.equal('Llamar al 911');
  });

  it('parameters it does not know: the defaults (the steps alone, no region set, no theme, no price list)', async () => {
    const frame = await embed('?elements=map,chat&region=Great%20Britain&theme=purple&prices=javascript:alert(1)&lang=%3Cb%3E');
    const doc = frame.contentDocument!;
    const wrapper = doc.querySelector('door-help')!;
    expect([...wrapper.children].map((el) => el.localName)).to.deep.equal(['door-emergency-steps']);
    expect(wrapper.hasAttribute('region') || wrapper.hasAttribute('theme') || wrapper.hasAttribute('prices-src')).to.equal(false);
    expect(doc.documentElement.lang).to.equal('en');
    // With no region, no country's number is shown as the reader's unless the device says so.
    expect(doc.querySelector<Lit>('door-emergency-steps')!.shadowRoot!.querySelector('a[href^="tel:"]')).to.exist;
  });
});
