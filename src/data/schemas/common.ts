// The building blocks every schema uses, and the interface words every element shows.
import { z } from 'zod';

/** A kebab-case id. */
export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
/** Text with something in it. */
export const text = z.string().trim().min(1);

/** A template may name only the placeholders it is given, written `{name}`. */
export const template = (...names: string[]) =>
  text.refine(
    (value) => [...value.matchAll(/\{(\w+)\}/g)].every((match) => names.includes(match[1]!)),
    `only the placeholders ${names.map((n) => `{${n}}`).join(', ') || '(none)'}`,
  );

export const textItemSchema = z.object({ id, text });

// ── Interface words shared by every element ─────────────────────────────────────────────────
export const sharedTextSchema = z.object({
  /** Shown at the foot of every element, whatever the configuration. */
  disclaimer: text,
  authorNoticeHeading: text,
  newTab: text,
  /** The drawing of where a child lock sits (emergency steps and diagnosis). */
  childLockPicture: z.object({
    /** The text alternative: says what the drawing shows. */
    description: text,
    caption: text,
    parts: z.object({ edge: text, latch: text, lever: text }),
    locked: text,
    unlocked: text,
  }),
});

export type TextItem = z.infer<typeof textItemSchema>;
export type SharedText = z.infer<typeof sharedTextSchema>;
