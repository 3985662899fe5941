// The English first-screen words, made at build time by scripts/build/first-stage.mjs from src/data/en.
declare module 'virtual:door-help/first-screen-words' {
  import type { FirstScreenWords } from './first-screen.js';
  const words: FirstScreenWords;
  export default words;
}

// The emergency steps' style rules that can match the first screen, made by scripts/build/first-stage.mjs.
declare module 'virtual:door-help/first-screen-css' {
  const css: string;
  export default css;
}
