import { expect } from '@open-wc/testing';
import { emulateForcedColors } from '../forced-colors.js';
import { STATES, renderState } from './states.js';

describe('axe in every state, light and dark', () => {
  after(() => emulateForcedColors(false));
  for (const theme of ['light', 'dark']) {
    for (const name of Object.keys(STATES)) {
      it(`${name} (${theme})`, async () => {
        await expect(await renderState(name, theme)).to.be.accessible();
      });
    }
  }
  for (const name of ['emergency steps: default', 'diagnosis: escalated', 'repair cost: highlighted']) {
    it(`${name} (forced colors)`, async () => {
      await emulateForcedColors(true);
      await expect(await renderState(name)).to.be.accessible();
    });
  }
});
