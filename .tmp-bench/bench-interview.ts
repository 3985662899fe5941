import { benchmarkInterview } from '/work/main/tests/logic/interview-simulation.ts';
const t = Date.now();
const b = benchmarkInterview();
console.log(JSON.stringify({ ...b, ms: Date.now() - t }));
