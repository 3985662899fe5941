// The English first-screen words, made at build time by scripts/first-stage.mjs from src/data/en.
declare module 'virtual:door-help/first-screen-words' {
  import type { FirstScreenWords } from './first-screen.js';
  const words: FirstScreenWords;
  export default words;
}
