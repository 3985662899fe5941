// The words, held where a careful read left them (#26): one term per thing in each language, no
// phrase surer than the sources, short sentences where a frightened reader needs them first, and
// the reading grade of the emergency steps and the diagnosis results.
import { expect } from '@open-wc/testing';
import { emergencyGuidance, fleschKincaidGrade } from '../../scripts/content/readability-core.mjs';
import { bundle as es } from '../../src/data/es/index.js';
import { ENGLISH as en, LANGUAGES } from '../../src/languages.js';

/** Phrases a careful read took out of each language, that must not come back. */
const NEVER: Record<string, string[]> = {
  // Surer than the sources, jargon left unexplained, or a caution that went too far.
  en: ['probably still works', 'usually deeper', 'loose usually means', 'a shop is often', 'top of the list', 'spring the latch', 'seat anyone in the place', 'comfort problem', 'retaining clip, the handle', 'seized'],
  es: [
    'bajo control', // "under control", not "safe"
    'no arranque', // could read as "don't start the engine" (no air conditioning for someone overheating)
    'calculado', // a guess is not a calculation
    'los cerraduras',
    'botar', // "throw away" in much of the Caribbean and South America
    'canto trasero', // one term: "borde de atrás"
    'atascad', // one term: "trabada"
    'conducir', // one term: "manejar", "Manejo:"
    'cierre eléctrico', // one term: "cerraduras eléctricas"
    'freno de mano', // "freno de estacionamiento"
    'bocina', // "horn" in many countries: "altavoz"
    'dadas)',
    'necesitaría',
    'llévela a revisar',
  ],
};

/** Every string in a bundle part, placeholders kept as one word. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => (key === 'id' ? [] : strings(child)));
  return [];
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d{]/u.test(word)).length;

describe('words (#26)', () => {
  // Every shipped language (src/languages.ts).
  for (const bundle of LANGUAGES) {
    const { lang } = bundle;
    const never = NEVER[lang] ?? [];
    describe(lang, () => {
      it('none of the phrases a careful read removed comes back', () => {
        const text = strings(bundle).join('\n').toLowerCase();
        for (const phrase of never) expect(text, phrase).not.to.contain(phrase);
      });

      it('no sentence over 25 words in the emergency steps, the verdicts and the severity notes', () => {
        const { emergency, diagnosis } = bundle;
        const parts = [
          emergency.shortAnswer,
          emergency.sayToOperator,
          emergency.doNots,
          emergency.steps,
          emergency.waysOut,
          diagnosis.driving.verdicts,
          Object.values(diagnosis.causes).map((cause) => cause.severityNote),
        ];
        const long = strings(parts)
          .flatMap(sentences)
          .filter((sentence) => words(sentence) > 25)
          .map((sentence) => `${words(sentence)}: ${sentence}`);
        expect(long).to.deep.equal([]);
      });

      it('"not safe" names each of its conditions on a line of its own', () => {
        expect(bundle.diagnosis.driving.verdicts['not-safe'].conditions).to.have.length(5);
      });
    });
  }

  it('Spanish tells the caller how to get a Spanish speaker, and what to call the fault in English', () => {
    expect(es.emergency.sayNote).to.contain('«Spanish»');
    expect(es.emergency.steps.items.find((step) => step.id === 'roadside-help')!.substeps.map((sub) => sub.text).join(' ')).to.contain('interior door release failure');
  });

  it('the emergency steps read at grade 6 or below, the diagnosis results at grade 8 or below (Flesch–Kincaid, English)', () => {
    expect(fleschKincaidGrade(emergencyGuidance(en.emergency))).to.be.at.most(6);
    const results = [
      ...Object.values(en.diagnosis.causes).flatMap((cause) => [cause.about, ...cause.signs, cause.severityNote, cause.fix]),
      en.diagnosis.driving.intro,
      ...Object.values(en.diagnosis.driving.verdicts).flatMap((verdict) => [verdict.text, ...(verdict.conditions ?? [])]),
    ];
    expect(fleschKincaidGrade(results)).to.be.at.most(8);
  });
});
