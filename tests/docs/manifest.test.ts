import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import * as events from '../../src/shared/events.js';
import { ELEMENT_TAGS } from '../../src/elements.js';
import { captureConsole, replaceProperty } from '../support/helpers.js';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

const TAGS = ELEMENT_TAGS;
let elements: Map<string, Declaration>;
let declarations: Declaration[];

before(async () => {
  // Session storage outlives a test file in the same tab; start without saved answers.
  sessionStorage.clear();
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  elements = new Map(declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));
});

const names = (list: Named[] | undefined) => new Set((list ?? []).map((item) => item.name));

/** Every part rendered in an element's own shadow root, across the states it is put in. */
async function renderedParts(states: HTMLElement[]): Promise<Set<string>> {
  const parts = new Set<string>();
  for (const el of states) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    el.shadowRoot!.querySelectorAll('[part]').forEach((node) => node.getAttribute('part')!.split(/\s+/).forEach((p) => parts.add(p)));
  }
  return parts;
}

describe('custom-elements.json', () => {
  it('lists every element with its attributes, properties, events, slots, parts and CSS properties', () => {
    expect([...elements.keys()].sort()).to.deep.equal([...TAGS].sort());
    for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost']) {
      const el = elements.get(tag)!;
      expect(names(el.attributes), tag).to.include.keys('heading-level', 'theme');
      expect(el.events?.length, tag).to.be.greaterThan(0);
      expect(el.cssParts?.length, tag).to.be.greaterThan(0);
      expect(names(el.cssProperties), tag).to.include.keys('--door-help-accent', '--door-help-danger', '--door-help-text', '--door-help-surface', '--door-help-radius', '--door-help-font', '--door-help-spacing');
    }
    expect(names(elements.get('repair-cost')!.slots)).to.include.keys('cta');
    expect(names(elements.get('door-diagnosis')!.members)).to.include.keys('answers', 'result');
  });

  it('the framework bindings list the same events per element as the manifest (@fires)', () => {
    for (const tag of TAGS) {
      expect([...names(elements.get(tag)!.events)].sort(), tag).to.deep.equal([...events.ELEMENT_EVENTS[tag as events.DoorElementTag]].sort());
    }
  });

  it('documents exactly the parts each element renders', async () => {
    const warnings = captureConsole('warn');
    try {
      const steps = [
        await fixture(html`<door-emergency-steps region="US"></door-emergency-steps>`),
        await fixture(html`<door-emergency-steps region="ZZ" compact></door-emergency-steps>`),
      ];
      const diagnosis = [
        await fixture(html`<door-diagnosis .answers=${{ trapped: 'yes' }}></door-diagnosis>`),
        await fixture(html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no' }}></door-diagnosis>`),
        await fixture(html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no', opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal', history: ['water'], latches: 'secure', doorCount: 'one', seatNeeded: 'no' }}></door-diagnosis>`),
      ];
      const cost = [
        await fixture(html`<repair-cost cause="latch" .prices=${{ bookingUrl: 'https://d.example' }}></repair-cost>`),
        await fixture(html`<repair-cost prices="{oops"></repair-cost>`),
      ];
      const cases: [string, HTMLElement[]][] = [
        ['door-emergency-steps', steps as HTMLElement[]],
        ['door-diagnosis', diagnosis as HTMLElement[]],
        ['repair-cost', cost as HTMLElement[]],
      ];
      for (const [tag, states] of cases) {
        expect([...(await renderedParts(states))].sort(), tag).to.deep.equal([...names(elements.get(tag)!.cssParts)].sort());
      }
    } finally {
      warnings.restore();
    }
  });

  it('documents exactly the events each element dispatches', async () => {
    sessionStorage.clear();
    const seen = new Map<string, Set<string>>(TAGS.map((tag) => [tag, new Set<string>()]));
    const original = EventTarget.prototype.dispatchEvent;
    const restoreDispatch = replaceProperty(EventTarget.prototype, 'dispatchEvent', {
      value(this: EventTarget, event: Event) {
        if (this instanceof HTMLElement && seen.has(this.localName) && event.type.startsWith('door-')) seen.get(this.localName)!.add(event.type);
        return original.call(this, event);
      },
      writable: true,
    });
    const restoreOpen = replaceProperty(window, 'open', { value: () => null, writable: true });
    const restoreClipboard = replaceProperty(navigator, 'clipboard', { get: () => ({ writeText: async () => {} }) });
    const warnings = captureConsole('warn');
    try {
      const steps = await fixture<HTMLElement>(html`<door-emergency-steps region="US"></door-emergency-steps>`);
      const call = steps.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call-button"]')!;
      call.addEventListener('click', (e) => e.preventDefault(), { once: true });
      call.click();
      steps.shadowRoot!.querySelector<HTMLInputElement>('#step-make-safe')!.click();
      steps.shadowRoot!.querySelector<HTMLInputElement>('#vin')!.value = '1HGCM82633A004352';
      steps.shadowRoot!.querySelector<HTMLButtonElement>('button.check-recalls')!.click();

      const diagnosis = await fixture<HTMLElementTagNameMap['door-diagnosis']>(html`<door-diagnosis></door-diagnosis>`);
      diagnosis.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="trapped"] input[value="yes"]')!.click();
      await diagnosis.updateComplete;
      diagnosis.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="locks"] input[value="weak"]')!.click();
      await diagnosis.updateComplete;
      diagnosis.shadowRoot!.querySelector<HTMLInputElement>('#check-outside')!.click();
      diagnosis.shadowRoot!.querySelector<HTMLButtonElement>('.summary button.copy')!.click();
      await new Promise((r) => setTimeout(r, 10));
      // @ts-expect-error not an answer: refused at run time as well.
      diagnosis.answers = { nonsense: 1 };

      await fixture(html`<repair-cost prices="{oops"></repair-cost>`);
      await fixture(html`<door-help prices="{oops"></door-help>`);

      for (const tag of TAGS) {
        expect([...seen.get(tag)!].sort(), tag).to.deep.equal([...names(elements.get(tag)!.events)].sort());
      }
    } finally {
      restoreDispatch();
      restoreOpen();
      restoreClipboard();
      warnings.restore();
    }
  });

  it('lists no element without a tag (the base class is a class), and types every event with its class', () => {
    expect(declarations.filter((d) => d.customElement && !d.tagName)).to.deep.equal([]);
    for (const [tag, element] of elements) {
      for (const event of element.events ?? []) {
        const type = (event as Named & { type?: { text?: string } }).type?.text;
        expect(type, `${tag} ${event.name}`).to.be.a('string');
        expect(Object.keys(events), `${tag} ${event.name}: ${type}`).to.include(type!);
      }
    }
  });

  it('has a typed event class for every documented event, and documents every class', () => {
    const classes = Object.values(events as Record<string, unknown>)
      .filter((value): value is { type: string } => typeof value === 'function' && 'type' in value)
      .map((eventClass) => eventClass.type);
    const documented = new Set([...elements.values()].flatMap((el) => [...names(el.events)]));
    expect([...documented].sort()).to.deep.equal([...new Set(classes)].sort());
  });

  it('the README names every attribute, event, slot, part and CSS property in the manifest', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const [tag, el] of elements) {
      expect(readme.includes(`<${tag}>`), `README lacks <${tag}>`).to.equal(true);
      for (const list of [el.attributes, el.events, el.cssParts, el.cssProperties, el.slots]) {
        for (const { name } of list ?? []) if (name) expect(readme.includes(`\`${name}\``), `README lacks ${tag}'s \`${name}\``).to.equal(true);
      }
    }
  });
});
