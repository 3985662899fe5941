// Written by npm run data:interview-plan (scripts/content/interview-plan.mjs) with src/data/interview-plan.ts: the exact
// optimum under the interview's constraints, and the plan's own figures. Averages are after the safety question.
export const optimum = {
  "model": "376d264f",
  "maxAfterSafety": 6,
  "fewestForBand": 3.569860197368421,
  "adviceAtPlan": 0.8681162796253822,
  "adviceWithBandAtPlan": 0.8448646622474746,
  "plan": {
    "average": 3.7964409722222223,
    "band": 0.9548611111111112,
    "advice": 0.8399522569444444,
    "worst": 6,
    "bandPrice": 8,
    "advicePrice": 3.25
  }
};
