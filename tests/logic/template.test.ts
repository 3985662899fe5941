import { expect } from '@open-wc/testing';
import { fill } from '../../src/logic/template.js';

describe('fill', () => {
  it('fills named placeholders', () => {
    expect(fill('Call {number} now, {number}!', { number: '911' })).to.equal('Call 911 now, 911!');
  });
  it('leaves unknown placeholders visible and ignores inherited keys', () => {
    expect(fill('{a} {toString}', { a: 1 })).to.equal('1 {toString}');
  });
});
