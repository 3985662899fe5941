// The guided diagnosis's interview over every complete set of answers a reader could hold
// (tests/logic/interview-simulation.ts, bundled here for node), as bench rows with #17's targets.
import { loadTs as load } from '../scripts/load-ts.mjs';

/**
 * The best any interview could do under the same constraints (verdict settled at every stop,
 * at most 7 questions counting the safety one), solved exactly in this run
 * (tests/logic/interview-optimum.ts); the advice optimum that also keeps the band agreement takes
 * a minute and a half, so it is read from the figures npm run data:interview-plan wrote with the plan.
 */
async function optimumOf(average) {
  const { interviewOptimum } = await load('tests/logic/interview-optimum.ts');
  const { optimum: recorded } = await load('tests/logic/interview-optimum.figures.ts');
  const optimum = interviewOptimum(recorded.maxAfterSafety);
  return { fewestForBand: optimum.forBand.average + 1, fewest: optimum.fewest.average + 1, adviceAt: optimum.adviceAt(average - 1), adviceWithBand: recorded.adviceWithBandAtPlan };
}

export async function interviewRows() {
  const { benchmarkInterview } = await load('tests/logic/interview-simulation.ts');
  const b = benchmarkInterview();
  const best = await optimumOf(b.averageAsked);
  const pct = (share) => Math.round(share * 1000) / 10;
  const histogram = Object.entries(b.histogram).map(([asked, sets]) => `${asked}: ${sets}`).join(', ');
  return [
    { name: `questions put before the result, average (counting the safety question; form: 10) over ${b.sets} answer sets; exact optimum for the verdict settled and 95 % "among the most likely": ${best.fewestForBand.toFixed(3)} (for the verdict alone: ${best.fewest.toFixed(3)}); budget 1.05 × the optimum`, value: Math.round(b.averageAsked * 1000) / 1000, unit: 'questions', budgetSign: '≤', budget: Math.round(1.05 * best.fewestForBand * 1000) / 1000, pass: b.averageAsked <= 1.05 * best.fewestForBand + 1e-9 },
    { name: `questions put before the result, worst (counting the safety question; by count: ${histogram})`, value: b.worstAsked, unit: 'questions', budgetSign: '≤', budget: 7, pass: b.worstAsked <= 7 },
    { name: `agreement on the advice (severity and kind of repair of the leader shown, against the first cause with all answers); best at this average keeping 95 % "among the most likely": ${pct(best.adviceWithBand)} %, whatever that agreement: ${pct(best.adviceAt)} %; budget 3 points under the first`, value: pct(b.agreementOnAdvice), unit: '%', budgetSign: '≥', budget: pct(best.adviceWithBand - 0.03), pass: b.agreementOnAdvice >= best.adviceWithBand - 0.03 },
    { name: 'verdict at the stop is the one all answers give', value: pct(b.verdictSettled), unit: '%', budgetSign: '=', budget: 100, pass: b.verdictSettled === 1 },
    { name: 'sets whose answers say "not safe" stopping at "not decided yet"', value: b.notSafeUndecided, unit: 'sets', budgetSign: '=', budget: 0, pass: b.notSafeUndecided === 0 },
    { name: 'agreement: leader shown at the stop is among the most likely with all answers', value: pct(b.agreementWithinBand), unit: '%', budgetSign: '≥', budget: 95, pass: b.agreementWithinBand >= 0.95 },
    { name: 'agreement: leader shown at the stop shares the top score with all answers (no target)', value: pct(b.agreementWithTies), unit: '%' },
    { name: 'agreement: leader shown at the stop is the first cause with all answers (no target)', value: pct(b.agreement), unit: '%' },
    { name: 'stopped verdict softer than with all answers', value: b.softerVerdicts, unit: 'sets', budgetSign: '=', budget: 0, pass: b.softerVerdicts === 0 },
    { name: 'stopped with the verdict still undecided (never a go-ahead)', value: b.undecidedAtStop, unit: 'sets', budgetSign: '=', budget: 0, pass: b.undecidedAtStop === 0 },
  ];
}
