/** Console messages for site authors, each said once per page so a list of 100 elements does not flood the console. */
const said = new Set<string>();

export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`door-help: ${message}`);
}
