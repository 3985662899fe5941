import { diagnosisModel } from '../data/diagnosis-model.js';
import type { DiagnosisText, RepairWords } from '../data/types.js';
import { answerOf, chosenOptions, mostLikely, safetyQuestion, type Answers, type DiagnosisResult } from './diagnose.js';
import { fill } from './template.js';

/**
 * A plain-text summary for a mechanic or roadside service: the door, what it does, the answers,
 * the likely causes and the driving verdict. Plain text so it pastes anywhere.
 */
export function summaryText(answers: Answers, result: DiagnosisResult, text: DiagnosisText, causeNames: RepairWords['causeNames']): string {
  const optionClue = (question: keyof DiagnosisText['questions'], option: string) =>
    (Object.hasOwn(text.questions[question].options, option) ? text.questions[question].options[option]!.clue : option);
  const lines = [text.summary.title];
  const doorPosition = answerOf(answers, 'doorPosition');
  lines.push(
    typeof doorPosition === 'string' ? fill(text.summary.door, { position: optionClue('doorPosition', doorPosition) }) : text.summary.doorUnknown,
  );
  // An interior release failure: the door is fine from outside, or the inside path is what fails.
  if (answerOf(answers, 'opensOutside') !== 'no') lines.push(text.summary.interiorReleaseFailure);
  const noticed = diagnosisModel.questions.flatMap((question) => {
    if (question.id === safetyQuestion()) return [];
    return chosenOptions(answers, question.id).map((option) => `- ${text.questions[question.id].short}: ${optionClue(question.id, option)}`);
  });
  if (noticed.length) lines.push('', `${text.summary.answersHeading}:`, ...noticed);
  const likely = mostLikely(result.causes);
  lines.push('', `${text.summary.causesHeading}:`, ...likely.map((cause) => `- ${causeNames[cause.id]}`));
  const { driving } = result;
  lines.push('', fill(text.summary.drivingLine, { verdict: text.driving.verdicts[driving.verdict].label }));
  // Undecided is never sent as a bare verdict: the reader of the message learns what decides it.
  if (driving.verdict === 'undecided' && driving.notKnown.length) {
    lines.push(`${text.driving.decidesIt}: ${driving.notKnown.map((question) => text.questions[question].short).join('; ')}`);
  }
  return lines.join('\n');
}
