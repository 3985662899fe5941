import { expect } from '@open-wc/testing';
import { loadFrame, removeFrames, renderedIn, frameWindow } from '../support/frames.js';

/** A framework reset plus the rules a careless theme ships, all on the light DOM. */
const HOSTILE_CSS = `
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0; font: inherit; vertical-align: baseline; }
  * { font-size: 9px !important; line-height: 1 !important; color: #777 !important; letter-spacing: .3em; text-transform: uppercase; word-spacing: 1em; }
  button { display: none; }
  ol, ul { list-style: none; }
  a { pointer-events: none; }
  body { font-family: 'Comic Sans MS', cursive; white-space: pre; text-align: justify; }
`;

describe('a page with aggressive global CSS', () => {
  afterEach(removeFrames);

  it('keeps every element readable and usable', async () => {
    const frame = await loadFrame(
      `<style>${HOSTILE_CSS}</style><script src="/dist/door-help.js"></script>` +
        '<door-emergency-steps region="US"></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost>',
      { width: 360 },
    );
    const [steps] = await renderedIn(frame, 'door-emergency-steps');
    const [diagnosis] = await renderedIn(frame, 'door-diagnosis');
    const [cost] = await renderedIn(frame, 'repair-cost');

    for (const el of [steps!, diagnosis!, cost!]) {
      const paragraph = el.shadowRoot!.querySelector('p')!;
      const style = getComputedStyle(paragraph);
      expect(parseFloat(style.fontSize), el.localName).to.be.at.least(16);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), el.localName).to.be.at.least(1.4);
      expect(style.color, el.localName).not.to.equal('rgb(119, 119, 119)');
      // Letter spacing is left to the page and the reader (WCAG 1.4.12): it is inherited, not reset.
      expect(style.letterSpacing, el.localName).to.equal(getComputedStyle(el).letterSpacing);
      expect(style.textTransform, el.localName).to.equal('none');
      expect(style.whiteSpace, el.localName).to.equal('normal');
    }

    // The call button shows and takes the tap.
    const call = steps!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call-button"]')!;
    const box = call.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    const hit = steps!.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(call.contains(hit)).to.equal(true);
    expect(getComputedStyle(call).pointerEvents).to.equal('auto');

    // Buttons, list markers and numbers are still there.
    expect(getComputedStyle(steps!.shadowRoot!.querySelector('button.copy')!).display).not.to.equal('none');
    // Step numbers are drawn in the row (a counter), so page CSS on list markers cannot remove them.
    expect(getComputedStyle(steps!.shadowRoot!.querySelector('.steps .check-head')!, '::before').content).to.equal('counter(step) "."');
    expect(steps!.shadowRoot!.querySelector('.do-nots .marker')!.textContent).to.equal('✕');
    expect(getComputedStyle(diagnosis!.shadowRoot!.querySelector('button.restart')!).display).not.to.equal('none');

    // Nothing overflows sideways at 360 px.
    for (const el of [steps!, diagnosis!, cost!]) expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth + 1);
    expect(frameWindow(frame).__errors).to.deep.equal([]);
  });
});
