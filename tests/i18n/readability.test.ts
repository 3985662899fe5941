import { expect } from '@open-wc/testing';
import { emergencyGuidance, fleschKincaidGrade, syllables } from '../../scripts/content/readability-core.mjs';
import { ENGLISH as en } from '../../src/languages.js';

describe('plain language', () => {
  it('the emergency steps read at or below US grade 8 (Flesch–Kincaid)', () => {
    expect(fleschKincaidGrade(emergencyGuidance(en.emergency))).to.be.at.most(8);
  });

  it('no single emergency step reads above grade 8', () => {
    for (const step of en.emergency.steps.items) {
      const grade = fleschKincaidGrade([step.title, ...(step.detail ? [step.detail] : []), ...step.substeps.map((s) => s.text)]);
      expect(grade, step.id).to.be.at.most(8);
    }
  });

  it('scores text the usual way', () => {
    expect(syllables('door')).to.equal(1);
    expect(syllables('handle')).to.equal(2);
    expect(syllables('emergency')).to.equal(4);
    expect(fleschKincaidGrade('The cat sat on the mat.')).to.be.below(0);
    expect(fleschKincaidGrade('Notwithstanding considerable institutional complexity, comprehensive documentation facilitates organizational accountability.')).to.be.above(16);
  });
});
