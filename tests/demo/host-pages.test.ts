import { expect } from '@open-wc/testing';
import { frameWindow, loadRepoPage, removeFrames, renderedIn } from '../support/frames.js';

const range = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector(`[data-repair="${id}"] .range`)!.textContent;

describe('host pages in demo/', () => {
  afterEach(removeFrames);

  it('dealer site: all three elements inside <door-help>, the dealer’s prices, booking link, phone and colours', async () => {
    const frame = await loadRepoPage('/demo/dealer.html');
    const [steps] = await renderedIn(frame, 'door-emergency-steps');
    const [diagnosis] = await renderedIn(frame, 'door-diagnosis');
    const [cost] = await renderedIn(frame, 'repair-cost');
    expect(steps!.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:911');
    expect(diagnosis!.shadowRoot!.querySelectorAll('.cause')).to.have.length(7);
    expect(range(cost!, 'latch')).to.equal('$290 to $520');
    expect(cost!.shadowRoot!.querySelector<HTMLAnchorElement>('.cta a.book')!.href).to.equal('https://northgate.example/service/book?reason=door');
    expect(cost!.shadowRoot!.querySelector('.cta a.phone')!.getAttribute('href')).to.equal('tel:+15550100199');
    const button = cost!.shadowRoot!.querySelector('.cta a.book')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 89, 79)');
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });

  it('safety blog: inline elements in the article, a compact one in the sidebar, the blog’s typography', async () => {
    const frame = await loadRepoPage('/demo/blog.html', { width: 1100 });
    const steps = await renderedIn(frame, 'door-emergency-steps');
    await renderedIn(frame, 'door-diagnosis');
    const [cost] = await renderedIn(frame, 'repair-cost');
    expect(steps).to.have.length(2);
    const sidebar = frame.contentDocument!.querySelector('aside door-emergency-steps')!;
    expect(sidebar.hasAttribute('compact')).to.equal(true);
    expect(getComputedStyle(sidebar.shadowRoot!.querySelector('#details')!).display).to.equal('none');
    expect(getComputedStyle(steps[0]!.shadowRoot!.querySelector('.title')!).fontFamily).to.contain('Georgia');
    expect(steps[0]!.shadowRoot!.querySelector('.title')!.localName).to.equal('h3');
    expect(cost!.getAttribute('for')).to.equal('blog-diagnosis');
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });

  it('help centre: only a script tag and bare tags', async () => {
    const frame = await loadRepoPage('/demo/help-centre.html');
    const source = frame.srcdoc;
    expect(source).to.contain('<script src="../dist/door-help.js" defer></script>');
    expect(source).not.to.match(/<door-[a-z-]+ [a-z]|<repair-cost [a-z]/);
    for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost']) {
      const [el] = await renderedIn(frame, tag);
      expect(el!.shadowRoot!.querySelector('.disclaimer'), tag).to.exist;
    }
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });

  it('the overview page renders its elements', async () => {
    const frame = await loadRepoPage('/demo/index.html');
    for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost']) await renderedIn(frame, tag);
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });
});

describe('demo pages on a 320×640 phone (authors copy them)', () => {
  afterEach(removeFrames);

  for (const page of ['index', 'dealer', 'blog', 'help-centre', 'prerendered']) {
    it(`demo/${page}.html: a call button on the first screen`, async () => {
      const frame = await loadRepoPage(`/demo/${page}.html`, { width: 320, height: 640 });
      const [steps] = await renderedIn(frame, 'door-emergency-steps');
      const call = steps!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="call-button"]')!;
      expect(call.getAttribute('href')).to.match(/^tel:\d+$/);
      const box = call.getBoundingClientRect();
      expect(box.height, 'the call button has a size').to.be.above(40);
      expect(box.bottom, 'the call button ends within the first screen').to.be.at.most(640);
      expect(frame.contentDocument!.scrollingElement!.scrollTop).to.equal(0);
    });
  }

  it('the blog: the "someone stuck right now?" box comes before the article on a phone, in reading order too', async () => {
    const frame = await loadRepoPage('/demo/blog.html', { width: 320, height: 640 });
    await renderedIn(frame, 'door-emergency-steps');
    const doc = frame.contentDocument!;
    const [aside, article] = [doc.querySelector('aside')!, doc.querySelector('article')!];
    expect(aside.getBoundingClientRect().top).to.be.below(article.getBoundingClientRect().top);
    expect(aside.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
  });
});

describe('the demo’s language switch', () => {
  afterEach(removeFrames);

  it('switches every element between English and Spanish', async () => {
    const frame = await loadRepoPage('/demo/dealer.html');
    const [cost] = await renderedIn(frame, 'repair-cost');
    expect(cost!.shadowRoot!.querySelector('.title')!.textContent).to.equal('What the repair may cost');
    const select = frame.contentDocument!.querySelector<HTMLSelectElement>('#language')!;
    select.value = 'es-US';
    select.dispatchEvent(new Event('change'));
    for (let i = 0; i < 50 && cost!.shadowRoot!.querySelector('.title')!.textContent !== 'Cuánto puede costar la reparación'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(cost!.shadowRoot!.querySelector('.title')!.textContent).to.equal('Cuánto puede costar la reparación');
    const [steps] = await renderedIn(frame, 'door-emergency-steps');
    expect(steps!.shadowRoot!.querySelector('[part="call-button"]')!.textContent!.trim()).to.equal('Llamar al 911');
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });
});

describe('demo pages load everything they ask for', () => {
  for (const page of ['index', 'dealer', 'blog', 'help-centre', 'prerendered', 'configurator']) {
    it(`demo/${page}.html: every script, stylesheet, icon and link in the page answers (no 404)`, async () => {
      const response = await fetch(`/demo/${page}.html`);
      expect(response.status, 'the page itself (npm run build writes prerendered.html)').to.equal(200);
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const base = new URL(`/demo/${page}.html`, location.origin);
      const urls = [...doc.querySelectorAll('script[src], link[href], a[href]')]
        .map((node) => new URL(node.getAttribute('src') ?? node.getAttribute('href')!, base))
        .filter((url) => url.origin === location.origin);
      expect(urls.some((url) => url.pathname.endsWith('favicon.svg')), 'an icon, so the browser asks for no /favicon.ico').to.equal(true);
      const missing: string[] = [];
      for (const url of urls) if ((await fetch(url)).status !== 200) missing.push(url.pathname);
      expect(missing).to.deep.equal([]);
    });
  }
});
