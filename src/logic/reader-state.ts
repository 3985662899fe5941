import { diagnosisModel } from '../data/diagnosis-model.js';
import type { DiagnosisModel, QuestionId } from '../data/types.js';
import { answerOf, sanitizeAnswers, type Answers } from './diagnose.js';

/**
 * The reader's own state and how it is kept. Pure: no DOM, no storage.
 *
 * Answers come from two places: a preset the page sets (`answers` property) and the reader's own
 * choices. The reader always wins: a question the reader answered, or set back to "not sure", keeps
 * the reader's choice whatever preset arrives later; a preset fills only the other questions.
 */

/** The reader's choices: an option id, a list for multiple-choice questions, or null for "not sure". */
export type ReaderAnswers = Partial<Record<QuestionId, string | string[] | null>>;

/** What the reader sees: the preset, overridden question by question by the reader's choices. */
export function effectiveAnswers(preset: Answers, reader: ReaderAnswers, model: DiagnosisModel = diagnosisModel): Answers {
  const answers: Answers = {};
  for (const { id } of model.questions) {
    const value = Object.hasOwn(reader, id) ? reader[id] : answerOf(preset, id);
    if (value !== null && value !== undefined) answers[id] = Array.isArray(value) ? [...value] : value;
  }
  return answers;
}

/** Two answer sets with the same answers, whatever their key order or list order. */
export function sameAnswers(a: Answers, b: Answers, model: DiagnosisModel = diagnosisModel): boolean {
  return model.questions.every(({ id }) => encodeValue(answerOf(a, id)) === encodeValue(answerOf(b, id)));
}

/** The reader's choices after one change; `undefined` records "not sure" for that question. */
export function withReaderAnswer(reader: ReaderAnswers, question: QuestionId, value: string | string[] | undefined): ReaderAnswers {
  return { ...ownCopy(reader), [question]: value === undefined || (Array.isArray(value) && !value.length) ? null : value };
}

/** "Start again": every question set back to "not sure" by the reader, so no preset returns. */
export function clearedReaderAnswers(model: DiagnosisModel = diagnosisModel): ReaderAnswers {
  return Object.fromEntries(model.questions.map(({ id }) => [id, null]));
}

function ownCopy(reader: ReaderAnswers): ReaderAnswers {
  const copy: ReaderAnswers = {};
  for (const key of Object.keys(reader) as QuestionId[]) copy[key] = reader[key] ?? null;
  return copy;
}

/** Lists are stored as space-separated ids (ids never contain spaces); "not sure" as ''. */
function encodeValue(value: string | string[] | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  return Array.isArray(value) ? [...value].sort().join(' ') : value;
}

/**
 * Text for session storage. Built from an object with no prototype and only string values, so a
 * page's `Object.prototype.toJSON` or `Array.prototype.toJSON` cannot change what is written.
 */
export function encodeReaderAnswers(reader: ReaderAnswers, model: DiagnosisModel = diagnosisModel): string {
  const plain = Object.create(null) as Record<string, string>;
  for (const { id } of model.questions) {
    if (!Object.hasOwn(reader, id)) continue;
    plain[id] = encodeValue(reader[id] ?? null)!;
  }
  return JSON.stringify(plain);
}

/** Reads stored answers back, keeping only known questions and options (storage is untrusted). */
export function decodeReaderAnswers(text: string | undefined, model: DiagnosisModel = diagnosisModel): ReaderAnswers {
  const reader: ReaderAnswers = {};
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    return reader;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return reader;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(parsed)) {
    const value = (parsed as Record<string, unknown>)[key];
    if (value === '' || value === null) {
      if (model.questions.some((q) => q.id === key)) reader[key as QuestionId] = null;
      continue;
    }
    const question = model.questions.find((q) => q.id === key);
    // Lists: "a b" from this version, an array from older ones.
    raw[key] = question?.multiple && typeof value === 'string' ? value.split(' ') : value;
  }
  const { answers } = sanitizeAnswers(raw, model);
  for (const key of Object.keys(answers) as QuestionId[]) reader[key] = answers[key]!;
  return reader;
}

/** Ticked steps as text: their ids, space-separated. */
export function encodeTicks(ids: readonly string[]): string {
  return ids.join(' ');
}

/** Ticked step ids read back, known ids only, in list order (also reads the older JSON list). */
export function decodeTicks(text: string | undefined, known: readonly string[]): string[] {
  if (!text) return [];
  let ids: unknown[] = text.split(' ');
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      ids = Array.isArray(parsed) ? parsed : [];
    } catch {
      ids = [];
    }
  }
  return known.filter((id) => ids.includes(id));
}
