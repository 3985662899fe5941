import { causeParts, releaseParts, type ReleasePart } from '../data/release-parts.js';
import type { DiagnosisResult } from './diagnose.js';

/** The parts behind the most likely causes, in release order; none before the reader's first clue. */
export function highlightedParts(result: DiagnosisResult): ReleasePart[] {
  if (!result.causes.some((cause) => cause.reasonsFor.length || cause.reasonsAgainst.length)) return [];
  const wanted = new Set(result.causes.filter((cause) => cause.band === 'most-likely').flatMap((cause) => causeParts[cause.id]));
  return releaseParts.filter((part) => wanted.has(part));
}
