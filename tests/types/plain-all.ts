// A plain TypeScript app with only the README's import: the tags, properties and events are typed.
import 'door-help/define/all';

const diagnosis = document.querySelector('door-diagnosis')!;
diagnosis.answers = { opensOutside: 'yes', doorPosition: 'rear', history: ['water', 'collision'] };
const position: 'front' | 'rear' | undefined = diagnosis.answers.doorPosition;
void position;

diagnosis.addEventListener('door-result-change', (event) => {
  const cause: 'child-lock' | 'inside-handle' | 'linkage' | 'latch' | 'actuator' | 'frozen' | 'misalignment' = event.detail.topCause;
  const verdict: string = event.detail.verdict;
  void cause;
  void verdict;
});
diagnosis.addEventListener('door-answer-change', (event) => {
  const question: string = event.detail.question;
  void question;
});
document.addEventListener('door-call', (event) => {
  const number: string = event.detail.number;
  void number;
});

const steps = document.createElement('door-emergency-steps');
steps.region = 'GB';
const cost = document.querySelector('repair-cost')!;
cost.cause = 'latch';
const wrapper = document.createElement('door-help');
wrapper.region = 'AU';

// @ts-expect-error not an option of doorPosition
diagnosis.answers = { doorPosition: 'middle' };
// @ts-expect-error not a question
diagnosis.answers = { colour: 'red' };
// @ts-expect-error history takes a list
diagnosis.answers = { history: 'water' };
diagnosis.addEventListener('door-result-change', (event) => {
  // @ts-expect-error the detail has no such field
  void event.detail.nonsense;
});
