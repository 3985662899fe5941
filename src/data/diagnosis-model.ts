import type { DiagnosisModel, QuestionId } from './types.js';

/** The questions and their options, as literal types too (the answers a page may preset are typed from these). */
export const diagnosisQuestions = [
  // "Not sure" is an answer here, and it counts as "yes": when in doubt, the reader may be stuck.
  { id: 'trapped', options: ['yes', 'no', 'unsure'] },
  { id: 'opensOutside', options: ['yes', 'no'] },
  { id: 'doorPosition', options: ['front', 'rear'] },
  { id: 'doorCount', options: ['one', 'several'] },
  { id: 'locks', options: ['normal', 'weak', 'stuck', 'none'] },
  { id: 'handleFeel', options: ['normal', 'loose', 'stiff'] },
  { id: 'sound', options: ['click', 'nothing'] },
  { id: 'history', multiple: true, options: ['trim-work', 'collision', 'freezing', 'water'] },
  { id: 'latches', options: ['secure', 'not-secure', 'unpredictable'] },
  { id: 'seatNeeded', options: ['yes', 'no'] },
] as const satisfies readonly { id: QuestionId; multiple?: boolean; options: readonly string[] }[];

/**
 * How answers rank the seven causes and decide whether the car can be driven. Every weight is a
 * reading of the mechanic's article (shared/seeds/001_…); the rule it comes from is named beside it.
 * Where a weight goes beyond what the article says, the comment beside it starts "Judgement call"
 * and gives our reason; such weights only ever reorder causes, never soften the driving verdict.
 * The text for every id lives in ./en/diagnosis.ts; the logic that applies this is src/logic/diagnose.ts.
 */
export const diagnosisModel: DiagnosisModel = {
  causes: [
    // "The three most common causes": child lock; broken handle, cable or rod; sticking latch.
    { id: 'child-lock', prior: 3, severity: 'low', skill: 'diy' },
    { id: 'inside-handle', prior: 3, severity: 'moderate', skill: 'shop', skillWhenStuckClosed: 'higher-skill' },
    { id: 'linkage', prior: 3, severity: 'moderate', skill: 'shop', skillWhenStuckClosed: 'higher-skill' },
    { id: 'latch', prior: 3, severity: 'moderate-high', skill: 'shop', skillWhenStuckClosed: 'higher-skill' },
    { id: 'actuator', prior: 1, severity: 'moderate-high', skill: 'shop', skillWhenStuckClosed: 'higher-skill' },
    // Not a DIY check: the fix is taking the panel off, cleaning, lubricating and replacing rusted parts.
    { id: 'frozen', prior: 1, severity: 'moderate', skill: 'shop', skillWhenStuckClosed: 'higher-skill' },
    // With the door shut from both sides every repair means careful panel work with little room: higher-skill.
    { id: 'misalignment', prior: 1, severity: 'moderate', skill: 'shop', skillWhenStuckClosed: 'higher-skill' },
  ],
  questions: diagnosisQuestions as unknown as DiagnosisModel['questions'],
  rules: [
    // Opens from outside: the latch still works, so the inside release path is at fault.
    { question: 'opensOutside', option: 'yes', effects: { 'child-lock': 2, 'inside-handle': 2, linkage: 2, latch: -1, actuator: -1 } },
    // Opens from neither side: latch, actuator, jammed linkage or internal lock; a child lock never blocks the outside handle.
    // Judgement call: frozen +1, since a seized latch (which the article lists here) is often a frozen or corroded one.
    { question: 'opensOutside', option: 'no', effects: { latch: 3, actuator: 4, linkage: 1, frozen: 1, 'child-lock': -4, 'inside-handle': -2 } },
    // Rear door: check the child lock first. Child locks are on rear doors only.
    { question: 'doorPosition', option: 'rear', effects: { 'child-lock': 3 } },
    { question: 'doorPosition', option: 'front', effects: { 'child-lock': -4 } },
    // One door: the three common causes fit best when a single door fails, and a linkage fault often hits just one door.
    { question: 'doorCount', option: 'one', effects: { linkage: 1 } },
    // Judgement call: the article names several doors only as a reason not to drive. One broken
    // handle or cable rarely strikes two doors at once, while cold, moisture or the central lock
    // system can, so several doors lifts frozen and actuator and lowers handle and linkage.
    { question: 'doorCount', option: 'several', effects: { frozen: 2, actuator: 1, 'inside-handle': -1, linkage: -1 } },
    // Power locks still normal on a child-locked door; a weak, slow or silent one, or a stuck knob, means the actuator.
    // Judgement call: normal locks also lower the actuator (-2), the reverse of its own signs.
    { question: 'locks', option: 'normal', effects: { 'child-lock': 1, actuator: -2 } },
    { question: 'locks', option: 'weak', effects: { actuator: 4 } },
    // Judgement call: latch +1, since the article calls for working the lock and handle together on a sticking latch.
    { question: 'locks', option: 'stuck', effects: { actuator: 4, latch: 1 } },
    // Judgement call: a car without power locks has no lock actuator to fail, only a manual lock, so -1.
    { question: 'locks', option: 'none', effects: { actuator: -1 } },
    // Handle feel: normal but nothing happens → deeper in latch or lock; loose → handle or linkage;
    // stiff → latch binding, kinked cable or a frozen mechanism ("stiff rather than loose").
    // Judgement call: inside-handle -2, the reverse of its loose-handle sign.
    { question: 'handleFeel', option: 'normal', effects: { 'child-lock': 1, latch: 2, actuator: 2, 'inside-handle': -2 } },
    { question: 'handleFeel', option: 'loose', effects: { 'inside-handle': 3, linkage: 3, latch: -1, frozen: -1 } },
    { question: 'handleFeel', option: 'stiff', effects: { latch: 2, linkage: 1, frozen: 3, 'inside-handle': -1 } },
    // A faint click with no release → latch; no sound at all → handle or linkage.
    { question: 'sound', option: 'click', effects: { latch: 3 } },
    { question: 'sound', option: 'nothing', effects: { 'inside-handle': 2, linkage: 2 } },
    // Recent door work → misrouted linkage or panel interference (and a child lock flipped while the door edge was handled).
    { question: 'history', option: 'trim-work', effects: { misalignment: 5, linkage: 1, 'child-lock': 1 } },
    // Judgement call: latch +1 after a collision, since a knock can bend the latch itself, not only the linkage.
    { question: 'history', option: 'collision', effects: { misalignment: 5, latch: 1 } },
    // Freezing weather or water → frozen or corroded; actuators are also worse in the cold.
    { question: 'history', option: 'freezing', effects: { frozen: 4, actuator: 1 } },
    { question: 'history', option: 'water', effects: { frozen: 4 } },
    // Judgement call: the article uses latching only for the driving verdict. A door that will not
    // latch securely, or latches unpredictably, points at the latch (the part that holds it shut)
    // or at parts knocked out of line.
    { question: 'latches', option: 'not-secure', effects: { latch: 2, misalignment: 1 } },
    { question: 'latches', option: 'unpredictable', effects: { latch: 3 } },
  ],
  // Bands, not percentages: within 1 point of the top is "most likely", within 4 "possible".
  // Our weighting (the article does not use the word): a clue that belongs to one cause alone
  // (weak power lock, recent door work, water) weighs 4–5, so on its own it lifts its cause clear
  // of the three common ones, which start 2 points ahead.
  bands: { mostLikelyWithin: 1, possibleWithin: 4 },
  driving: {
    notSafeWhen: [
      { question: 'latches', option: 'not-secure' },
      { question: 'latches', option: 'unpredictable' },
      { question: 'doorCount', option: 'several' },
      { question: 'seatNeeded', option: 'yes' },
      { question: 'history', option: 'collision' },
    ],
    // "Usually acceptable for a short period": one door, still latching securely, everyone can use other doors.
    okForNowWhenAll: [
      { question: 'doorCount', option: 'one' },
      { question: 'latches', option: 'secure' },
      { question: 'seatNeeded', option: 'no' },
    ],
    // "Maybe a very short distance": the door still closes properly and the cause is likely the
    // handle, a cable or the lock (the child lock is a lock setting). Anything less is undecided.
    shortDistanceWhen: {
      all: [{ question: 'latches', option: 'secure' }],
      likelyCausesAmong: ['child-lock', 'inside-handle', 'linkage', 'actuator'],
    },
  },
  // The safety question: someone stuck or unwell, or the reader cannot say, shows the emergency view first.
  escalateWhen: [
    { question: 'trapped', option: 'yes' },
    { question: 'trapped', option: 'unsure' },
  ],
};
