import { diagnosisModel } from '../../src/data/diagnosis-model.js';
import type { DiagnosisModel, QuestionId, Verdict } from '../../src/data/schemas/index.js';
import { assessDriving, diagnose, safetyQuestion, type Answers, type RankedCause } from '../../src/logic/diagnose.js';
import { valuesOf } from '../../src/logic/interview.js';

/**
 * The best any interview could do on this model, computed exactly over every state of answers
 * (330,480 for the nine clue questions: each unasked, or asked with one of its answers), under
 * the constraints the shipped interview keeps (tests/logic/interview-simulation.ts measures it
 * over the same 18,432 × 3 answer sets, each answer equally likely):
 * - it may stop only where the verdict shown is the one every way of answering the rest gives;
 * - at most `maxAfterSafety` questions after the safety question.
 *
 * Among such interviews, the trade between questions asked and agreement is solved by a dynamic
 * programme per price of a disagreement (a Lagrange multiplier), and the price is found by
 * bisection. Between the two interviews on either side of the target the figure is interpolated:
 * that is exactly the best an interview may reach when it may mix two strategies, so it is a
 * bound no single interview can beat (it is not a sweep over a grid of prices).
 */

const VERDICTS: readonly Verdict[] = ['ok-for-now', 'short-distance', 'undecided', 'not-safe'];

/** The advice a reader takes from the leader: its severity and the kind of repair. */
const adviceOf = (cause: RankedCause) => `${cause.severity}|${cause.skill}`;

export interface Policy {
  /** Average questions after the safety question. */
  average: number;
  /** Share of answer sets where the leader shown is among the most likely with all answers. */
  band: number;
  /** Share of answer sets where the leader shown carries the advice (severity, kind of repair) of the first cause with all answers. */
  advice: number;
  worst: number;
  /** The interview as a decision tree (see `solve`), for src/data/interview-plan.ts. */
  plan?: string;
}

export interface InterviewOptimum {
  states: number;
  /** False when no interview within the question limit can settle the verdict in every answer set. */
  feasible: boolean;
  /** The fewest questions (after the safety one) with the verdict settled, whatever the agreement. */
  fewest: Policy;
  /** The fewest questions, after the safety one, for a band agreement of `bandTarget`, and its figures. */
  forBand: Policy;
  /** The best advice agreement at a given average (after the safety one), whatever the band. */
  adviceAt(average: number): number;
  /** The best advice agreement at a given average that keeps the band agreement at `bandTarget`. */
  adviceWithBandAt(average: number): number;
  /** The interview that minimises questions + prices × misses (band, advice). */
  solve(bandPrice: number, advicePrice: number): Policy;
}

export function interviewOptimum(maxAfterSafety = 6, bandTarget = 0.95, model: DiagnosisModel = diagnosisModel): InterviewOptimum {
  const safety = safetyQuestion(model);
  const questions = model.questions.filter((q) => q.id !== safety);
  const values = questions.map(valuesOf);
  const C = model.causes.length;
  const causeIndex = new Map(model.causes.map((cause, i) => [cause.id, i]));
  const radix = values.map((v) => v.length + 1); // digit 0: not asked
  const place: number[] = [];
  radix.reduce((m, r) => (place.push(m), m * r), 1);
  const N = radix.reduce((a, b) => a * b, 1);
  const Q = questions.length;
  const digitsOf = (s: number) => radix.map((r, i) => Math.floor(s / place[i]!) % r);
  const adviceKeys = new Map<string, number>();
  const keyOf = (advice: string) => adviceKeys.get(advice) ?? (adviceKeys.set(advice, adviceKeys.size), adviceKeys.size - 1);
  model.causes.forEach((cause) => {
    keyOf(`${cause.severity}|${cause.skill}`);
    if (cause.skillWhenStuckClosed) keyOf(`${cause.severity}|${cause.skillWhenStuckClosed}`);
  });
  const K = adviceKeys.size;

  const asked = new Int8Array(N);
  const shownTop = new Int8Array(N);
  const shownAdvice = new Int8Array(N);
  const shownVerdict = new Int8Array(N);
  // Over the ways the open questions could be answered: which verdicts all answers give (a bit
  // each), the chance each cause is among the most likely, the chance of each advice of the first cause.
  const verdicts = new Int8Array(N);
  const band = new Float64Array(N * C);
  const advice = new Float64Array(N * K);
  for (let s = 0; s < N; s++) {
    const digits = digitsOf(s);
    const answers: Answers = {};
    const askedIds: QuestionId[] = [safety];
    digits.forEach((d, i) => {
      if (!d) return;
      askedIds.push(questions[i]!.id);
      const value = values[i]![d - 1];
      if (value !== undefined) answers[questions[i]!.id] = value;
    });
    asked[s] = askedIds.length - 1;
    const result = diagnose(answers, model);
    shownTop[s] = causeIndex.get(result.causes[0]!.id)!;
    shownAdvice[s] = keyOf(adviceOf(result.causes[0]!));
    shownVerdict[s] = VERDICTS.indexOf(assessDriving(answers, result.causes, model, askedIds).verdict);
    if (asked[s] === Q) {
      // All answers given: as the simulation reads them (a tick-all-that-fit question with no box ticked is "none of these").
      const all = diagnose(answers, model, { skipped: model.questions.map((q) => q.id) });
      verdicts[s] = 1 << VERDICTS.indexOf(all.driving.verdict);
      all.causes.forEach((cause) => cause.band === 'most-likely' && (band[s * C + causeIndex.get(cause.id)!] = 1));
      advice[s * K + keyOf(adviceOf(all.causes[0]!))] = 1;
    }
  }
  const order = Array.from({ length: N }, (_, s) => s).sort((a, b) => asked[b]! - asked[a]!);
  for (const s of order) {
    if (asked[s] === Q) continue;
    const digits = digitsOf(s);
    const open = digits.indexOf(0);
    const k = values[open]!.length;
    for (let v = 1; v <= k; v++) {
      const child = s + v * place[open]!;
      verdicts[s] |= verdicts[child]!;
      for (let c = 0; c < C; c++) band[s * C + c]! += band[child * C + c]! / k;
      for (let a = 0; a < K; a++) advice[s * K + a]! += advice[child * K + a]! / k;
    }
  }
  const canStop = (s: number) => verdicts[s] === 1 << shownVerdict[s]!;
  const bandAt = (s: number) => band[s * C + shownTop[s]!]!;
  const adviceAt = (s: number) => advice[s * K + shownAdvice[s]!]!;

  /** The interview that minimises questions + bandPrice × band misses + advicePrice × advice misses. */
  const solve = (bandPrice: number, advicePrice: number): Policy & { cost: number; plan: string } => {
    const cost = new Float64Array(N), average = new Float64Array(N), bandShare = new Float64Array(N), adviceShare = new Float64Array(N), worst = new Int8Array(N);
    const choice = new Int8Array(N).fill(-1);
    for (const s of order) {
      let best = canStop(s) ? bandPrice * (1 - bandAt(s)) + advicePrice * (1 - adviceAt(s)) : Infinity;
      let [bestAverage, bestBand, bestAdvice, bestWorst] = [0, bandAt(s), adviceAt(s), 0];
      if (asked[s]! < maxAfterSafety) {
        const digits = digitsOf(s);
        for (let i = 0; i < Q; i++) {
          if (digits[i]) continue;
          const k = values[i]!.length;
          let c = 1, a = 1, b = 0, d = 0, w = 0;
          for (let v = 1; v <= k; v++) {
            const next = s + v * place[i]!;
            c += cost[next]! / k;
            a += average[next]! / k;
            b += bandShare[next]! / k;
            d += adviceShare[next]! / k;
            w = Math.max(w, worst[next]!);
          }
          if (c < best - 1e-12) [best, bestAverage, bestBand, bestAdvice, bestWorst, choice[s]] = [c, a, b, d, w + 1, i];
        }
      }
      [cost[s], average[s], bandShare[s], adviceShare[s], worst[s]] = [best, bestAverage, bestBand, bestAdvice, bestWorst];
    }
    // The decision tree from no answers, depth first, children in answer order: one symbol per
    // node, "0" to stop, "1"…"9" for the question to put (the clue questions in model order).
    let plan = '';
    const walk = (s: number): void => {
      const i = choice[s]!;
      plan += String(i + 1);
      if (i >= 0) for (let v = 1; v <= values[i]!.length; v++) walk(s + v * place[i]!);
    };
    walk(0);
    return { cost: cost[0]!, average: average[0]!, band: bandShare[0]!, advice: adviceShare[0]!, worst: worst[0]!, plan };
  };

  /** Bisects a price until the figure crosses the target; interpolates between the two sides. */
  const cross = (run: (price: number) => Policy, reached: (p: Policy) => boolean, figure: (p: Policy) => number, target: number) => {
    let [lo, hi] = [0, 1];
    let high = run(hi);
    while (!reached(high) && hi < 1e6) high = run((hi *= 4));
    if (!reached(high)) return undefined;
    let low = run(lo);
    if (reached(low)) return { low, high: low, share: 0 };
    for (let step = 0; step < 60 && hi - lo > 1e-9; step++) {
      const mid = (lo + hi) / 2;
      const p = run(mid);
      if (reached(p)) [hi, high] = [mid, p];
      else [lo, low] = [mid, p];
    }
    const span = figure(high) - figure(low);
    return { low, high, share: span ? (target - figure(low)) / span : 1 };
  };
  const mix = (a: Policy, b: Policy, t: number): Policy => ({
    average: a.average + t * (b.average - a.average),
    band: a.band + t * (b.band - a.band),
    advice: a.advice + t * (b.advice - a.advice),
    worst: Math.max(a.worst, b.worst),
  });

  const fewest = solve(0, 0);
  const feasible = Number.isFinite(fewest.cost);
  const forBandCross = feasible ? cross((price) => solve(price, 0), (p) => p.band >= bandTarget - 1e-12, (p) => p.band, bandTarget) : undefined;
  const forBand = forBandCross ? mix(forBandCross.low, forBandCross.high, forBandCross.share) : { ...fewest, average: NaN };
  return {
    states: N,
    feasible,
    fewest,
    forBand,
    solve,
    adviceAt(target: number) {
      if (!feasible) return NaN;
      // More questions buy more agreement: the price at which the average reaches the target.
      const found = cross((price) => solve(0, price), (p) => p.average >= target - 1e-12, (p) => p.average, target);
      if (!found) return solve(0, 1e6).advice;
      return mix(found.low, found.high, found.share).advice;
    },
    adviceWithBandAt(target: number) {
      if (!feasible) return NaN;
      // Two prices: for each price of a band miss, the advice price that spends `target`
      // questions; the best advice among those that keep the band (a search over the first
      // price, each point exact for its price).
      let best = NaN;
      for (let bandPrice = 0; bandPrice <= 40; bandPrice += 0.5) {
        const found = cross((price) => solve(bandPrice, price), (p) => p.average >= target - 1e-12, (p) => p.average, target);
        if (!found) continue;
        const point = mix(found.low, found.high, found.share);
        if (point.band >= bandTarget - 1e-12 && !(point.advice <= best)) best = point.advice;
      }
      return best;
    },
  };
}

/**
 * The interview to ship: among the exact interviews for a grid of prices, the one with the best
 * advice agreement that keeps the band agreement at `bandTarget` and asks at most `slack` times
 * the fewest questions that band agreement needs (counting the safety question).
 */
export function choosePlan(optimum: InterviewOptimum, { bandTarget = 0.95, slack = 1.05 } = {}): (Policy & { bandPrice: number; advicePrice: number }) | undefined {
  const limit = slack * (optimum.forBand.average + 1) - 1;
  let best: (Policy & { bandPrice: number; advicePrice: number }) | undefined;
  for (let bandPrice = 8; bandPrice <= 18; bandPrice += 0.5) {
    for (let advicePrice = 0; advicePrice <= 5; advicePrice += 0.25) {
      const policy = optimum.solve(bandPrice, advicePrice);
      if (policy.band < bandTarget || policy.average > limit) continue;
      if (!best || policy.advice > best.advice) best = { ...policy, bandPrice, advicePrice };
    }
  }
  return best;
}

/** A short fingerprint of everything in the model the interview reads: a plan made for another model is refused. */
export function modelFingerprint(model: DiagnosisModel = diagnosisModel): string {
  const text = JSON.stringify([model.questions, model.causes, model.rules, model.bands, model.driving, model.escalateWhen]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
