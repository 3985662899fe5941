/**
 * The repair ids, as a run-time list: host price lists are checked against it, and the schema in
 * ./schemas/ is built from it, so the ids are written once.
 */
export const repairIds = ['child-lock-check', 'inside-handle', 'linkage', 'latch', 'actuator', 'stuck-closed'] as const;
