// The build's side of the script tag's first stage (src/first-stage/): the English words it
// carries, picked from the data at build time so that one home holds each word.
import { loadTs } from './load-ts.mjs';

const ID = 'virtual:door-help/first-screen-words';

/** Serves `virtual:door-help/first-screen-words`: src/first-stage/words.ts over the English bundle. */
export function firstScreenWords() {
  return {
    name: 'door-help:first-screen-words',
    resolveId(source) {
      return source === ID ? `\0${ID}` : null;
    },
    async load(id) {
      if (id !== `\0${ID}`) return null;
      const [{ firstScreenWords: pick }, { en }] = await Promise.all([loadTs('src/first-stage/words.ts'), loadTs('src/data/en/index.ts')]);
      return `export default ${JSON.stringify(pick(en))};`;
    },
  };
}
