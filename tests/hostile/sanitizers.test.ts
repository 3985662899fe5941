// Hosts that sanitize: a help centre that inserts an article with innerHTML, or runs DOMPurify's
// defaults, keeps no script, no custom element and no declarative shadow root. The plain
// snippet (door-help/plain, `npx door-help render door-emergency-steps --plain`) is made for them:
// everything in it survives, and the reader still has the call link for the region.
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { renderPlainSteps } from '../../src/plain.js';
import { emergencyText } from '../../src/data/en/emergency.js';
import { emergencyText as spanishSteps } from '../../src/data/es/emergency.js';
import { sharedText } from '../../src/data/en/shared.js';

const telLinks = (root: Element) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

describe('a host that sanitizes (DOMPurify defaults, innerHTML)', () => {
  afterEach(() => document.querySelectorAll('.sanitized-host').forEach((host) => host.remove()));

  const cases: [string, { region?: string; lang?: string }, string[]][] = [
    ['US, English', { region: 'US' }, ['tel:911']],
    ['GB, Spanish', { region: 'GB', lang: 'es' }, ['tel:999', 'tel:112']],
    ['AR: 107 first, 911 in some areas', { region: 'AR' }, ['tel:107', 'tel:911', 'tel:100', 'tel:101']],
    ['no region: the numbers that work from a mobile phone', {}, ['tel:112', 'tel:911']],
    ['a region without a number (BO): the same, never a guess', { region: 'BO' }, ['tel:112', 'tel:911']],
  ];
  for (const [name, options, calls] of cases) {
    it(`${name}: DOMPurify removes nothing; the call links, the cautions, the steps and the disclaimer stay`, () => {
      const html = renderPlainSteps(options);
      const clean = DOMPurify.sanitize(html);
      expect(DOMPurify.removed, 'nothing removed').to.deep.equal([]);
      const host = document.createElement('article');
      host.className = 'sanitized-host';
      host.innerHTML = clean;
      document.body.append(host);
      // The first call links: the region's line (and its others), or 112 and 911 from a mobile.
      // (The short answer's own number link comes first; each number once, in order.)
      const links = [...new Set(telLinks(host))];
      expect(links.slice(0, calls.length)).to.deep.equal(calls);
      if (options.region && calls[0] !== 'tel:112') expect(host.querySelector('p > strong > a[href^="tel:"]')!.getAttribute('href'), 'the call link, in bold').to.equal(calls[0]);
      for (const link of host.querySelectorAll('a[href^="tel:"]')) expect(link.textContent, link.getAttribute('href')!).to.contain(link.getAttribute('href')!.slice(4));
      const words = options.lang === 'es' ? spanishSteps : emergencyText;
      expect(host.querySelectorAll('ol > li')).to.have.length(8);
      expect(host.textContent).to.contain(words.doNots.items[0]!.text);
      expect(host.textContent).to.contain(words.sayToOperator);
      if (!options.lang) expect(host.textContent).to.contain(sharedText.disclaimer);
      expect(host.querySelector('[style], script, template, [onclick]')).to.equal(null);
      expect([...host.querySelectorAll('*')].some((el) => el.localName.includes('-'))).to.equal(false);
      // Nothing but tel: links and the official recall search.
      for (const a of host.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(tel:\d+|https:\/\/)/);
    });
  }

  it('in Spanish the line for a caller answered in English comes along', () => {
    const host = document.createElement('div');
    host.innerHTML = DOMPurify.sanitize(renderPlainSteps({ region: 'US', lang: 'es' }));
    expect(host.textContent).to.contain('«Spanish»');
    expect(host.querySelector('strong > a[href="tel:911"]')!.textContent).to.equal('Llamar al 911');
  });

  it('the pre-rendered element snippet, by contrast, keeps nothing a reader can use after DOMPurify: why the plain one exists', async () => {
    const response = await fetch(`/test-api/ssr?spec=${encodeURIComponent(JSON.stringify({ tag: 'door-emergency-steps', options: { attributes: { region: 'US' } } }))}`);
    const host = document.createElement('div');
    host.innerHTML = DOMPurify.sanitize(await response.text());
    expect(host.querySelector('a[href="tel:911"]')).to.equal(null);
  });
});
