import { expect } from '@open-wc/testing';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

const PAGES: [string, string][] = [
  ['missing', `Object.defineProperty(window, 'sessionStorage', { get: () => undefined }); Object.defineProperty(window, 'localStorage', { get: () => undefined });`],
  ['throwing on access', `for (const name of ['sessionStorage', 'localStorage']) Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });`],
  ['full', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`],
];

describe('blocked storage', () => {
  afterEach(removeFrames);

  for (const [name, setup] of PAGES) {
    it(`works in memory when storage is ${name}`, async () => {
      const frame = await loadFrame(
        `<script>${setup}</script><script src="/dist/door-help.js"></script><door-emergency-steps region="US"></door-emergency-steps><door-diagnosis></door-diagnosis>`,
      );
      const [steps] = await renderedIn(frame, 'door-emergency-steps');
      const [diagnosis] = await renderedIn(frame, 'door-diagnosis');
      (steps!.shadowRoot!.querySelector('#step-make-safe') as HTMLInputElement).click();
      (diagnosis!.shadowRoot!.querySelector('fieldset[data-question="locks"] input[value="weak"]') as HTMLInputElement).click();
      await (steps as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await (diagnosis as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(steps!.shadowRoot!.querySelector('.progress')!.textContent).to.equal('1 of 5 steps done');
      expect(diagnosis!.shadowRoot!.querySelector('.cause')!.getAttribute('data-cause')).to.equal('actuator');
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });
  }
});
