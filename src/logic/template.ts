/** Fills `{name}` placeholders of a data string. Unknown placeholders stay visible so a gap shows up in review. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * Like `fill`, but a value may be anything a template renders (a number marked not to be
 * translated, say): the template's text and the values, in order, for a template to render.
 */
export function fillParts(template: string, values: Record<string, unknown>): unknown[] {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!Object.hasOwn(values, name)) continue;
    parts.push(template.slice(last, match.index), values[name]);
    last = match.index! + match[0].length;
  }
  parts.push(template.slice(last));
  return parts.filter((part) => part !== '');
}
