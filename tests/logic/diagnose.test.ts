import { expect } from '@open-wc/testing';
import { diagnose, sanitizeAnswers, type Answers } from '../../src/logic/diagnose.js';
import type { CauseId, QuestionId } from '../../src/data/schemas/index.js';

const rank = (answers: Answers) => diagnose(answers).causes.map((cause) => cause.id);
const top = (answers: Answers) => rank(answers)[0];
const mostLikely = (answers: Answers) =>
  diagnose(answers).causes.filter((cause) => cause.band === 'most-likely').map((cause) => cause.id);
const position = (answers: Answers, id: CauseId) => rank(answers).indexOf(id);

describe('diagnose: the article’s rules', () => {
  it('with no answers, the three most common causes lead (child lock, handle/linkage, latch)', () => {
    expect(mostLikely({})).to.deep.equal(['child-lock', 'inside-handle', 'linkage', 'latch']);
  });

  const moves: [string, Answers, CauseId[], CauseId[]][] = [
    // [rule, answers, causes that must rise, causes that must fall] compared with no answers
    ['opens from outside → the inside release path (child lock, handle, cable or rod)', { opensOutside: 'yes' }, ['child-lock', 'inside-handle', 'linkage'], ['latch', 'actuator']],
    ['opens from neither side → latch, actuator and lock move up', { opensOutside: 'no' }, ['latch', 'actuator'], ['child-lock', 'inside-handle']],
    ['rear door → child lock first', { doorPosition: 'rear' }, ['child-lock'], []],
    ['front door → no child lock', { doorPosition: 'front' }, [], ['child-lock']],
    ['loose handle → handle or linkage', { handleFeel: 'loose' }, ['inside-handle', 'linkage'], ['latch', 'frozen']],
    ['stiff handle → latch binding, kinked cable or frozen mechanism', { handleFeel: 'stiff' }, ['latch', 'linkage', 'frozen'], ['inside-handle']],
    ['normal feel but nothing happens → deeper in the latch or lock', { handleFeel: 'normal' }, ['latch', 'actuator'], ['inside-handle']],
    ['weak, slow or silent power lock → actuator', { locks: 'weak' }, ['actuator'], []],
    ['lock stuck → actuator', { locks: 'stuck' }, ['actuator'], []],
    ['locks normal → not the actuator', { locks: 'normal' }, [], ['actuator']],
    ['click with no release → latch', { sound: 'click' }, ['latch'], []],
    ['no sound at all → handle or linkage', { sound: 'nothing' }, ['inside-handle', 'linkage'], []],
    ['recent door work → misalignment', { history: ['trim-work'] }, ['misalignment'], []],
    ['collision → misalignment', { history: ['collision'] }, ['misalignment'], []],
    ['freezing weather → frozen or corroded', { history: ['freezing'] }, ['frozen'], []],
    ['rain or water → frozen or corroded', { history: ['water'] }, ['frozen'], []],
    ['more than one door → frozen or lock system, not one door’s parts', { doorCount: 'several' }, ['frozen', 'actuator'], ['inside-handle', 'linkage']],
  ];
  const base = diagnose({}).causes;
  const baseScore = (id: CauseId) => base.find((cause) => cause.id === id)!.score;
  for (const [name, answers, rise, fall] of moves) {
    it(name, () => {
      const result = diagnose(answers).causes;
      for (const id of rise) expect(result.find((c) => c.id === id)!.score, `${id} rises`).to.be.greaterThan(baseScore(id));
      for (const id of fall) expect(result.find((c) => c.id === id)!.score, `${id} falls`).to.be.lessThan(baseScore(id));
    });
  }

  const leaders: [string, Answers, CauseId[]][] = [
    ['rear door → child lock first', { doorPosition: 'rear' }, ['child-lock']],
    ['weak power lock → actuator first', { locks: 'weak' }, ['actuator']],
    ['recent door work → misalignment first', { history: ['trim-work'] }, ['misalignment']],
    ['freezing weather → frozen first', { history: ['freezing'] }, ['frozen']],
    ['click with no release → latch first', { sound: 'click' }, ['latch']],
    ['loose handle → handle or linkage first', { handleFeel: 'loose' }, ['inside-handle', 'linkage']],
  ];
  for (const [name, answers, expected] of leaders) {
    it(name, () => expect(expected).to.include(top(answers)));
  }
});

describe('diagnose: combinations', () => {
  it('rear + opens from outside + normal handle → child lock first', () => {
    expect(top({ doorPosition: 'rear', opensOutside: 'yes', handleFeel: 'normal' })).to.equal('child-lock');
  });
  it('neither side + silent power lock → actuator first', () => {
    expect(top({ opensOutside: 'no', locks: 'weak' })).to.equal('actuator');
  });
  it('loose handle on a front door → handle or linkage first, child lock last', () => {
    const order = rank({ doorPosition: 'front', handleFeel: 'loose' });
    expect(order.slice(0, 2)).to.have.members(['inside-handle', 'linkage']);
    expect(order.at(-1)).to.equal('child-lock');
  });
  it('front door that opens from neither side → child lock is less likely', () => {
    const childLock = diagnose({ doorPosition: 'front', opensOutside: 'no' }).causes.find((c) => c.id === 'child-lock')!;
    expect(childLock.band).to.equal('less-likely');
  });
  it('stiff handle after freezing weather → frozen mechanism first, latch close behind', () => {
    expect(top({ handleFeel: 'stiff', history: ['freezing'] })).to.equal('frozen');
    expect(position({ handleFeel: 'stiff', history: ['freezing'] }, 'latch')).to.be.lessThan(3);
  });
  it('stuck from both sides makes the latch a higher-skill repair', () => {
    const latch = diagnose({ opensOutside: 'no' }).causes.find((c) => c.id === 'latch')!;
    expect(latch.skill).to.equal('higher-skill');
    expect(diagnose({ opensOutside: 'yes' }).causes.find((c) => c.id === 'latch')!.skill).to.equal('shop');
  });
});

describe('diagnose: reasons', () => {
  it('gives the answers for and against each cause, strongest first', () => {
    const childLock = diagnose({ doorPosition: 'rear', opensOutside: 'yes', locks: 'normal' }).causes[0]!;
    expect(childLock.id).to.equal('child-lock');
    expect(childLock.reasonsFor).to.deep.equal([
      { question: 'doorPosition', option: 'rear' },
      { question: 'opensOutside', option: 'yes' },
      { question: 'locks', option: 'normal' },
    ]);
    const actuator = diagnose({ locks: 'normal' }).causes.find((c) => c.id === 'actuator')!;
    expect(actuator.reasonsAgainst).to.deep.equal([{ question: 'locks', option: 'normal' }]);
  });
  it('bands are ordered and honest: no percentages, ties share a band', () => {
    const { causes } = diagnose({ handleFeel: 'loose' });
    expect(causes[0]!.band).to.equal('most-likely');
    expect(causes[1]!.band).to.equal('most-likely');
    const order = ['most-likely', 'possible', 'less-likely'];
    const bands = causes.map((c) => order.indexOf(c.band));
    expect(bands).to.deep.equal([...bands].sort());
  });
});

describe('diagnose: can I keep driving? (each verdict as the article states its conditions)', () => {
  /** The red-flag questions the reader said "not sure" or "none of these" to (settled, unanswered). */
  const redFlagsSkipped: QuestionId[] = ['doorCount', 'seatNeeded', 'history'];
  const verdicts: [string, Answers, string, QuestionId[]?][] = [
    ['nothing answered → not decided yet, never a hedged go-ahead', {}, 'undecided'],
    ['one door, latches securely, everyone can use other doors, no collision → okay for now', { doorCount: 'one', latches: 'secure', seatNeeded: 'no', history: ['water'] }, 'ok-for-now'],
    ['the same with "none of these" for what happened before → okay for now', { doorCount: 'one', latches: 'secure', seatNeeded: 'no' }, 'ok-for-now', ['history']],
    ['the same while the collision question is open → not decided (it could still make it "not safe")', { doorCount: 'one', latches: 'secure', seatNeeded: 'no' }, 'undecided'],
    ['closes properly, likely the handle or a cable → maybe a short distance', { latches: 'secure', opensOutside: 'yes', handleFeel: 'loose' }, 'short-distance', redFlagsSkipped],
    ['the same while door count, seat and collision are open → not decided', { latches: 'secure', opensOutside: 'yes', handleFeel: 'loose' }, 'undecided'],
    ['closes properly, likely the lock (actuator) → maybe a short distance', { latches: 'secure', locks: 'weak' }, 'short-distance', redFlagsSkipped],
    ['closes properly, likely the child lock (a lock setting) → maybe a short distance', { latches: 'secure', doorPosition: 'rear', opensOutside: 'yes', locks: 'normal' }, 'short-distance', redFlagsSkipped],
    ['closes properly but the latch itself is likely → not decided', { latches: 'secure', sound: 'click' }, 'undecided', redFlagsSkipped],
    ['closes properly, nothing else known (the latch is among the likely causes) → not decided', { latches: 'secure' }, 'undecided', redFlagsSkipped],
    ['likely the handle, but latching not known → not decided', { opensOutside: 'yes', handleFeel: 'loose' }, 'undecided', redFlagsSkipped],
    ['may not latch securely → not safe', { latches: 'not-secure', doorCount: 'one', seatNeeded: 'no' }, 'not-safe'],
    ['can open unexpectedly / latch acts unpredictably → not safe', { latches: 'unpredictable' }, 'not-safe'],
    ['more than one door → not safe', { doorCount: 'several', latches: 'secure', seatNeeded: 'no' }, 'not-safe'],
    ['traps a needed seat with no other easy exit → not safe', { seatNeeded: 'yes', latches: 'secure', doorCount: 'one' }, 'not-safe'],
    ['after collision damage → not safe', { history: ['collision'], latches: 'secure', doorCount: 'one', seatNeeded: 'no' }, 'not-safe'],
  ];
  for (const [name, answers, verdict, skipped = []] of verdicts) {
    it(name, () => expect(diagnose(answers, undefined, { skipped }).driving.verdict).to.equal(verdict));
  }
  it('undecided names the answers that decide it', () => {
    expect(diagnose({}).driving).to.deep.equal({ verdict: 'undecided', reasons: [], notKnown: ['latches', 'doorCount', 'seatNeeded', 'history'] });
  });
  it('a question the reader skipped ("not sure", "none of these") counts as settled; an unanswered one does not', () => {
    const answers: Answers = { doorCount: 'one', latches: 'secure', seatNeeded: 'no' };
    expect(diagnose(answers).driving.verdict).to.equal('undecided');
    expect(diagnose(answers).driving.notKnown).to.deep.equal(['history']);
    expect(diagnose(answers, undefined, { skipped: ['history'] }).driving.verdict).to.equal('ok-for-now');
    // Skipping never softens a "not safe".
    expect(diagnose({ ...answers, latches: 'unpredictable' }, undefined, { skipped: ['history'] }).driving.verdict).to.equal('not-safe');
  });

  it('names what decided it and what is still unknown', () => {
    expect(diagnose({ doorCount: 'several', history: ['collision'] }).driving.reasons).to.deep.equal([
      { question: 'doorCount', option: 'several' },
      { question: 'history', option: 'collision' },
    ]);
    expect(diagnose({ doorCount: 'one' }).driving.notKnown).to.deep.equal(['latches', 'seatNeeded', 'history']);
    expect(diagnose({ latches: 'secure', locks: 'weak' }, undefined, { skipped: redFlagsSkipped }).driving.reasons).to.deep.equal([{ question: 'latches', option: 'secure' }]);
  });
  it('reads answers as own properties: a polluted Object.prototype never decides the verdict', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.doorCount = 'one';
    proto.latches = 'secure';
    proto.seatNeeded = 'no';
    try {
      expect(diagnose({}).driving.verdict).to.equal('undecided');
      expect(diagnose({}).answeredCount).to.equal(0);
    } finally {
      delete proto.doorCount;
      delete proto.latches;
      delete proto.seatNeeded;
    }
  });
});

describe('diagnose: escalation and counting', () => {
  it('escalates when someone is stuck or unwell, or the reader is not sure: when in doubt, possibly stuck', () => {
    expect(diagnose({ trapped: 'yes' }).escalate).to.equal(true);
    expect(diagnose({ trapped: 'unsure' }).escalate).to.equal(true);
    expect(diagnose({ trapped: 'unsure', opensOutside: 'yes', doorPosition: 'rear' }).escalate).to.equal(true);
    expect(diagnose({ trapped: 'no' }).escalate).to.equal(false);
    expect(diagnose({}).escalate).to.equal(false);
  });
  it('counts answered questions, an empty list as unanswered', () => {
    expect(diagnose({ trapped: 'no', history: [] }).answeredCount).to.equal(1);
  });
});

describe('sanitizeAnswers', () => {
  it('keeps known answers and reports the rest', () => {
    const { answers, rejected } = sanitizeAnswers({
      doorPosition: 'rear',
      history: ['freezing', 'nonsense', 'freezing'],
      handleFeel: 42,
      colour: 'red',
      locks: null,
    });
    expect(answers).to.deep.equal({ doorPosition: 'rear', history: ['freezing'] });
    expect(rejected).to.deep.equal(['history', 'handleFeel', 'colour']);
  });
  it('rejects non-objects whole', () => {
    expect(sanitizeAnswers('rear')).to.deep.equal({ answers: {}, rejected: ['answers'] });
    expect(sanitizeAnswers([1])).to.deep.equal({ answers: {}, rejected: ['answers'] });
    expect(sanitizeAnswers(undefined)).to.deep.equal({ answers: {}, rejected: [] });
  });
  it('ignores inherited keys such as __proto__ and constructor', () => {
    const { answers, rejected } = sanitizeAnswers(JSON.parse('{"__proto__":{"x":1},"constructor":"rear"}'));
    expect(answers).to.deep.equal({});
    expect(rejected).to.have.members(['__proto__', 'constructor']);
  });
});
