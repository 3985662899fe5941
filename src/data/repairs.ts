import type { RepairCatalog } from './types.js';

/**
 * Typical US parts-and-labor ranges from the mechanic's article (shared/seeds/001_…, "Typical
 * Repair Costs"), and which repairs each cause of src/data/diagnosis-model.ts usually needs.
 * Words for every id: ./en/cost.ts. Logic: src/logic/cost.ts.
 */
export const repairCatalog: RepairCatalog = {
  currency: 'USD',
  repairs: [
    { id: 'child-lock-check', min: 0, max: 60 },
    { id: 'inside-handle', min: 120, max: 300 },
    { id: 'linkage', min: 150, max: 350 },
    { id: 'latch', min: 250, max: 550 },
    { id: 'actuator', min: 220, max: 500 },
    // "$300 to $700+": $700 is the typical top, and the "+" says it can run higher, so both are shown.
    { id: 'stuck-closed', min: 300, max: 700, orMore: true },
  ],
  causeRepairs: {
    'child-lock': ['child-lock-check'],
    'inside-handle': ['inside-handle'],
    linkage: ['linkage'],
    latch: ['latch'],
    actuator: ['actuator'],
    // Judgement call: the article prices no "frozen mechanism" job. Cleaning and lubricating
    // means taking the panel off, the same labour as a linkage repair; if rust has ruined the
    // latch, it is a latch replacement. So both ranges apply.
    frozen: ['linkage', 'latch'],
    // Judgement call: fixing misrouted linkage or panel interference is panel removal and
    // re-clipping the rod or cable, which is what the linkage repair range covers.
    misalignment: ['linkage'],
  },
  stuckClosedRepair: 'stuck-closed',
};
