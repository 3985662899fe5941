import { causeParts, releaseParts, type ReleasePart } from '../data/release-parts.js';
import { mostLikely, type DiagnosisResult } from './diagnose.js';

/** The parts behind the most likely causes, in release order; none before the reader's first clue. */
export function highlightedParts(result: DiagnosisResult): ReleasePart[] {
  if (!result.causes.some((cause) => cause.reasonsFor.length || cause.reasonsAgainst.length)) return [];
  const wanted = new Set(mostLikely(result.causes).flatMap((cause) => causeParts[cause.id]));
  return releaseParts.filter((part) => wanted.has(part));
}
