// `npm run screenshots`: the README's pictures of each mode and drawing, taken in Chromium at a
// 390 px phone width (2× pixels) from the source through Vite's dev server, into docs/screenshots/.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findBrowser, chromiumFlags } from './browser.mjs';

/** In the page: the reader says nobody is stuck, then taps these options one question at a time ('' = "None of these"/"Not sure"). */
async function interview(el, options) {
  el.shadowRoot.querySelector('[data-question="trapped"] input[value="no"]').click();
  await el.updateComplete;
  for (const option of options) {
    const buttons = [...el.shadowRoot.querySelectorAll('.guided-question button')];
    const button = buttons.find((b) => (option === '' ? b.classList.contains('next') : b.dataset.option === option));
    if (!button) break;
    button.click();
    await el.updateComplete;
  }
}

const SHOTS = [
  { name: 'guided-question', html: '<door-diagnosis region="US"></door-diagnosis>', width: 390, interview: [''], selector: '.questions' },
  { name: 'guided-result', html: '<door-diagnosis region="US"></door-diagnosis>', width: 390, interview: ['', 'yes', 'rear', 'normal', 'normal'], selector: '.questions' },
  { name: 'form', html: '<door-diagnosis mode="form" region="US"></door-diagnosis>', width: 390, selector: '.form-view', clip: 900 },
  {
    name: 'release-picture',
    html: '<door-diagnosis mode="form" region="US"></door-diagnosis>',
    width: 390,
    steps: async (el) => {
      el.answers = { trapped: 'no', opensOutside: 'yes', handleFeel: 'loose' };
      await el.updateComplete;
    },
    selector: '[data-picture="release"]',
  },
  { name: 'child-lock-picture', html: '<door-emergency-steps region="US"></door-emergency-steps>', width: 390, selector: '[data-picture="child-lock"]' },
];

const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: chromiumFlags });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 844, deviceScaleFactor: 2 });
    await page.goto(`http://localhost:${port}/docs/screenshots/page.html`);
    await page.evaluate(async (markup) => {
      sessionStorage.clear();
      document.querySelector('#stage').innerHTML = markup;
      const el = document.querySelector('#stage').firstElementChild;
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }, shot.html);
    if (shot.interview) await page.evaluate(`(${interview.toString()})(document.querySelector('#stage').firstElementChild, ${JSON.stringify(shot.interview)})`);
    if (shot.steps) await page.evaluate(`(${shot.steps.toString()})(document.querySelector('#stage').firstElementChild)`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const handle = await page.evaluateHandle((selector) => document.querySelector('#stage').firstElementChild.shadowRoot.querySelector(selector), shot.selector);
    const box = await handle.boundingBox();
    const scrolled = await page.evaluate(() => scrollY);
    if (box) box.y += scrolled;
    if (!box) throw new Error(`${shot.name}: nothing matches ${shot.selector}`);
    const clip = { x: 0, y: Math.max(0, box.y - 8), width: shot.width, height: Math.min(box.height + 16, shot.clip ?? Infinity) };
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png`, clip, captureBeyondViewport: true });
    console.log(`docs/screenshots/${shot.name}.png ${Math.round(clip.height)} px tall`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
