// Readers walked on phones (320×640 and 375×740) with the production script, tap by tap, checking
// what is on the screen they are looking at after each tap.
import { expect } from '@open-wc/testing';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const PHONES = [
  { width: 320, height: 640 },
  { width: 375, height: 740 },
];

async function phonePage(body: string, { width, height }: { width: number; height: number }, lang = 'en-US'): Promise<HTMLIFrameElement> {
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script>window.__errors=[];addEventListener('error',(e)=>__errors.push(e.message));</script><script src="${location.origin}/dist/door-help.js"></script><script src="${location.origin}/dist/door-help.es.js"></script><style>body{margin:0;font-family:sans-serif}</style></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('door-diagnosis');
  return frame;
}

async function settle(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    const elements = [...doc.querySelectorAll<Lit>('door-emergency-steps, door-diagnosis, repair-cost')];
    for (const element of elements) {
      await element.updateComplete;
      for (const inner of element.shadowRoot?.querySelectorAll<Lit>('door-emergency-steps') ?? []) await inner.updateComplete;
    }
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Whether an element is wholly on the frame's screen. */
function onScreen(frame: HTMLIFrameElement, element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const view = frame.contentWindow!;
  return box.height > 0 && box.top >= 0 && box.bottom <= view.innerHeight && box.left >= 0 && box.right <= view.innerWidth;
}

/** Boxes in the element's tree (shadow roots too) that spill past the element's own right edge. */
function overflowing(root: Element): string[] {
  const view = root.ownerDocument.defaultView!;
  const edge = Math.min(root.getBoundingClientRect().right, view.innerWidth) + 0.5;
  const spills: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      const box = child.getBoundingClientRect();
      if (box.width && box.right > edge) spills.push(`${child.localName}.${child.className} +${Math.round(box.right - edge)}px`);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return spills;
}

describe('readers walked on phones (production script)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const phone of PHONES) {
    const size = `${phone.width}×${phone.height}`;

    it(`${size}: a child stuck in the back seat (US), the parent not sure: one tap on "Not sure" puts the call on screen`, async () => {
      const frame = await phonePage('<door-help region="US"><door-diagnosis></door-diagnosis></door-help>', phone);
      await settle(frame);
      const diagnosis = frame.contentDocument!.querySelector<Lit>('door-diagnosis')!;
      const root = diagnosis.shadowRoot!;
      // Nothing chosen, no emergency view yet.
      expect([...root.querySelectorAll<HTMLInputElement>('fieldset[data-question="trapped"] input')].some((input) => input.checked)).to.equal(false);
      expect(root.querySelector('.escalation')).to.equal(null);
      // Tap 1: "Not sure".
      const unsure = root.querySelector<HTMLInputElement>('fieldset[data-question="trapped"] input[value="unsure"]')!;
      unsure.scrollIntoView({ block: 'center' });
      unsure.click();
      await settle(frame);
      const steps = root.querySelector<Lit>('.escalation door-emergency-steps')!;
      expect(steps, 'the emergency view').to.exist;
      const call = steps.shadowRoot!.querySelector<HTMLAnchorElement>('a.call-button')!;
      expect(call.getAttribute('href')).to.equal('tel:911');
      expect(onScreen(frame, call), 'the call button on the screen').to.equal(true);
      expect(onScreen(frame, steps.shadowRoot!.querySelector('.say-words')), 'the words to say on the screen').to.equal(true);
      // The short view: ways out and cautions, the full steps behind one control, the recall check not shown.
      expect(steps.shadowRoot!.querySelectorAll('.ways-out li').length).to.equal(2);
      expect(steps.shadowRoot!.querySelectorAll('.do-nots li').length).to.equal(5);
      expect(getComputedStyle(steps.shadowRoot!.querySelector('#details')!).display).to.equal('none');
      expect(steps.shadowRoot!.querySelector('button.toggle')).to.exist;
      expect(overflowing(diagnosis), 'nothing spills out').to.deep.equal([]);
      expect((frame.contentWindow as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
    });

    it(`${size}: a rear door, nobody stuck, wanting the cause, the driving answer and the cost: each next question on screen, the result with its verdict, and the cost one tap away`, async () => {
      const frame = await phonePage('<door-help region="US"><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>', phone);
      await settle(frame);
      const diagnosis = frame.contentDocument!.querySelector<Lit>('door-diagnosis')!;
      const root = diagnosis.shadowRoot!;
      const no = root.querySelector<HTMLInputElement>('fieldset[data-question="trapped"] input[value="no"]')!;
      no.scrollIntoView({ block: 'center' });
      no.click();
      await settle(frame);
      expect(root.querySelector('.escalation'), 'no emergency view').to.equal(null);
      const plan: Record<string, string> = { opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal', sound: 'nothing', doorCount: 'one', latches: 'secure', seatNeeded: 'no' };
      let taps = 1;
      for (;;) {
        const question = root.querySelector<HTMLElement>('.guided-question');
        if (!question) break;
        expect(onScreen(frame, question.querySelector('legend')), `question ${question.dataset.question} on screen after tap ${taps}`).to.equal(true);
        const id = question.dataset.question!;
        const button = id === 'history' ? question.querySelector<HTMLButtonElement>('button.next')! : question.querySelector<HTMLButtonElement>(`button[data-option="${plan[id]}"]`)!;
        button.click();
        taps++;
        await settle(frame);
        expect(taps, 'taps').to.be.at.most(10);
      }
      const card = root.querySelector<HTMLElement>('.guided-result')!;
      expect(card.dataset.verdict, 'the verdict all these answers give').to.equal('ok-for-now');
      expect(onScreen(frame, card.querySelector('.guided-result-heading')), 'the result on screen').to.equal(true);
      expect(card.querySelector('[data-cause="child-lock"]'), 'the child lock, most likely').to.exist;
      card.querySelector<HTMLButtonElement>('.cost-link')!.click();
      await settle(frame);
      const cost = frame.contentDocument!.querySelector('repair-cost')!;
      expect(frame.contentDocument!.activeElement).to.equal(cost);
      expect(cost.getBoundingClientRect().top, 'the cost on screen').to.be.within(-1, phone.height / 2);
      // One headline for the causes most likely at the stop (child lock, handle, linkage): the typical US range, labelled.
      const headline = cost.shadowRoot!.querySelector('.expected-range')!;
      expect(onScreen(frame, headline), 'the cost headline on screen').to.equal(true);
      expect(headline.textContent).to.equal('$0 to $350');
      expect(cost.shadowRoot!.querySelector('.expected-source')!.textContent).to.equal('Typical US prices');
      expect(overflowing(diagnosis), 'nothing spills out').to.deep.equal([]);
      expect(overflowing(cost), 'nothing spills out of the cost').to.deep.equal([]);
    });

    it(`${size}: "Yes" in Spanish on a GB dealer page: the emergency view, 999, in Spanish, nothing spilling out; the shop's price alone in pounds`, async () => {
      const prices = JSON.stringify({ currency: 'GBP', bookingUrl: 'https://garage.example/book', repairs: { 'child-lock-check': { min: 0, max: 0 }, latch: { min: 290, max: 520 } } });
      const frame = await phonePage(`<door-help region="GB" lang="es" prices='${prices}'><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>`, phone, 'es');
      await settle(frame);
      const diagnosis = frame.contentDocument!.querySelector<Lit>('door-diagnosis')!;
      const yes = diagnosis.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="trapped"] input[value="yes"]')!;
      yes.scrollIntoView({ block: 'center' });
      yes.click();
      await settle(frame);
      const steps = diagnosis.shadowRoot!.querySelector<Lit>('.escalation door-emergency-steps')!;
      const call = steps.shadowRoot!.querySelector<HTMLElement>('a.call-button')!;
      expect(call.getAttribute('href')).to.equal('tel:999');
      expect(call.innerText.trim()).to.equal('Llamar al 999');
      expect(onScreen(frame, call), 'the call button on the screen').to.equal(true);
      expect(onScreen(frame, steps.shadowRoot!.querySelector('.say-words')), 'the words to say on the screen').to.equal(true);
      expect(overflowing(diagnosis), 'nothing spills out').to.deep.equal([]);
      // Later, the cost for a cause: the shop's price alone, in pounds, in Spanish, the booking link beside it.
      const cost = frame.contentDocument!.querySelector<Lit & { cause?: string }>('repair-cost')!;
      cost.cause = 'child-lock';
      await settle(frame);
      expect(cost.shadowRoot!.querySelector('.expected-range')!.textContent).to.equal('Sin costo');
      cost.cause = 'latch';
      await settle(frame);
      const headline = cost.shadowRoot!.querySelector('.expected-range')!.textContent!;
      expect(headline).to.match(/£|GBP/);
      expect(headline).not.to.match(/\$|US/);
      expect(cost.shadowRoot!.querySelector('.expected-source')!.textContent).to.equal('Precios de este taller');
      expect(cost.shadowRoot!.querySelector('.expected + .cta a.book')).to.exist;
      expect(cost.shadowRoot!.querySelector('[data-repair="actuator"] .source')!.textContent).to.contain('dólares estadounidenses');
      expect(overflowing(cost), 'nothing spills out of the cost').to.deep.equal([]);
      expect((frame.contentWindow as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
    });
  }
});
