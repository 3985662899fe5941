// Written by npm run data:interview-plan (scripts/interview-plan.mjs) with src/data/interview-plan.ts: the exact
// optimum under the interview's constraints, and the plan's own figures. Averages are after the safety question.
export const optimum = {
  "model": "e484757b",
  "maxAfterSafety": 6,
  "fewestForBand": 3.569860197368421,
  "adviceAtPlan": 0.8650104351359338,
  "adviceWithBandAtPlan": 0.8425400452044023,
  "plan": {
    "average": 3.7977430555555554,
    "band": 0.9557291666666667,
    "advice": 0.8314887152777777,
    "worst": 6,
    "bandPrice": 10.5,
    "advicePrice": 2.5
  }
};
