import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/define/door-diagnosis.js';
import type { DoorDiagnosis } from '../../../src/components/door-diagnosis/door-diagnosis.js';
import { forgetReaderState, inShadow, replaceProperty } from '../../support/helpers.js';

/** Clicks an answer the way a reader does. */
async function answer(el: DoorDiagnosis, question: string, option: string) {
  // A first render takes its turn (src/shared/element/render-turns.ts): wait for it before answering.
  await el.updateComplete;
  inShadow<HTMLInputElement>(el, `fieldset[data-question="${question}"] input[value="${option}"]`).click();
  await el.updateComplete;
}

/** A framework's re-render: the parent renders again, setting `answers` to a new but equal object literal. */
function app(container: HTMLElement, preset: Record<string, unknown>, key = 'door-help:diagnosis') {
  render(html`<door-diagnosis storage-key=${key} .answers=${{ ...preset }}></door-diagnosis>`, container);
  return container.querySelector<DoorDiagnosis>('door-diagnosis')!;
}

describe('one state for the reader’s answers, as frameworks and pages set them', () => {
  beforeEach(forgetReaderState);

  it('an equal preset set again (a React re-render of an inline object) keeps what the reader chose', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = app(container, { doorPosition: 'rear' });
    await el.updateComplete;
    await answer(el, 'locks', 'weak');
    await answer(el, 'doorPosition', 'front');
    for (let render = 0; render < 3; render++) app(container, { doorPosition: 'rear' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ doorPosition: 'front', locks: 'weak' });
  });

  it('a changed preset fills only the questions the reader has not answered, "not sure" included', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = app(container, { doorPosition: 'rear' });
    await el.updateComplete;
    await answer(el, 'doorPosition', 'front');
    await answer(el, 'sound', 'click');
    await answer(el, 'sound', ''); // then "not sure": also the reader's choice
    app(container, { doorPosition: 'rear', sound: 'click', handleFeel: 'stiff' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ doorPosition: 'front', handleFeel: 'stiff' });
  });

  it('a preset set after the element connected never beats the stored answers after a reload', async () => {
    const first = await fixture<DoorDiagnosis>(html`<door-diagnosis></door-diagnosis>`);
    await answer(first, 'doorPosition', 'front');
    first.remove();
    // Reload: the element connects and reads storage, then the page's script sets its preset.
    const again = await fixture<DoorDiagnosis>(html`<door-diagnosis></door-diagnosis>`);
    again.answers = { doorPosition: 'rear', locks: 'normal' };
    await again.updateComplete;
    expect(again.answers).to.deep.equal({ doorPosition: 'front', locks: 'normal' });
  });

  it('two diagnoses with one key are one state: an answer in either shows in both', async () => {
    const page = await fixture(html`<div><door-diagnosis></door-diagnosis><door-diagnosis></door-diagnosis></div>`);
    const [a, b] = [...page.querySelectorAll<DoorDiagnosis>('door-diagnosis')];
    await answer(a!, 'locks', 'weak');
    await answer(b!, 'doorPosition', 'rear');
    await a!.updateComplete;
    expect(a!.answers).to.deep.equal({ doorPosition: 'rear', locks: 'weak' });
    expect(b!.answers).to.deep.equal({ doorPosition: 'rear', locks: 'weak' });
  });

  it('saves and loads lists intact when an old library patched Array.prototype.toJSON and Object.prototype.toJSON', async () => {
    const restoreArray = replaceProperty(Array.prototype, 'toJSON', { value: function (this: unknown[]) { return this.join(','); }, writable: true });
    const restoreObject = replaceProperty(Object.prototype, 'toJSON', { value: () => 'patched', writable: true });
    try {
      const el = await fixture<DoorDiagnosis>(html`<door-diagnosis></door-diagnosis>`);
      await answer(el, 'history', 'freezing');
      await answer(el, 'history', 'water');
      el.remove();
      const again = await fixture<DoorDiagnosis>(html`<door-diagnosis></door-diagnosis>`);
      expect(again.answers).to.deep.equal({ history: ['freezing', 'water'] });
    } finally {
      restoreObject();
      restoreArray();
    }
  });

  it('reads answers from its own properties only: a polluted prototype answers nothing', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of [['latches', 'secure'], ['doorCount', 'one'], ['seatNeeded', 'no']]) {
      Object.defineProperty(proto, key!, { value, configurable: true, writable: true, enumerable: false });
    }
    try {
      const el = await fixture<DoorDiagnosis>(html`<door-diagnosis></door-diagnosis>`);
      expect(el.result.driving.verdict).to.equal('undecided');
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('undecided');
      expect(el.result.answeredCount).to.equal(0);
    } finally {
      for (const key of ['latches', 'doorCount', 'seatNeeded']) delete proto[key];
    }
  });
});
