import { expect } from '@open-wc/testing';
import { isStringArray, safeSessionStorage } from '../../src/logic/storage.js';
import { blockSessionStorage, replaceProperty } from '../helpers.js';

describe('safeSessionStorage', () => {
  afterEach(() => sessionStorage.clear());

  it('round-trips through sessionStorage', () => {
    safeSessionStorage.write('t:a', ['x']);
    expect(sessionStorage.getItem('t:a')).to.equal('["x"]');
    expect(safeSessionStorage.read('t:a', isStringArray)).to.deep.equal(['x']);
  });

  it('drops stored values of the wrong shape', () => {
    sessionStorage.setItem('t:b', '{"not":"a list"}');
    expect(safeSessionStorage.read('t:b', isStringArray)).to.equal(undefined);
    sessionStorage.setItem('t:b', 'not json');
    expect(safeSessionStorage.read('t:b', isStringArray)).to.equal(undefined);
  });

  it('keeps working in memory when storage throws on access', () => {
    const restore = blockSessionStorage();
    try {
      safeSessionStorage.write('t:c', ['kept']);
      expect(safeSessionStorage.read('t:c', isStringArray)).to.deep.equal(['kept']);
      safeSessionStorage.remove('t:c');
      expect(safeSessionStorage.read('t:c', isStringArray)).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it('keeps working when storage is missing or full', () => {
    const restoreMissing = replaceProperty(window, 'sessionStorage', { get: () => undefined });
    try {
      safeSessionStorage.write('t:d', ['memory']);
      expect(safeSessionStorage.read('t:d', isStringArray)).to.deep.equal(['memory']);
    } finally {
      restoreMissing();
    }
    const restoreFull = replaceProperty(Storage.prototype, 'setItem', {
      value() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    try {
      safeSessionStorage.write('t:e', ['still']);
      expect(safeSessionStorage.read('t:e', isStringArray)).to.deep.equal(['still']);
    } finally {
      restoreFull();
    }
  });
});
