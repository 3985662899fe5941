/**
 * Every element door-help ships, once. The server render, the builds (the single-element script
 * files), the API docs and the CLI read this list; a new element is a folder in src/components/,
 * a define module, and a line here.
 */
export const ELEMENTS = [
  { tag: 'door-emergency-steps', className: 'DoorEmergencySteps', singleFile: true, alsoDefines: [] },
  // The diagnosis shows the emergency steps when someone is stuck: its define module registers them too.
  { tag: 'door-diagnosis', className: 'DoorDiagnosis', singleFile: true, alsoDefines: ['door-emergency-steps'] },
  { tag: 'repair-cost', className: 'RepairCost', singleFile: true, alsoDefines: [] },
  // The wrapper: settings and a diagnosis shared with the elements inside; nothing to show alone.
  { tag: 'door-help', className: 'DoorHelp', singleFile: false, alsoDefines: [] },
] as const;

export type ElementTag = (typeof ELEMENTS)[number]['tag'];

/** Every tag, in the order the docs list them. */
export const ELEMENT_TAGS: readonly ElementTag[] = ELEMENTS.map((element) => element.tag);

/** The elements built as a classic script of their own (dist/<tag>.js), for pages that use only one. */
export const SINGLE_FILE_TAGS: readonly ElementTag[] = ELEMENTS.filter((element) => element.singleFile).map((element) => element.tag);

/** The tags a single element's module (dist/parts/<tag>.js, its define module) registers: its own and those it shows. */
export function tagsDefinedWith(tag: ElementTag): readonly ElementTag[] {
  const element = ELEMENTS.find((candidate) => candidate.tag === tag);
  return element ? [element.tag, ...element.alsoDefines] : [];
}
