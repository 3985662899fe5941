// The build's side of the script tag's first stage (src/first-stage/): the English words it
// carries, picked from the data at build time so that one home holds each word, and the
// element's own style rules, cut to those that can match the first screen.
import { transform } from 'lightningcss';
import { loadTs } from '../load-ts.mjs';

const ID = 'virtual:door-help/first-screen-words';
const CSS_ID = 'virtual:door-help/first-screen-css';

/** The classes a selector requires, outside any parentheses (an :is(), :not() or :host() argument is kept whole). */
function requiredClasses(selector) {
  let depth = 0;
  let outside = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth === 0) outside += char;
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]);
}

/** Splits at commas outside parentheses and brackets. */
function selectorList(text) {
  const list = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (char === ',' && depth === 0) {
      list.push(current);
      current = '';
    } else current += char;
  }
  return [...list, current];
}

/**
 * Minified CSS without the style rules that need a class outside `used`; group rules (@media,
 * @supports, @layer, @container) keep what is left inside them, other at-rules are kept whole.
 */
export function keepMatchable(css, used) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open);
    // The block's end: the brace that closes this one.
    let depth = 1;
    let close = open + 1;
    for (; close < css.length && depth; close += 1) {
      if (css[close] === '{') depth += 1;
      else if (css[close] === '}') depth -= 1;
    }
    const body = css.slice(open + 1, close - 1);
    if (prelude.startsWith('@')) {
      if (/^@(media|supports|layer|container)\b/.test(prelude)) {
        const inner = keepMatchable(body, used);
        if (inner) out += `${prelude}{${inner}}`;
      } else out += `${prelude}{${body}}`;
    } else {
      const kept = selectorList(prelude).filter((selector) => requiredClasses(selector).every((name) => used.has(name)));
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
    i = close;
  }
  return out;
}

/**
 * The emergency steps' styles (base, then the element's), minified, without the rules the first
 * screen cannot match: a selector that needs a class the first screen never uses matches nothing
 * there. What is kept is the element's own text, so the first screen is laid out exactly as the
 * element lays it out.
 */
export async function firstScreenCss() {
  const [{ baseStyles }, { emergencyStepsStyles }, { FIRST_SCREEN_CLASSES }] = await Promise.all([
    loadTs('src/shared/element/base.styles.ts'),
    loadTs('src/components/door-emergency-steps/door-emergency-steps.styles.ts'),
    loadTs('src/first-stage/first-screen.ts'),
  ]);
  const { code } = transform({ filename: 'first-screen.css', code: Buffer.from(`${baseStyles.cssText}\n${emergencyStepsStyles.cssText}`), minify: true });
  return keepMatchable(code.toString(), new Set(FIRST_SCREEN_CLASSES));
}

/** Serves `virtual:door-help/first-screen-words`: src/first-stage/words.ts over the English bundle. */
export function firstScreenWords() {
  return {
    name: 'door-help:first-screen-words',
    resolveId(source) {
      return source === ID || source === CSS_ID ? `\0${source}` : null;
    },
    async load(id) {
      if (id === `\0${CSS_ID}`) return `export default ${JSON.stringify(await firstScreenCss())};`;
      if (id !== `\0${ID}`) return null;
      const [{ firstScreenWords: pick }, { bundle: english }] = await Promise.all([loadTs('src/first-stage/words.ts'), loadTs('src/data/en/index.ts')]);
      return `export default ${JSON.stringify(pick(english))};`;
    },
  };
}
