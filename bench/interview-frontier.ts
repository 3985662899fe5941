import { diagnosisModel } from '../src/data/diagnosis-model.js';
import type { DiagnosisModel } from '../src/data/schemas.js';
import { effectsOf, valuesOf } from '../src/logic/interview.js';

/**
 * What the best possible interview could reach on this model: an exact dynamic programme over
 * every state of answers (110,160 for the ten questions), for each reading of "agreement".
 * Any order of questions and any stopping rule is at most this good, so where these numbers miss
 * a target, no chooser can meet it without changing the model. Only questions that move the
 * ranking are put here; the safety question is counted on top.
 */
export interface FrontierPoint {
  /** Average questions after the safety question. */
  average: number;
  agreement: number;
  worst: number;
}

export function interviewFrontier(
  reading: 'first' | 'ties' | 'band',
  maxAsked: number,
  penalties: readonly number[],
  model: DiagnosisModel = diagnosisModel,
): FrontierPoint[] {
  const questions = model.questions.filter((q) => model.rules.some((rule) => rule.question === q.id));
  const values = questions.map(valuesOf);
  const effects = questions.map((q, i) => values[i]!.map((value) => effectsOf(model, q.id, value)));
  const C = model.causes.length;
  const radix = values.map((v) => v.length + 1); // digit 0: not answered
  const place: number[] = [];
  radix.reduce((m, r) => (place.push(m), m * r), 1);
  const N = radix.reduce((a, b) => a * b, 1);
  const digitsOf = (s: number) => radix.map((r, i) => Math.floor(s / place[i]!) % r);
  const scoresOf = (digits: number[]) => {
    const scores = model.causes.map((cause) => cause.prior);
    digits.forEach((d, i) => d && effects[i]![d - 1]!.forEach((e, c) => (scores[c]! += e)));
    return scores;
  };
  const answered = new Int8Array(N);
  const shownTop = new Int8Array(N);
  // agrees[s*C + c]: the chance, over the ways the open questions could be answered, that c agrees with all answers.
  const agrees = new Float64Array(N * C);
  const order = Array.from({ length: N }, (_, s) => s);
  for (const s of order) {
    const digits = digitsOf(s);
    answered[s] = digits.filter(Boolean).length;
    const scores = scoresOf(digits);
    shownTop[s] = scores.indexOf(Math.max(...scores));
  }
  order.sort((a, b) => answered[b]! - answered[a]!);
  for (const s of order) {
    const digits = digitsOf(s);
    const open = digits.indexOf(0);
    if (open < 0) {
      const scores = scoresOf(digits);
      const best = Math.max(...scores);
      scores.forEach((score, c) => {
        const ok = reading === 'first' ? c === shownTop[s] : reading === 'ties' ? score === best : best - score <= model.bands.mostLikelyWithin;
        if (ok) agrees[s * C + c] = 1;
      });
      continue;
    }
    const k = values[open]!.length;
    for (let v = 1; v <= k; v++) for (let c = 0; c < C; c++) agrees[s * C + c]! += agrees[(s + v * place[open]!) * C + c]! / k;
  }
  return penalties.map((penalty) => {
    const cost = new Float64Array(N), average = new Float64Array(N), agreement = new Float64Array(N), worst = new Int8Array(N);
    for (const s of order) {
      const stay = agrees[s * C + shownTop[s]!]!;
      let best = penalty * (1 - stay), bestAverage = 0, bestAgreement = stay, bestWorst = 0;
      if (answered[s]! < maxAsked) {
        digitsOf(s).forEach((d, i) => {
          if (d) return;
          const k = values[i]!.length;
          let c = 1, a = 1, g = 0, w = 0;
          for (let v = 1; v <= k; v++) {
            const next = s + v * place[i]!;
            c += cost[next]! / k;
            a += average[next]! / k;
            g += agreement[next]! / k;
            w = Math.max(w, worst[next]!);
          }
          if (c < best - 1e-12) [best, bestAverage, bestAgreement, bestWorst] = [c, a, g, w + 1];
        });
      }
      [cost[s], average[s], agreement[s], worst[s]] = [best, bestAverage, bestAgreement, bestWorst];
    }
    return { average: average[0]!, agreement: agreement[0]!, worst: worst[0]! };
  });
}
