import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { DoorDiagnosis } from '../../src/components/door-diagnosis/door-diagnosis.js';
import { replaceProperty } from '../support/helpers.js';

const CYCLES = 1000;

/** Counts what outlives an element: listeners on anything outside it, pending timers, live observers. */
function startCounting(isInside: (target: EventTarget) => boolean) {
  const listeners = new Map<string, string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (object: object) => {
    if (!ids.has(object)) ids.set(object, (nextId += 1));
    return ids.get(object)!;
  };
  const describe = (target: EventTarget, type: string) =>
    `${target instanceof Node ? target.nodeName : target === window ? 'window' : 'object'} ${type}`;
  const keyOf = (target: EventTarget, type: string, listener: object) => `${idOf(target)}|${type}|${idOf(listener)}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const timers = new Set<number>();
  const observers = new Set<object>();
  const restores = [
    replaceProperty(EventTarget.prototype, 'addEventListener', {
      writable: true,
      value(this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean) {
        if (listener && !isInside(this) && !(typeof options === 'object' && options.once)) listeners.set(keyOf(this, type, listener), describe(this, type));
        return add.call(this, type, listener, options);
      },
    }),
    replaceProperty(EventTarget.prototype, 'removeEventListener', {
      writable: true,
      value(this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean) {
        if (listener) listeners.delete(keyOf(this, type, listener));
        return remove.call(this, type, listener, options);
      },
    }),
  ];
  const setTimeoutOriginal = window.setTimeout;
  const clearTimeoutOriginal = window.clearTimeout;
  const setIntervalOriginal = window.setInterval;
  restores.push(
    replaceProperty(window, 'setTimeout', {
      writable: true,
      value: (handler: () => void, ms?: number) => {
        const id = setTimeoutOriginal(() => {
          timers.delete(id);
          handler();
        }, ms);
        timers.add(id);
        return id;
      },
    }),
    replaceProperty(window, 'clearTimeout', { writable: true, value: (id: number) => (timers.delete(id), clearTimeoutOriginal(id)) }),
    replaceProperty(window, 'setInterval', { writable: true, value: (handler: () => void, ms?: number) => { const id = setIntervalOriginal(handler, ms); timers.add(id); return id; } }),
    replaceProperty(window, 'clearInterval', { writable: true, value: (id: number) => (timers.delete(id), clearTimeoutOriginal(id)) }),
  );
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as new (callback: unknown) => { observe(...a: unknown[]): void; disconnect(): void };
    class Counted extends Original {
      constructor(callback: unknown) {
        super(callback);
        const observe = this.observe.bind(this);
        const disconnect = this.disconnect.bind(this);
        this.observe = (...args: unknown[]) => (observers.add(this), observe(...args));
        this.disconnect = () => (observers.delete(this), disconnect());
      }
    }
    restores.push(replaceProperty(window, name, { writable: true, value: Counted }));
  }
  return {
    counts: () => ({ listeners: [...listeners.values()], timers: timers.size, observers: observers.size }),
    stop: () => restores.reverse().forEach((restore) => restore()),
  };
}

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('lifecycle', () => {
  const host = document.createElement('section');
  before(() => document.body.append(host));
  after(() => host.remove());

  const kinds: [string, (i: number) => Lit, (el: Lit, i: number) => void][] = [
    ['door-emergency-steps', () => document.createElement('door-emergency-steps') as Lit, (el, i) => ((el as unknown as { region: string }).region = i % 2 ? 'GB' : 'US')],
    ['door-diagnosis', () => document.createElement('door-diagnosis') as Lit, (el, i) => ((el as unknown as DoorDiagnosis).answers = { locks: i % 2 ? 'weak' : 'normal' })],
    [
      'repair-cost following a diagnosis by id',
      () => Object.assign(document.createElement('repair-cost'), { htmlFor: 'lifecycle-diagnosis' }) as Lit,
      (el, i) => ((el as unknown as { cause: string }).cause = i % 2 ? 'latch' : 'actuator'),
    ],
    [
      'door-help with an element inside',
      () => {
        const wrapper = document.createElement('door-help') as Lit;
        wrapper.append(document.createElement('repair-cost'));
        return wrapper;
      },
      (el, i) => ((el as unknown as { region: string }).region = i % 2 ? 'GB' : 'US'),
    ],
  ];

  for (const [name, create, update] of kinds) {
    it(`${CYCLES} cycles of <${name}> leave no listeners, timers or observers behind`, async function () {
      this.timeout(120_000);
      const target = document.createElement('door-diagnosis');
      target.id = 'lifecycle-diagnosis';
      host.append(target);
      // Its own observers start with its first render: before the count starts.
      await (target as unknown as Lit).updateComplete;
      const created = new WeakSet<EventTarget>();
      // What can outlive an element: window, document, or a connected node outside its trees.
      // Listeners on its own nodes (Lit's, on freshly cloned templates) go when it goes.
      const isInside = (t: EventTarget) => {
        if (t === window || t === document) return false;
        if (!(t instanceof Node) || !t.isConnected) return true;
        for (let node: Node | null = t; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
          if (created.has(node)) return true;
        }
        return false;
      };
      const counter = startCounting(isInside);
      try {
        const before = counter.counts();
        for (let i = 0; i < CYCLES; i += 1) {
          const el = create(i);
          created.add(el);
          el.querySelectorAll('*').forEach((child) => created.add(child));
          host.append(el);
          await el.updateComplete;
          update(el, i);
          await el.updateComplete;
          el.remove();
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(counter.counts()).to.deep.equal(before);
      } finally {
        counter.stop();
        target.remove();
      }
    });
  }

  it('an element moved to another document, or re-parented, keeps its state', async () => {
    const diagnosis = document.createElement('door-diagnosis') as DoorDiagnosis;
    host.append(diagnosis);
    await diagnosis.updateComplete;
    diagnosis.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="locks"] input[value="weak"]')!.click();
    await diagnosis.updateComplete;

    const other = document.createElement('div');
    host.append(other);
    other.append(diagnosis);
    await diagnosis.updateComplete;
    expect(diagnosis.answers).to.deep.equal({ locks: 'weak' });

    const frame = document.createElement('iframe');
    document.body.append(frame);
    frame.contentDocument!.body.append(diagnosis);
    await diagnosis.updateComplete;
    expect(diagnosis.ownerDocument).to.equal(frame.contentDocument);
    expect(diagnosis.answers).to.deep.equal({ locks: 'weak' });
    expect(diagnosis.shadowRoot!.querySelector('.cause')!.getAttribute('data-cause')).to.equal('actuator');
    diagnosis.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="opensOutside"] input[value="no"]')!.click();
    await diagnosis.updateComplete;
    expect(diagnosis.answers).to.deep.equal({ locks: 'weak', opensOutside: 'no' });
    host.append(diagnosis);
    await diagnosis.updateComplete;
    expect(diagnosis.answers).to.deep.equal({ locks: 'weak', opensOutside: 'no' });
    frame.remove();
    diagnosis.remove();
  });
});
