// door-help/define/lazy: defines each element when the page first uses it, so a bundler splits
// each into a chunk of its own and a page loads only what it shows (the same staging as the
// script tag, without its painted first screen). It sees the document as it changes, and open
// shadow roots once, when the page is first idle: an app that puts an element in a shadow root
// later imports that element's define module itself (or door-help/define/all).
import { ELEMENT_TAGS, type ElementTag } from '../elements.js';
import { watchTags } from '../shared/platform/tag-watch.js';

const loaders: Record<ElementTag, () => Promise<unknown>> = {
  'door-emergency-steps': () => import('./door-emergency-steps.js'),
  'door-diagnosis': () => import('./door-diagnosis.js'),
  'repair-cost': () => import('./repair-cost.js'),
  'door-help': () => import('./door-help.js'),
};

const started = new Set<string>();

if (typeof document !== 'undefined') {
  watchTags(document, ELEMENT_TAGS, (found) => {
    for (const tag of found as ElementTag[]) {
      if (started.has(tag)) continue;
      started.add(tag);
      loaders[tag]().catch((error: unknown) => {
        started.delete(tag);
        console.error(`door-help: could not load <${tag}> (${String((error as Error)?.message ?? error).slice(0, 120)}).`);
      });
    }
  });
}

export {};
