import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { inShadow } from '../support/helpers.js';

const colours = (el: HTMLElement) => ({ text: getComputedStyle(el).color, surface: getComputedStyle(el).backgroundColor });

describe('theming', () => {
  // theme="auto" and the reader's dark setting: tests/media/dark-scheme.test.ts.
  it('is light by default and dark with theme="dark"', async () => {
    const light = await fixture<HTMLElement>(html`<repair-cost></repair-cost>`);
    const dark = await fixture<HTMLElement>(html`<repair-cost theme="dark"></repair-cost>`);
    expect(colours(light)).to.deep.equal({ text: 'rgb(27, 27, 31)', surface: 'rgb(255, 255, 255)' });
    expect(colours(dark)).to.deep.equal({ text: 'rgb(228, 226, 230)', surface: 'rgb(27, 27, 31)' });
  });

  it('on a dark page (color-scheme: dark) the elements are dark by default, the call button keeps its contrast; theme="light" keeps them light', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color-scheme: dark">
      <repair-cost></repair-cost><door-emergency-steps region="US"></door-emergency-steps><repair-cost theme="light"></repair-cost>
    </div>`);
    const [dark, steps, light] = [...page.children] as HTMLElement[];
    await (steps as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(colours(dark!)).to.deep.equal({ text: 'rgb(228, 226, 230)', surface: 'rgb(27, 27, 31)' });
    expect(colours(light!)).to.deep.equal({ text: 'rgb(27, 27, 31)', surface: 'rgb(255, 255, 255)' });
    const call = getComputedStyle(inShadow(steps!, '[part="call-button"]'));
    // The dark danger pair (#ffb4ab on #690005): far above 4.5:1.
    expect([call.backgroundColor, call.color]).to.deep.equal(['rgb(255, 180, 171)', 'rgb(105, 0, 5)']);
  });

  it('takes the global tokens and per-element knobs from the page', async () => {
    const wrapper = await fixture(html`<div style="--door-help-accent: rgb(1, 2, 3); --door-emergency-steps-call-background: rgb(9, 8, 7)">
      <door-emergency-steps region="US"></door-emergency-steps>
    </div>`);
    const el = wrapper.querySelector('door-emergency-steps')!;
    await el.updateComplete;
    expect(getComputedStyle(inShadow(el, '[part="call-button"]')).backgroundColor).to.equal('rgb(9, 8, 7)');
    expect(getComputedStyle(inShadow(el, 'button.copy')).color).to.equal('rgb(1, 2, 3)');
  });

  it('inherits the page font and the reader’s letter spacing, and nothing else of the page’s text settings', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif; font-size: 9px; letter-spacing: 0.3em; text-transform: uppercase">
      <repair-cost></repair-cost>
    </div>`);
    const el = wrapper.querySelector('repair-cost')!;
    await el.updateComplete;
    const style = getComputedStyle(inShadow(el, '.title'));
    expect(style.fontFamily).to.contain('Georgia');
    expect(style.textTransform).to.equal('none');
    // Letter and word spacing are the reader's to set (WCAG 1.4.12): 0.3em of the page's 9px.
    expect(parseFloat(style.letterSpacing)).to.be.closeTo(2.7, 0.05);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(16);
  });
});
