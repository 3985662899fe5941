// Numbers written as words in the README and in the element docs (which make the manifest) say
// what the data holds: "the seven causes", "all ten at once", "the eight steps". A cause, a
// question or a step added to the data fails here until the prose follows.
import { expect } from '@open-wc/testing';
import { diagnosisModel } from '../../src/data/diagnosis-model.js';
import { emergencyText } from '../../src/data/en/emergency.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNTS: Record<string, number> = {
  causes: diagnosisModel.causes.length,
  steps: emergencyText.steps.items.length,
  cautions: emergencyText.doNots.items.length,
};

describe('counts in prose follow the data', () => {
  for (const file of ['/README.md', '/src/components/door-diagnosis/door-diagnosis.ts', '/src/components/door-emergency-steps/door-emergency-steps.ts']) {
    it(`${file.slice(1)}: every "N causes / steps / cautions" and "all N at once" is the data's count`, async () => {
      const text = await (await fetch(file)).text();
      const found: string[] = [];
      for (const match of text.matchAll(new RegExp(`\\b(${WORDS.join('|')}) (causes|steps|cautions)\\b`, 'gi'))) {
        const [phrase, word, thing] = match;
        found.push(phrase);
        expect(WORDS.indexOf(word!.toLowerCase()), phrase).to.equal(COUNTS[thing!.toLowerCase()]);
      }
      // "all ten at once": every question of the form.
      for (const match of text.matchAll(new RegExp(`\\ball (${WORDS.join('|')}) at once\\b`, 'gi'))) {
        found.push(match[0]);
        expect(WORDS.indexOf(match[1]!.toLowerCase()), match[0]).to.equal(diagnosisModel.questions.length);
      }
      if (file === '/README.md') expect(found.length, 'the README does count things').to.be.above(2);
    });
  }
});
