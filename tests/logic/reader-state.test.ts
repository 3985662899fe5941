import { expect } from '@open-wc/testing';
import {
  clearedReaderAnswers,
  decodeReaderAnswers,
  decodeTicks,
  effectiveAnswers,
  encodeReaderAnswers,
  encodeTicks,
  sameAnswers,
  withReaderAnswer,
} from '../../src/logic/reader-state.js';
import { withEnglishFallback } from '../../src/logic/text-fallback.js';

describe('reader state', () => {
  it('the reader wins over the preset, question by question; "not sure" is a choice too', () => {
    const reader = withReaderAnswer(withReaderAnswer({}, 'doorPosition', 'front'), 'sound', undefined);
    expect(effectiveAnswers({ doorPosition: 'rear', sound: 'click', locks: 'weak' }, reader)).to.deep.equal({ doorPosition: 'front', locks: 'weak' });
    expect(effectiveAnswers({ doorPosition: 'rear' }, clearedReaderAnswers())).to.deep.equal({});
  });

  it('compares answers by value, whatever the order', () => {
    expect(sameAnswers({ history: ['water', 'freezing'], locks: 'weak' }, { locks: 'weak', history: ['freezing', 'water'] })).to.equal(true);
    expect(sameAnswers({ locks: 'weak' }, { locks: 'stuck' })).to.equal(false);
  });

  it('stores text that survives a patched toJSON, and reads only known answers back', () => {
    const reader = withReaderAnswer(withReaderAnswer({}, 'history', ['freezing', 'water']), 'sound', undefined);
    const restore = [Array.prototype, Object.prototype].map((proto) => {
      Object.defineProperty(proto, 'toJSON', { value: () => 'patched', configurable: true, writable: true });
      return () => delete (proto as { toJSON?: unknown }).toJSON;
    });
    let text: string;
    try {
      text = encodeReaderAnswers(reader);
    } finally {
      restore.forEach((undo) => undo());
    }
    expect(JSON.parse(text)).to.deep.equal({ sound: '', history: 'freezing water' });
    expect(decodeReaderAnswers(text)).to.deep.equal({ sound: null, history: ['freezing', 'water'] });
    expect(decodeReaderAnswers('{"history":["collision"],"doorPosition":"roof","__proto__":{"x":1}}')).to.deep.equal({ history: ['collision'] });
    expect(decodeReaderAnswers('not json')).to.deep.equal({});
  });

  it('ticks as text, known ids only, in list order (older JSON lists read too)', () => {
    expect(encodeTicks(['a', 'c'])).to.equal('a c');
    expect(decodeTicks('c a zz', ['a', 'b', 'c'])).to.deep.equal(['a', 'c']);
    expect(decodeTicks('["b"]', ['a', 'b'])).to.deep.equal(['b']);
    expect(decodeTicks('a,b', ['a', 'b'])).to.deep.equal([]);
  });
});

describe('language bundles from another release', () => {
  it('fall back to English key by key and list what was missing', () => {
    const english = { ui: { call: 'Call {number}', copy: 'Copy' }, items: [{ id: 'a', text: 'A' }], count: 2 };
    const missing: string[] = [];
    const result = withEnglishFallback({ ui: { copy: 'Copiar', extra: 'x', junk: { a: 1 }, blank: ' ' }, items: 'wrong', count: '2' }, english, 'part', missing);
    // A text the language adds is kept (an optional line English does not need); anything else it adds is not.
    expect(result).to.deep.equal({ ui: { call: 'Call {number}', copy: 'Copiar', extra: 'x' }, items: [{ id: 'a', text: 'A' }], count: 2 });
    expect(missing).to.deep.equal(['part.ui.call', 'part.items', 'part.count']);
  });
});
