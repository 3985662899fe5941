// Firefox launched with TZ=America/Chicago (web-test-runner.config.mjs, time-zone group): the
// device's time zone, as a reader's phone has it, decides the number before any language.
import { expect } from '@open-wc/testing';
import { callOf, stepsIn } from '../support/time-zone-pages.js';

describe('the device’s time zone (Firefox launched in Chicago’s)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the browser is in Chicago’s time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Chicago');
  });

  it('a Spanish phone set to Colombia’s Spanish: Llamar al 911, not Colombia’s 123', async () => {
    const steps = await stepsIn('es', ['es-CO', 'es']);
    expect(callOf(steps)).to.equal('tel:911');
    expect(steps.shadowRoot!.querySelector<HTMLElement>('a.call-button')!.innerText.trim()).to.equal('Llamar al 911');
    expect(steps.shadowRoot!.querySelector('.region-note')!.textContent).to.contain('Estados Unidos');
  });

  it('en-GB and Latin American Spanish (es-419): 911', async () => {
    expect(callOf(await stepsIn('en-GB', ['en-GB']))).to.equal('tel:911');
    expect(callOf(await stepsIn('es-419', ['es-419']))).to.equal('tel:911');
  });
});
