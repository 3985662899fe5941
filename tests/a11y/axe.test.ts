import { expect } from '@open-wc/testing';
import { STATES, renderState } from './states.js';

/** Forced colours: tests/media/forced-colors.test.ts, in the engines that can show them. */
describe('axe in every state, light and dark', () => {
  for (const theme of ['light', 'dark']) {
    for (const name of Object.keys(STATES)) {
      it(`${name} (${theme})`, async () => {
        await expect(await renderState(name, theme)).to.be.accessible();
      });
    }
  }
});
