// First renders take turns and the long elements show their upper part first, while a page loads and after.
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { takeTurn } from '../../src/shared/element/render-turns.js';
import { replaceProperty } from '../support/helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe('render turns while a page loads', () => {
  it('a render waits for a new task once the current one has spent its turn', async () => {
    let now = 1000;
    const restore = replaceProperty(performance, 'now', { value: () => now, writable: true });
    const order: string[] = [];
    try {
      const first = takeTurn(() => {
        order.push('a');
        now += 20; // a long render
      });
      const second = takeTurn(() => order.push('b'));
      await first;
      await settle();
      expect(order, 'b waits for a new task').to.deep.equal(['a']);
      await second;
      expect(order).to.deep.equal(['a', 'b']);
      // Short renders share a task.
      const third = takeTurn(() => order.push('c'));
      const fourth = takeTurn(() => order.push('d'));
      await third;
      await settle();
      expect(order).to.deep.equal(['a', 'b', 'c', 'd']);
      await fourth;
    } finally {
      restore();
    }
  });

  it('pre-rendered markup hydrates in a task of its own, never in the one that ran the script', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const order: string[] = [];
    const hydrated = takeTurn(() => order.push('hydrated'), { ownTask: true });
    await settle();
    expect(order, 'not in this task').to.deep.equal([]);
    await hydrated;
    expect(order).to.deep.equal(['hydrated']);
  });

  for (const [tag, lower] of [
    ['door-emergency-steps', '.recall'],
    ['door-diagnosis', '.results'],
  ] as const) {
    it(`<${tag}> shows its upper part first, its lower part a turn later, and updateComplete waits for it`, async () => {
      const restore = replaceProperty(document, 'readyState', { get: () => 'interactive' });
      const seen: string[] = [];
      try {
        const element = document.createElement(tag) as Lit;
        document.body.append(element);
        const observer = new MutationObserver(() => {
          const root = element.shadowRoot!;
          if (root.querySelector('.lower-reserve')) seen.push('reserve');
          if (root.querySelector(lower)) seen.push('lower');
        });
        observer.observe(element.shadowRoot!, { childList: true, subtree: true });
        await element.updateComplete;
        observer.disconnect();
        const root = element.shadowRoot!;
        expect(seen[0], 'the first render reserves the space').to.equal('reserve');
        expect(root.querySelector(lower), 'after updateComplete').to.not.equal(null);
        expect(root.querySelector('.lower-reserve')).to.equal(null);
        // The call and the disclaimer were never in the deferred part.
        expect(root.querySelector('.disclaimer')).to.not.equal(null);
        element.remove();
      } finally {
        restore();
      }
    });
  }

  it('after the page has loaded (the script tag\'s elements arrive then) the first render is split the same way', async () => {
    expect(document.readyState).to.equal('complete');
    const element = document.createElement('door-emergency-steps') as Lit;
    const seen: string[] = [];
    document.body.append(element);
    const observer = new MutationObserver(() => {
      const root = element.shadowRoot!;
      if (root.querySelector('.lower-reserve')) seen.push('reserve');
      if (root.querySelector('.recall')) seen.push('lower');
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    await element.updateComplete;
    observer.disconnect();
    expect(seen[0], 'the call and the cautions first, the lower part reserved').to.equal('reserve');
    expect(seen.at(-1)).to.equal('lower');
    expect(element.shadowRoot!.querySelector('.recall'), 'updateComplete waits for the lower part').to.not.equal(null);
    element.remove();
  });
});
