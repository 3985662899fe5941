// The device's time zone decides the region before any language (tests/logic/settings.test.ts holds
// the table). Here a real browser set to a time zone, with the production script in a fresh frame.
// Chromium is set to another time zone per test (the DevTools protocol); Firefox is launched in
// Chicago's (tests/media/time-zone.test.ts); WebKit runs in the machine's zone, so there the test
// checks that UTC leaves the language's guess.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';
import { callOf, stepsIn } from '../support/time-zone-pages.js';

describe('the device’s time zone, in a real browser', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    if (engine === 'chromium') await executeServerCommand('emulate-timezone', { timezoneId: '' });
  });

  if (engine === 'chromium') {
    it('a Spanish phone set to Colombia’s Spanish, in Chicago: Llamar al 911, shown as a guess, not Colombia’s 123 (Chromium: time zone emulated)', async () => {
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/Chicago' });
      const steps = await stepsIn('es', ['es-CO', 'es']);
      expect(callOf(steps)).to.equal('tel:911');
      expect(steps.shadowRoot!.querySelector<HTMLElement>('a.call-button')!.innerText.trim()).to.equal('Llamar al 911');
      expect(steps.shadowRoot!.querySelector('.region-note')!.textContent).to.contain('Estados Unidos');
      expect(steps.shadowRoot!.querySelector('.region-choice select')).to.exist;
    });

    it('en-GB in New York: 911, not 999 (Chromium: time zone emulated)', async () => {
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' });
      expect(callOf(await stepsIn('en-GB', ['en-GB']))).to.equal('tel:911');
    });

    it('in Nairobi (no number in our table) with an en-US phone: no country’s number as the reader’s, 112 and 911 from a mobile phone (Chromium: time zone emulated)', async () => {
      await executeServerCommand('emulate-timezone', { timezoneId: 'Africa/Nairobi' });
      const steps = await stepsIn('en-US', ['en-US']);
      expect(callOf(steps)).to.equal(null);
      expect([...steps.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:911']);
    });
  } else {
    it(`the machine's zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}) decides what it can (${engine === 'firefox' ? 'Firefox in Chicago’s zone: tests/media/time-zone.test.ts' : 'WebKit cannot be set to another zone from a test'})`, async () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const steps = await stepsIn('en-GB', ['en-GB']);
      if (/^(UTC|Etc\/)/.test(zone)) expect(callOf(steps), 'UTC says nothing: the language guess').to.equal('tel:999');
      else expect(callOf(steps)).to.be.a('string');
    });
  }
});
