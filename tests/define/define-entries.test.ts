import { expect } from '@open-wc/testing';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

const TAGS = ['door-help', 'door-emergency-steps', 'door-diagnosis', 'repair-cost'];

async function definedAfter(entry: string): Promise<string[]> {
  const frame = await loadFrame(`<script type="module">import '${entry}'; window.__done = true;</script>`);
  const win = frame.contentWindow as Window & { __done?: boolean };
  for (let i = 0; i < 100 && !win.__done; i += 1) await new Promise((r) => setTimeout(r, 20));
  return TAGS.filter((tag) => win.customElements.get(tag));
}

describe('define entries (npm build)', () => {
  afterEach(removeFrames);

  it('door-help/define/door-emergency-steps registers only that element', async () => {
    expect(await definedAfter('/dist/define/door-emergency-steps.js')).to.deep.equal(['door-emergency-steps']);
  });
  it('door-help/define/repair-cost registers only that element', async () => {
    expect(await definedAfter('/dist/define/repair-cost.js')).to.deep.equal(['repair-cost']);
  });
  it('door-help/define/door-help registers only the wrapper', async () => {
    expect(await definedAfter('/dist/define/door-help.js')).to.deep.equal(['door-help']);
  });
  it('door-help/define/door-diagnosis registers the diagnosis and the emergency steps it shows', async () => {
    expect(await definedAfter('/dist/define/door-diagnosis.js')).to.deep.equal(['door-emergency-steps', 'door-diagnosis']);
  });
  it('door-help/define/all registers everything', async () => {
    expect(await definedAfter('/dist/define/all.js')).to.deep.equal(TAGS);
  });
  it('the package root registers nothing', async () => {
    expect(await definedAfter('/dist/index.js')).to.deep.equal([]);
  });
});

describe('two copies on one page', () => {
  afterEach(removeFrames);

  it('the script tag plus the npm build: no error, no warning, elements work', async () => {
    const frame = await loadFrame(
      '<script src="/dist/door-help.js"></script><script type="module" src="/dist/define/all.js"></script>' +
        '<door-emergency-steps region="IE"></door-emergency-steps>',
    );
    const [el] = await renderedIn(frame, 'door-emergency-steps');
    expect(el!.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:112');
    expect(frameWindow(frame).__errors).to.deep.equal([]);
    expect(frameWindow(frame).__warnings.filter((w) => w.includes('door-help'))).to.deep.equal([]);
  });

  it('a different door-help version already on the page gets a console warning, not an error', async () => {
    const frame = await loadFrame(
      '<script>customElements.define("door-diagnosis", class extends HTMLElement { static version = "0.0.9" });</script>' +
        // The wrapper needs every element, so door-help.js loads them all (door-help.esm.js).
        '<script src="/dist/door-help.js"></script><door-help><repair-cost></repair-cost></door-help>',
    );
    await renderedIn(frame, 'repair-cost');
    const win = frameWindow(frame);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.some((w) => w.includes('<door-diagnosis> is already defined by door-help 0.0.9'))).to.equal(true);
  });

  it('a tag taken by another library: a clear error naming it, the rest still defined', async () => {
    const frame = await loadFrame(
      '<script>customElements.define("repair-cost", class extends HTMLElement {});</script>' +
        '<script src="/dist/door-help.js"></script><door-help><door-emergency-steps></door-emergency-steps></door-help>',
    );
    await renderedIn(frame, 'door-emergency-steps');
    const win = frameWindow(frame);
    expect(win.__errors.some((e) => e.includes('the tag <repair-cost> is already taken by another library'))).to.equal(true);
    expect(['door-help', 'door-diagnosis'].every((tag) => win.customElements.get(tag))).to.equal(true);
  });

  it('exposes the version at run time', async () => {
    const frame = await loadFrame('<script src="/dist/door-help.js"></script>');
    const pkg = await (await fetch('/package.json')).json();
    expect((frame.contentWindow as unknown as { DoorHelp: { VERSION: string } }).DoorHelp.VERSION).to.equal(pkg.version);
  });
});
