import { diagnosisModel } from '../data/diagnosis-model.js';
import type { DiagnosisText, RepairWords } from '../data/schemas.js';
import type { Answers, DiagnosisResult } from './diagnose.js';
import { fill } from './template.js';

/**
 * A plain-text summary for a mechanic or roadside service: the door, what it does, the answers,
 * the likely causes and the driving verdict. Plain text so it pastes anywhere.
 */
export function summaryText(answers: Answers, result: DiagnosisResult, text: DiagnosisText, causeNames: RepairWords['causeNames']): string {
  const optionClue = (question: keyof DiagnosisText['questions'], option: string) =>
    text.questions[question].options[option]?.clue ?? option;
  const lines = [text.summary.title];
  lines.push(
    typeof answers.doorPosition === 'string' ? fill(text.summary.door, { position: optionClue('doorPosition', answers.doorPosition) }) : text.summary.doorUnknown,
  );
  // An interior release failure: the door is fine from outside, or the inside path is what fails.
  if (answers.opensOutside !== 'no') lines.push(text.summary.interiorReleaseFailure);
  const noticed = diagnosisModel.questions.flatMap((question) => {
    if (question.id === 'trapped') return [];
    const value = answers[question.id];
    const options = Array.isArray(value) ? value : value ? [value] : [];
    return options.map((option) => `- ${text.questions[question.id].short}: ${optionClue(question.id, option)}`);
  });
  if (noticed.length) lines.push('', `${text.summary.answersHeading}:`, ...noticed);
  const likely = result.causes.filter((cause) => cause.band === 'most-likely');
  lines.push('', `${text.summary.causesHeading}:`, ...likely.map((cause) => `- ${causeNames[cause.id]}`));
  lines.push('', fill(text.summary.drivingLine, { verdict: text.driving.verdicts[result.driving.verdict].label }));
  return lines.join('\n');
}
