import { expect } from '@open-wc/testing';
import { FIRST_SCREEN_CLASSES } from '../../src/first-stage/first-screen.js';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

/**
 * The script tag's first stage (src/first-stage/): before the elements' module arrives, the
 * emergency steps' first screen is painted; when it arrives, the element takes that markup over
 * in place. The module is held back by the test server (/test-api/held/…) until released, so each
 * test sees both states, on a 320 px phone, for the all-elements file and the single file.
 */

const FIRST_STAGE = 'data-door-help-first-stage';
/** The parts of the first screen that must not move when the element takes over. */
const STILL = ['.title', '.short-answer', 'a.call-button', '.region', '.say-words', '.copy', '.do-nots'];

type Steps = HTMLElement & { updateComplete?: Promise<unknown> };

let pages = 0;

async function heldPage(file: string, body: string, { lang = 'en-US', head = '' } = {}) {
  const id = `p${Date.now()}-${(pages += 1)}`;
  // Not waiting for the frame's load event: Firefox and WebKit hold it while the module is held.
  void loadFrame(
    `<!doctype html><html lang="${lang}"><head><meta name="viewport" content="width=device-width">${head}<script src="/test-api/held/${id}/${file}"></script><style>body{margin:0;font-family:sans-serif}</style></head><body>${body}</body></html>`,
    { width: 320, height: 640 },
  );
  const frame = document.querySelector<HTMLIFrameElement>('iframe:last-of-type')!;
  for (let i = 0; i < 200 && frame.contentDocument?.readyState !== 'interactive' && frame.contentDocument?.readyState !== 'complete'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  for (let i = 0; i < 200 && !frame.contentDocument?.body?.lastChild; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  return { frame, release: () => fetch(`/test-api/release/${id}`) };
}

function snapshot(steps: Steps) {
  const root = steps.shadowRoot!;
  const call = root.querySelector<HTMLAnchorElement>('a.call-button');
  return {
    href: call?.getAttribute('href') ?? null,
    callText: call?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    shortAnswer: root.querySelector('.short-answer')!.textContent!.replace(/\s+/g, ' ').trim(),
    cautions: [...root.querySelectorAll('.do-nots li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    lang: root.querySelector('.frame')!.getAttribute('lang'),
    boxes: STILL.map((selector) => {
      const box = root.querySelector(selector)?.getBoundingClientRect();
      return box ? [selector, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)].join(' ') : `${selector} none`;
    }),
  };
}

async function painted(frame: HTMLIFrameElement, selector = 'door-emergency-steps'): Promise<Steps> {
  const steps = frame.contentDocument!.querySelector<Steps>(selector)!;
  for (let i = 0; i < 100 && !steps.hasAttribute(FIRST_STAGE); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(steps.hasAttribute(FIRST_STAGE), 'painted by the first stage').to.equal(true);
  return steps;
}

async function takenOver(frame: HTMLIFrameElement, steps: Steps) {
  await frameWindow(frame).customElements.whenDefined('door-emergency-steps');
  await steps.updateComplete;
  expect(steps.hasAttribute(FIRST_STAGE)).to.equal(false);
  expect(steps.shadowRoot!.querySelectorAll('.frame')).to.have.length(1);
}

describe('the script tag\'s first stage: the first screen before the elements, taken over in place', () => {
  afterEach(removeFrames);

  const cases: { name: string; file: string; body: string; lang?: string; head?: string; expectHref: string | null; expectLang?: string }[] = [
    { name: 'door-help.js, one element, US', file: 'door-help.js', body: '<door-emergency-steps region="US"></door-emergency-steps><p>After.</p>', expectHref: 'tel:911' },
    { name: 'door-emergency-steps.js alone, GB', file: 'door-emergency-steps.js', body: '<door-emergency-steps region="GB"></door-emergency-steps>', expectHref: 'tel:999' },
    {
      name: 'door-help.js, three elements in a <door-help region="CH">',
      file: 'door-help.js',
      body: '<door-help region="CH"><door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>',
      expectHref: 'tel:144',
    },
    { name: 'a guess from the page language, with the chooser', file: 'door-help.js', body: '<door-emergency-steps></door-emergency-steps>', lang: 'en-IE', expectHref: null },
    { name: 'compact, call first', file: 'door-help.js', body: '<door-emergency-steps region="US" compact call-first heading-level="3"></door-emergency-steps>', expectHref: 'tel:911' },
    {
      name: 'Spanish, with the Spanish file',
      file: 'door-help.js',
      body: '<door-emergency-steps region="MX"></door-emergency-steps>',
      lang: 'es-MX',
      head: '<script src="/dist/door-help.es.js"></script>',
      expectHref: 'tel:911',
      expectLang: 'es-MX',
    },
  ];

  for (const { name, file, body, lang, head, expectHref, expectLang } of cases) {
    it(`${name}: the call button, its number and the first screen stay put`, async () => {
      const { frame, release } = await heldPage(file, body, { lang, head });
      const steps = await painted(frame);
      // The elements are not there yet: what shows is the first stage's.
      expect(frameWindow(frame).customElements.get('door-emergency-steps')).to.equal(undefined);
      const before = snapshot(steps);
      if (expectHref) expect(before.href).to.equal(expectHref);
      else expect(before.href, 'a guessed region still shows its number').to.match(/^tel:\d+$/);
      expect(before.cautions).to.have.length.greaterThan(3);
      if (expectLang) expect(before.lang).to.equal(expectLang);
      // The build keeps only the style rules these classes can match (scripts/build/first-stage.mjs).
      const classes = new Set([...steps.shadowRoot!.querySelectorAll('[class]')].flatMap((node) => [...node.classList]));
      expect([...classes].filter((name) => !(FIRST_SCREEN_CLASSES as readonly string[]).includes(name))).to.deep.equal([]);
      await release();
      await takenOver(frame, steps);
      const after = snapshot(steps);
      expect(after).to.deep.equal(before);
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });
  }

  it('the Spanish file loaded after it (both deferred): the first screen turns Spanish before the elements arrive', async () => {
    const { frame, release } = await heldPage('door-help.js', '<door-emergency-steps region="US"></door-emergency-steps><script defer src="/dist/door-help.es.js"></script>', { lang: 'es-US' });
    const steps = await painted(frame);
    for (let i = 0; i < 100 && snapshot(steps).lang !== 'es-US'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = snapshot(steps);
    expect(frameWindow(frame).customElements.get('door-emergency-steps')).to.equal(undefined);
    expect(before.lang).to.equal('es-US');
    expect(before.callText).to.equal('Llamar al 911');
    await release();
    await takenOver(frame, steps);
    expect(snapshot(steps)).to.deep.equal(before);
  });

  it('a page translator rewrites the painted screen: the number it shows is the number it dials, before and after the takeover', async () => {
    const { frame, release } = await heldPage('door-help.js', '<door-emergency-steps region="US"></door-emergency-steps>');
    const steps = await painted(frame);
    const root = steps.shadowRoot!;
    // As a browser translator does: each text node not marked translate="no" becomes <font> with new words.
    const doc = frame.contentDocument!;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      if (!text.data.trim() || text.parentElement!.closest('[translate="no"]')) continue;
      const font = doc.createElement('font');
      font.textContent = `«${text.data}»`;
      text.replaceWith(font);
    }
    const call = root.querySelector<HTMLAnchorElement>('a.call-button')!;
    expect(call.getAttribute('href')).to.equal('tel:911');
    expect(call.querySelector('[translate="no"]')!.textContent).to.equal('911');
    await release();
    await takenOver(frame, steps);
    const after = root.querySelector<HTMLAnchorElement>('a.call-button')!;
    expect(after.getAttribute('href')).to.equal('tel:911');
    expect(after.querySelector('[translate="no"]')!.textContent).to.equal('911');
    expect(root.querySelectorAll('font'), 'the translated first screen is gone, none of it left beside the element').to.have.length(0);
  });

  it('paints nothing for a page without the steps, and loads the elements all the same', async () => {
    const { frame, release } = await heldPage('door-diagnosis.js', '<door-diagnosis></door-diagnosis>');
    const diagnosis = frame.contentDocument!.querySelector('door-diagnosis')!;
    expect(diagnosis.shadowRoot).to.equal(null);
    await release();
    await frameWindow(frame).customElements.whenDefined('door-diagnosis');
    expect(frameWindow(frame).customElements.get('door-emergency-steps'), 'the diagnosis brings the steps it shows').to.not.equal(undefined);
  });

  it('loads the elements for an element added after the page loaded', async () => {
    const { frame, release } = await heldPage('door-help.js', '<p>Nothing yet.</p>');
    await release();
    const doc = frame.contentDocument!;
    const added = doc.createElement('repair-cost');
    doc.body.append(added);
    await frameWindow(frame).customElements.whenDefined('repair-cost');
    await (added as Steps).updateComplete;
    expect(added.shadowRoot!.textContent).to.contain('$');
  });

  it('a page whose only element sits in a closed shadow root still gets it defined (loaded when idle)', async () => {
    const frame = await loadFrame(
      '<div id="app"></div><script src="/dist/door-help.js"></script><script>window.__root = document.getElementById("app").attachShadow({ mode: "closed" }); window.__root.innerHTML = "<door-emergency-steps region=\\"IE\\"></door-emergency-steps>";</script>',
    );
    const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { __root: ShadowRoot };
    await win.customElements.whenDefined('door-emergency-steps');
    const steps = win.__root.querySelector('door-emergency-steps') as Steps;
    await steps.updateComplete;
    expect(steps.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:112');
  });

  it('a tap on the painted call button dials the same number (a plain tel: link)', async () => {
    const { frame, release } = await heldPage('door-help.js', '<door-emergency-steps region="AU"></door-emergency-steps>');
    const steps = await painted(frame);
    const call = steps.shadowRoot!.querySelector<HTMLAnchorElement>('a.call-button')!;
    expect(call.getAttribute('href')).to.equal('tel:000');
    expect(call.querySelector('[translate="no"]')!.textContent).to.equal('000');
    expect(call.getBoundingClientRect().bottom, 'on the first screen at 320×640').to.be.lessThan(640);
    await release();
  });
});

/** The elements' modules a page fetched, by path under dist/. */
const modulesFetched = (frame: HTMLIFrameElement) =>
  frameWindow(frame)
    .performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path === '/dist/door-help.esm.js' || path.startsWith('/dist/parts/'))
    .map((path) => path.slice('/dist/'.length))
    .sort();

describe('door-help.js loads only what the page uses', () => {
  afterEach(removeFrames);

  const pages: { name: string; body: string; loads: string[]; check: string }[] = [
    { name: 'only the emergency steps', body: '<door-emergency-steps region="US"></door-emergency-steps>', loads: ['parts/door-emergency-steps.js'], check: 'door-emergency-steps' },
    { name: 'only the repair cost', body: '<repair-cost></repair-cost>', loads: ['parts/repair-cost.js'], check: 'repair-cost' },
    { name: 'the diagnosis (which shows the steps) and the steps', body: '<door-emergency-steps region="US"></door-emergency-steps><p>Between.</p><door-diagnosis></door-diagnosis>', loads: ['parts/door-diagnosis.js'], check: 'door-diagnosis' },
    { name: 'the steps and the cost', body: '<door-emergency-steps region="US"></door-emergency-steps><repair-cost></repair-cost>', loads: ['door-help.esm.js'], check: 'repair-cost' },
    { name: 'a <door-help> wrapper', body: '<door-help region="US"><door-emergency-steps></door-emergency-steps></door-help>', loads: ['door-help.esm.js'], check: 'door-emergency-steps' },
    {
      // The parser stops at a slow script after the steps: a part for them alone would be the wrong file.
      name: 'the steps, a slow script, then the cost (parsed in two parts)',
      body: '<door-emergency-steps region="US"></door-emergency-steps><script src="/test-api/slow-script.js"></script><repair-cost></repair-cost>',
      loads: ['door-help.esm.js'],
      check: 'repair-cost',
    },
  ];
  for (const { name, body, loads, check } of pages) {
    it(`${name}: ${loads.join(' and ')}, and the elements work`, async () => {
      const frame = await loadFrame(`<!doctype html><html lang="en-US"><head><script src="/dist/door-help.js"></script></head><body>${body}</body></html>`, { width: 320, height: 640 });
      const [element] = await renderedIn(frame, check);
      expect(element!.shadowRoot!.textContent!.length).to.be.greaterThan(100);
      if (check === 'door-emergency-steps') expect(element!.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:911');
      expect(modulesFetched(frame)).to.deep.equal(loads);
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });
  }

  it('an element of another kind added after a part loaded brings every element, and both work side by side', async () => {
    const frame = await loadFrame('<!doctype html><html lang="en-US"><head><script src="/dist/door-help.js"></script></head><body><door-emergency-steps region="GB"></door-emergency-steps></body></html>', { width: 320, height: 640 });
    const [steps] = await renderedIn(frame, 'door-emergency-steps');
    expect(modulesFetched(frame)).to.deep.equal(['parts/door-emergency-steps.js']);
    const doc = frame.contentDocument!;
    doc.body.append(doc.createElement('repair-cost'), doc.createElement('door-diagnosis'));
    const [cost] = await renderedIn(frame, 'repair-cost');
    await renderedIn(frame, 'door-diagnosis');
    expect(cost!.shadowRoot!.textContent).to.contain('$120 to $300');
    expect(steps!.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:999');
    expect(modulesFetched(frame)).to.deep.equal(['door-help.esm.js', 'parts/door-emergency-steps.js']);
    expect(frameWindow(frame).__errors).to.deep.equal([]);
    expect(frameWindow(frame).__warnings).to.deep.equal([]);
  });
});

describe('the first stage pinned with Subresource Integrity', () => {
  afterEach(removeFrames);

  const sri = async (path: string) => {
    const bytes = await (await fetch(path)).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    return `sha384-${btoa(String.fromCharCode(...digest))}`;
  };

  for (const { body, module: file } of [
    { body: '<door-emergency-steps region="NZ"></door-emergency-steps>', module: 'parts/door-emergency-steps.js' },
    { body: '<door-help region="NZ"><door-emergency-steps></door-emergency-steps></door-help>', module: 'door-help.esm.js' },
  ]) {
    it(`loads ${file} pinned by the hash built into it, and the elements take over`, async () => {
      const frame = await loadFrame(
        `<!doctype html><html lang="en"><head><script src="/dist/door-help.js" integrity="${await sri('/dist/door-help.js')}" crossorigin="anonymous"></script></head><body>${body}</body></html>`,
        { width: 320, height: 640 },
      );
      const [steps] = await renderedIn(frame, 'door-emergency-steps');
      expect(steps!.shadowRoot!.querySelector('a.call-button')!.getAttribute('href')).to.equal('tel:111');
      const module = frame.contentDocument!.querySelector<HTMLScriptElement>('script[type="module"]')!;
      expect(new URL(module.src).pathname).to.equal(`/dist/${file}`);
      expect(module.getAttribute('integrity')).to.equal(await sri(`/dist/${file}`));
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });
  }
});
