// The guided diagnosis's interview over every complete set of answers a reader could hold
// (tests/logic/interview-simulation.ts, bundled here for node), as bench rows with #17's targets.
import { build } from 'esbuild';

async function load(entry) {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

/** The best any interview could reach (bench/interview-frontier.ts), worst case at most 5 questions after the safety one. */
async function frontierRows() {
  const { interviewFrontier } = await load('bench/interview-frontier.ts');
  const penalties = Array.from({ length: 30 }, (_, i) => 2 * 1.2 ** i);
  return ['first', 'ties', 'band'].map((reading) => {
    const points = interviewFrontier(reading, 5, penalties);
    const best = Math.max(...points.map((p) => p.agreement));
    const reach = points.filter((p) => p.agreement >= 0.95).sort((a, b) => a.average - b.average)[0];
    return {
      name: `best any interview could do, worst ≤ 6: agreement (${reading}); fewest questions for 95 %: ${reach ? `${reach.average.toFixed(2)} after the safety question` : 'unreachable'}`,
      value: Math.round(best * 1000) / 10,
      unit: '%',
    };
  });
}

export async function interviewRows() {
  const { benchmarkInterview } = await load('tests/logic/interview-simulation.ts');
  const b = benchmarkInterview();
  const pct = (share) => Math.round(share * 1000) / 10;
  const histogram = Object.entries(b.histogram).map(([asked, sets]) => `${asked}: ${sets}`).join(', ');
  return [
    { name: `questions put before the result, average (counting the safety question; form: 10) over ${b.sets} answer sets`, value: Math.round(b.averageAsked * 100) / 100, unit: 'questions', budgetSign: '≤', budget: 4, pass: b.averageAsked <= 4 },
    { name: 'questions put before the result, average after the safety question', value: Math.round((b.averageAsked - 1) * 100) / 100, unit: 'questions', budgetSign: '≤', budget: 4, pass: b.averageAsked - 1 <= 4 },
    { name: `questions put before the result, worst (counting the safety question; by count: ${histogram})`, value: b.worstAsked, unit: 'questions', budgetSign: '≤', budget: 7, pass: b.worstAsked <= 7 },
    { name: 'verdict at the stop is the one all answers give', value: pct(b.verdictSettled), unit: '%', budgetSign: '=', budget: 100, pass: b.verdictSettled === 1 },
    { name: 'sets whose answers say "not safe" stopping at "not decided yet"', value: b.notSafeUndecided, unit: 'sets', budgetSign: '=', budget: 0, pass: b.notSafeUndecided === 0 },
    { name: 'agreement: leader shown at the stop is among the most likely with all answers', value: pct(b.agreementWithinBand), unit: '%', budgetSign: '≥', budget: 95, pass: b.agreementWithinBand >= 0.95 },
    { name: 'agreement: leader shown at the stop shares the top score with all answers', value: pct(b.agreementWithTies), unit: '%', budgetSign: '≥', budget: 95, pass: b.agreementWithTies >= 0.95 },
    { name: 'agreement: leader shown at the stop is the first cause with all answers', value: pct(b.agreement), unit: '%', budgetSign: '≥', budget: 95, pass: b.agreement >= 0.95 },
    { name: 'stopped verdict softer than with all answers', value: b.softerVerdicts, unit: 'sets', budgetSign: '=', budget: 0, pass: b.softerVerdicts === 0 },
    { name: 'stopped with the verdict still undecided (never a go-ahead)', value: b.undecidedAtStop, unit: 'sets', budgetSign: '=', budget: 0, pass: b.undecidedAtStop === 0 },
    ...(await frontierRows()),
  ];
}
