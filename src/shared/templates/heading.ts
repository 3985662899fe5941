import { literal, type StaticValue } from 'lit/static-html.js';

/** Real heading tags for `heading-level`, so the elements slot into the host page's outline. */
const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Heading levels are clamped to 1–6; `offset` gives a sub-heading (level + 1) that never passes h6. */
export function headingTag(level: number, offset = 0): StaticValue {
  const base = Number.isFinite(level) ? Math.round(level) : 2;
  const clamped = Math.min(6, Math.max(1, base + offset));
  return HEADING_TAGS[clamped - 1]!;
}
