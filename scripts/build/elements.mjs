// The element registry (src/elements.ts) for the build and docs scripts, which run in plain node:
// read through the scripts' one TypeScript loader.
import { loadTs } from '../load-ts.mjs';

export const { ELEMENTS, ELEMENT_TAGS, SINGLE_FILE_TAGS } = await loadTs('src/elements.ts');
