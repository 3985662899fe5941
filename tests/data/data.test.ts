import { expect } from '@open-wc/testing';
import {
  diagnosisModelSchema,
  diagnosisTextSchema,
  emergencyNumberTableSchema,
  repairCatalogSchema,
  repairWordsSchema,
  emergencyTextSchema,
  sharedTextSchema,
} from '../../src/data/schemas/index.js';
import { emergencyNumbers } from '../../src/data/emergency-numbers.js';
import { emergencyText } from '../../src/data/en/emergency.js';
import { repairWords } from '../../src/data/en/repair-words.js';
import { sharedText } from '../../src/data/en/shared.js';
import { diagnosisModel } from '../../src/data/diagnosis-model.js';
import { repairCatalog } from '../../src/data/repairs.js';
import { diagnosisText } from '../../src/data/en/diagnosis.js';

/** Every bundled data set must pass its schema: the run-time bundle trusts them unchecked. */
describe('bundled data', () => {
  const cases: [string, { safeParse(value: unknown): { success: boolean; error?: unknown } }, unknown][] = [
    ['emergency numbers', emergencyNumberTableSchema, emergencyNumbers],
    ['emergency text (en)', emergencyTextSchema, emergencyText],
    ['shared text (en)', sharedTextSchema, sharedText],
    ['repair words (en)', repairWordsSchema, repairWords],
    ['diagnosis model', diagnosisModelSchema, diagnosisModel],
    ['repair catalog', repairCatalogSchema, repairCatalog],
    ['diagnosis text (en)', diagnosisTextSchema, diagnosisText],
  ];
  for (const [name, schema, data] of cases) {
    it(`${name} passes its schema`, () => {
      const result = schema.safeParse(data);
      expect(result.success, JSON.stringify(result.error)).to.equal(true);
    });
  }

  it('rejects a template with an unknown placeholder, so a typo cannot ship', () => {
    const broken = structuredClone(emergencyText);
    broken.ui.callButton = 'Call {numbr}';
    expect(emergencyTextSchema.safeParse(broken).success).to.equal(false);
  });

  it('keeps the first-minutes page in its order: five do-nots, eight steps, three things that can wait', () => {
    expect(emergencyText.doNots.items).to.have.length(5);
    expect(emergencyText.steps.items.map((step) => step.id)).to.deep.equal([
      'make-safe',
      'lock-reset',
      'child-lock',
      'other-exit',
      'call-emergency',
      'roadside-help',
      'until-repaired',
      'recall-check',
    ]);
    expect(emergencyText.steps.items.map((step) => step.substeps.length)).to.deep.equal([0, 3, 3, 3, 0, 2, 2, 0]);
    expect(emergencyText.canWait.items).to.have.length(3);
  });

  it('keeps the safety meaning: when in doubt, call emergency services', () => {
    expect(sharedText.disclaimer).to.match(/call emergency services/i);
    expect(emergencyText.shortAnswer.callIf).to.contain('{number}');
  });

  it('ids are unique within each list', () => {
    const lists = [emergencyText.doNots.items, emergencyText.steps.items, emergencyText.canWait.items, ...emergencyText.steps.items.map((s) => s.substeps)];
    for (const list of lists) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size, ids.join()).to.equal(ids.length);
    }
  });

  it('rejects a diagnosis rule that names an unknown answer', () => {
    const broken = structuredClone(diagnosisModel);
    broken.rules.push({ question: 'doorPosition', option: 'roof', effects: { latch: 1 } });
    expect(diagnosisModelSchema.safeParse(broken).success).to.equal(false);
  });

  it('has words for every question option and cause of the model', () => {
    for (const question of diagnosisModel.questions) {
      const words = diagnosisText.questions[question.id];
      expect(Object.keys(words.options), question.id).to.have.members(question.options);
    }
    expect(Object.keys(diagnosisText.causes)).to.have.members(diagnosisModel.causes.map((c) => c.id));
  });

  it('keeps the article’s nine diagnosis steps, five FAQ answers, seven parts and tools', () => {
    expect(diagnosisText.steps.items).to.have.length(9);
    expect(diagnosisText.faq.items).to.have.length(5);
    expect(repairWords.partsAndTools.items).to.have.length(7);
  });
});
