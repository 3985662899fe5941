// Flesch–Kincaid grade level, for the plain-language check of the guidance text.
// grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59

/** Syllables in an English word, by the usual vowel-group heuristic. */
export function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Sentences of a text block; a list item without a full stop still counts as one. */
export function sentences(text) {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

export function words(text) {
  return text.match(/[A-Za-z0-9’']+(?:[-–][A-Za-z0-9’']+)*/g) ?? [];
}

/** The grade of one or more text blocks taken together. */
export function fleschKincaidGrade(blocks) {
  const list = Array.isArray(blocks) ? blocks : [blocks];
  let sentenceCount = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const block of list) {
    for (const sentence of sentences(block)) {
      const ws = words(sentence);
      if (!ws.length) continue;
      sentenceCount += 1;
      wordCount += ws.length;
      syllableCount += ws.reduce((sum, w) => sum + syllables(w), 0);
    }
  }
  if (!wordCount) return 0;
  return 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
}

/** The reader-facing guidance of the first-minutes text, in reading order. */
export function emergencyGuidance(emergency, number = '911') {
  const fillNumber = (t) => t.replaceAll('{number}', number);
  return [
    emergency.shortAnswer.lead,
    fillNumber(emergency.shortAnswer.callIf),
    emergency.sayToOperator,
    ...emergency.doNots.items.map((i) => i.text),
    ...emergency.steps.items.flatMap((s) => [fillNumber(s.title), ...(s.detail ? [fillNumber(s.detail)] : []), ...s.substeps.map((x) => x.text)]),
    ...emergency.canWait.items.map((i) => i.text),
    emergency.reassurance.text,
    emergency.scopeNote,
  ];
}
