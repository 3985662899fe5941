// Prints the Flesch–Kincaid grade of every English guidance text block (npm run readability).
// The emergency steps must read at grade 6 or below, the diagnosis results at 8 (tests/i18n/words.test.ts).
import { loadTs } from '../load-ts.mjs';
import { emergencyGuidance, fleschKincaidGrade } from './readability-core.mjs';

const { ENGLISH: en } = await loadTs('src/languages.ts');

const rows = [];
const add = (name, blocks) => rows.push([name, fleschKincaidGrade(blocks)]);
add('emergency steps (all)', emergencyGuidance(en.emergency));
add('emergency: short answer', [en.emergency.shortAnswer.lead, en.emergency.shortAnswer.callIf]);
add('emergency: do not', en.emergency.doNots.items.map((i) => i.text));
en.emergency.steps.items.forEach((s, i) => add(`emergency: step ${i + 1}`, [s.title, ...(s.detail ? [s.detail] : []), ...s.substeps.map((x) => x.text)]));
add('emergency: can wait', en.emergency.canWait.items.map((i) => i.text));
add('emergency: reassurance', [en.emergency.reassurance.text]);
add('emergency: scope note', [en.emergency.scopeNote]);
add('diagnosis: intro', en.diagnosis.intro);
add('diagnosis: how it works', en.diagnosis.howItWorks.paragraphs);
for (const [id, cause] of Object.entries(en.diagnosis.causes)) add(`diagnosis: cause ${id}`, [cause.about, ...cause.signs, cause.severityNote, cause.fix]);
add('diagnosis: driving', [en.diagnosis.driving.intro, ...Object.values(en.diagnosis.driving.verdicts).flatMap((v) => [v.text, ...(v.conditions ?? [])])]);
add('diagnosis: steps', en.diagnosis.steps.items.flatMap((s) => [s.title, s.detail]));
add('diagnosis: fixes', [en.diagnosis.fixes.intro, ...en.diagnosis.fixes.groups.map((g) => g.text)]);
add('diagnosis: FAQ', en.diagnosis.faq.items.flatMap((f) => [f.question, f.answer]));
add('diagnosis: in short', en.diagnosis.inShort.paragraphs);
add('cost: intro', [en.cost.intro]);
add('cost: repairs', Object.values(en.cost.repairs).flatMap((r) => [r.appliesTo, ...(r.raisedBy ? [r.raisedBy] : [])]));
add('cost: factors and takeaway', [...en.cost.factors.items, en.cost.takeaway.lower, en.cost.takeaway.higher]);
add('shared: disclaimer', [en.shared.disclaimer]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'text block'.padEnd(width)}  grade`);
for (const [name, grade] of rows) console.log(`${name.padEnd(width)}  ${grade.toFixed(1).padStart(5)}`);
