/**
 * Host input, as it arrives: a page can set any value on a property typed `string`. These read it
 * safely where it is used, so a wrong type falls back instead of throwing.
 */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string, trimmed, else undefined. */
export function trimmedTextOf(value: unknown): string | undefined {
  const text = textOf(value)?.trim();
  return text ? text : undefined;
}
