import type { RepairId } from './schemas.js';

/** The repair ids, as a run-time list for host-input validation (the schemas ship no code). */
export const repairIdSchemaValues = ['child-lock-check', 'inside-handle', 'linkage', 'latch', 'actuator', 'stuck-closed'] as const satisfies readonly RepairId[];
