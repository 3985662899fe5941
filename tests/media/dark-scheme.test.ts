import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { emulateDarkScheme } from '../support/forced-colors.js';

const surface = (el: HTMLElement) => getComputedStyle(el).backgroundColor;

// Each engine by its own means: Chromium by media emulation, Firefox launched with a dark content
// scheme, WebKitGTK's MiniBrowser launched in dark mode (web-test-runner.config.mjs, dark-scheme group).
describe('the reader’s dark setting (Chromium by emulation, Firefox and WebKit by their dark settings)', () => {
  before(() => emulateDarkScheme());

  it('theme="auto" follows it; theme="light" and no theme stay light', async () => {
    const auto = await fixture<HTMLElement>(html`<door-diagnosis theme="auto"></door-diagnosis>`);
    const light = await fixture<HTMLElement>(html`<door-diagnosis theme="light"></door-diagnosis>`);
    const none = await fixture<HTMLElement>(html`<repair-cost></repair-cost>`);
    expect(surface(auto)).to.equal('rgb(27, 27, 31)');
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
    expect(surface(none)).to.equal('rgb(255, 255, 255)');
  });

  it('no theme on a page that declares color-scheme: light dark: the elements follow the reader’s dark setting', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color-scheme: light dark"><door-emergency-steps region="US"></door-emergency-steps></div>`);
    const steps = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('door-emergency-steps')!;
    await steps.updateComplete;
    expect(surface(steps)).to.equal('rgb(27, 27, 31)');
  });

  it('a wrapper’s theme="auto" reaches the elements inside', async () => {
    const wrapper = await fixture(html`<door-help theme="auto"><repair-cost></repair-cost></door-help>`);
    const cost = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('repair-cost')!;
    await new Promise((resolve) => setTimeout(resolve));
    await cost.updateComplete;
    expect(surface(cost)).to.equal('rgb(27, 27, 31)');
  });
});
