import type { CauseId } from './types.js';

/** The parts of the inside release the drawing shows, in the order a pull travels through them. */
export const releaseParts = ['handle', 'link', 'latch', 'actuator', 'childLock'] as const;
export type ReleasePart = (typeof releaseParts)[number];

/**
 * The part(s) behind each cause, for highlighting. A frozen or corroded door binds in the latch
 * and along the cable or rod; a door knocked out of line shows at the latch.
 */
export const causeParts: Record<CauseId, readonly ReleasePart[]> = {
  'child-lock': ['childLock'],
  'inside-handle': ['handle'],
  linkage: ['link'],
  latch: ['latch'],
  actuator: ['actuator'],
  frozen: ['latch', 'link'],
  misalignment: ['latch'],
};
