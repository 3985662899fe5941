// `npm run screenshots`: the README's pictures of the reader's flow, each mode and drawing, taken
// in Chromium at a 375 or 390 px phone width (2× pixels) from the source through Vite's dev
// server, into docs/screenshots/.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findBrowser, chromiumFlags } from '../test/browser.mjs';

/**
 * In the page: the reader answers the safety question, then, one question at a time, each question
 * the interview puts from the plan (a question the plan lacks: "None of these" / "Not sure"),
 * until the result shows or `steps` taps are done.
 */
async function interview(el, { safety = 'no', plan = {}, steps = 20 }) {
  el.shadowRoot.querySelector(`[data-question="trapped"] input[value="${safety}"]`).click();
  await el.updateComplete;
  for (let step = 0; step < steps; step++) {
    const question = el.shadowRoot.querySelector('.guided-question');
    if (!question) break;
    const option = plan[question.dataset.question] ?? '';
    const buttons = [...question.querySelectorAll('button')];
    const button = buttons.find((b) => (option === '' ? b.classList.contains('next') || b.classList.contains('not-sure') : b.dataset.option === option));
    if (!button) break;
    button.click();
    await el.updateComplete;
  }
}

/** A rear door that opens from outside, nobody stuck, the door still latching: the child lock, "okay for now". */
const REAR_DOOR = { opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal', sound: 'nothing', doorCount: 'one', latches: 'secure', seatNeeded: 'no' };

const SHOTS = [
  { name: 'emergency-view', html: '<door-diagnosis region="US"></door-diagnosis>', width: 375, interview: { safety: 'unsure', steps: 0 }, selector: '.escalation', clip: 1100 },
  { name: 'guided-question', html: '<door-diagnosis region="US"></door-diagnosis>', width: 375, interview: { steps: 1, plan: { history: '' } }, selector: '.questions' },
  { name: 'guided-result', html: '<door-diagnosis region="US"></door-diagnosis>', width: 375, interview: { plan: REAR_DOOR }, selector: '.questions' },
  {
    // The cost for the result's causes, on a dealer page: the shop's price as the one headline, the booking link under it.
    name: 'cost-headline',
    html: `<door-help region="US" prices='{"currency":"USD","bookingUrl":"https://dealer.example/book","phone":"+1 555 010 0199","repairs":{"child-lock-check":{"min":0,"max":0},"inside-handle":{"min":140,"max":280},"linkage":{"min":160,"max":330}}}'><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>`,
    width: 375,
    interviewOn: 'door-diagnosis',
    interview: { plan: REAR_DOOR },
    element: 'repair-cost',
    selector: '.expected',
    below: '.cta',
  },
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
      for (const el of document.querySelectorAll('#stage door-emergency-steps, #stage door-diagnosis, #stage repair-cost')) {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      }
    }, shot.html);
    const on = shot.interviewOn ? `document.querySelector('#stage ${shot.interviewOn}')` : `document.querySelector('#stage').firstElementChild`;
    if (shot.interview) await page.evaluate(`(${interview.toString()})(${on}, ${JSON.stringify(shot.interview)})`);
    if (shot.element) await page.evaluate(async (tag) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await document.querySelector(`#stage ${tag}`).updateComplete;
    }, shot.element);
    // The emergency view's own element renders a turn later.
    await page.evaluate(() => document.querySelector('#stage').firstElementChild.shadowRoot.querySelector('door-emergency-steps')?.updateComplete);
    if (shot.steps) await page.evaluate(`(${shot.steps.toString()})(document.querySelector('#stage').firstElementChild)`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const host = shot.element ? `#stage ${shot.element}` : '#stage > *';
    const handle = await page.evaluateHandle((hostSelector, selector) => document.querySelector(hostSelector).shadowRoot.querySelector(selector), host, shot.selector);
    const box = await handle.boundingBox();
    if (box && shot.below) {
      // Down to the bottom of a second part (the booking link under the headline).
      const end = await (await page.evaluateHandle((hostSelector, selector) => document.querySelector(hostSelector).shadowRoot.querySelector(selector), host, shot.below)).boundingBox();
      if (end) box.height = end.y + end.height - box.y;
    }
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
