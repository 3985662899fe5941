import { expect } from '@open-wc/testing';

/** Loads a page in an iframe and resolves when it has loaded. */
async function loadPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function rendered(frame: HTMLIFrameElement, selector: string) {
  const el = frame.contentDocument!.querySelector(selector) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (let i = 0; i < 50 && !el.shadowRoot; i += 1) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

describe('dist/door-help.js (script-tag build)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the element from one classic <script src>', async () => {
    const frame = await loadPage('<script src="/dist/door-help.js"></script><door-emergency-steps region="GB"></door-emergency-steps>');
    const el = await rendered(frame, 'door-emergency-steps');
    expect(el.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:999');
  });

  it('works with defer, and loaded twice it neither throws nor warns', async () => {
    const frame = await loadPage(
      '<script>window.errors=[];addEventListener("error",e=>errors.push(e.message));const w=console.warn;console.warn=(...a)=>{errors.push(a.join(" "));w(...a)}</script>' +
        '<script defer src="/dist/door-help.js"></script><script defer src="/dist/door-help.js"></script>' +
        '<door-emergency-steps region="US"></door-emergency-steps>',
    );
    const el = await rendered(frame, 'door-emergency-steps');
    expect(el.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:911');
    expect((frame.contentWindow as unknown as { errors: string[] }).errors).to.deep.equal([]);
  });

  it('defines the diagnosis too, and it ranks from the script build', async () => {
    // All questions at once, whatever the frame's width.
    const frame = await loadPage('<script src="/dist/door-help.js"></script><door-diagnosis mode="form"></door-diagnosis>');
    const el = await rendered(frame, 'door-diagnosis');
    (el.shadowRoot!.querySelector('fieldset[data-question="locks"] input[value="weak"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.cause')!.getAttribute('data-cause')).to.equal('actuator');
  });
});
