// A fresh frame with the production script, its languages set before the script reads them.
import { browserLanguagesAre } from './helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

export async function stepsIn(lang: string, browser: string[]): Promise<Element> {
  sessionStorage.clear();
  const restore = browserLanguagesAre(browser);
  try {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:375px;height:640px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The frame's navigator is its own: set its languages before the script reads them.
    frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script>Object.defineProperty(navigator, 'languages', { get: () => ${JSON.stringify(browser)} });</script><script src="${location.origin}/dist/door-help.js"></script><script src="${location.origin}/dist/door-help.es.js"></script></head><body><door-emergency-steps></door-emergency-steps></body></html>`;
    document.body.append(frame);
    await loaded;
    const steps = frame.contentDocument!.querySelector<Lit>('door-emergency-steps')!;
    await frame.contentWindow!.customElements.whenDefined('door-emergency-steps');
    for (let i = 0; i < 3; i++) {
      await steps.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return steps;
  } finally {
    restore();
  }
}

export const callOf = (steps: Element) => steps.shadowRoot!.querySelector('a.call-button')?.getAttribute('href') ?? null;

