import { expect } from '@open-wc/testing';
import { safeSessionStorage } from '../../src/logic/storage.js';
import { blockSessionStorage, replaceProperty } from '../support/helpers.js';

describe('safeSessionStorage', () => {
  afterEach(() => sessionStorage.clear());

  it('round-trips text through sessionStorage', () => {
    safeSessionStorage.write('t:a', 'x y');
    expect(sessionStorage.getItem('t:a')).to.equal('x y');
    expect(safeSessionStorage.read('t:a')).to.equal('x y');
    expect(safeSessionStorage.read('t:missing')).to.equal(undefined);
  });

  it('keeps working in memory when storage throws on access', () => {
    const restore = blockSessionStorage();
    try {
      safeSessionStorage.write('t:c', 'kept');
      expect(safeSessionStorage.read('t:c')).to.equal('kept');
      safeSessionStorage.remove('t:c');
      expect(safeSessionStorage.read('t:c')).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it('keeps working when storage is missing or full', () => {
    const restoreMissing = replaceProperty(window, 'sessionStorage', { get: () => undefined });
    try {
      safeSessionStorage.write('t:d', 'memory');
      expect(safeSessionStorage.read('t:d')).to.equal('memory');
    } finally {
      restoreMissing();
    }
    const restoreFull = replaceProperty(Storage.prototype, 'setItem', {
      value() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    try {
      safeSessionStorage.write('t:e', 'still');
      expect(safeSessionStorage.read('t:e')).to.equal('still');
    } finally {
      restoreFull();
    }
  });
});
