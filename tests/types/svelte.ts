// Svelte 5: the tags as svelte-check sees them, with door-help/svelte imported once.
import type {} from 'door-help/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const steps: SvelteHTMLElements['door-emergency-steps'] = { region: 'GB', compact: true, 'ondoor-call': (event) => console.log(event.detail.number) };
export const diagnosis: SvelteHTMLElements['door-diagnosis'] = {
  mode: 'guided',
  answers: { locks: 'stuck' },
  'ondoor-result-change': (event) => console.log(event.detail.likelyCauses),
};
export const cost: SvelteHTMLElements['repair-cost'] = { cause: 'latch', for: 'dx' };

// @ts-expect-error a misspelt attribute
export const misspelt: SvelteHTMLElements['door-emergency-steps'] = { regoin: 'GB' };
// @ts-expect-error not a mode the element takes
export const sideways: SvelteHTMLElements['door-diagnosis'] = { mode: 'sideways' };
// @ts-expect-error not an option of locks
export const jammed: SvelteHTMLElements['door-diagnosis'] = { answers: { locks: 'jammed' } };
