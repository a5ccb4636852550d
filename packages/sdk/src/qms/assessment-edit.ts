import type { Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import type { LocalisedText } from '../schema/common.js';
import type {
  AspectAssessment,
  GuidingAnswer,
  QmsAssessment,
  QuestionAnswer,
  ToolState,
} from '../schema/qms.js';
import type { QmsAspect } from '../schema/qms-aspect.js';
import { baseLocale } from '../i18n/format.js';
import { guidingQuestions, type GuidingQuestionId } from './guiding-questions.js';
import { exampleTools } from './example-tools.js';
import { maturityScaleOf } from './maturity-rollup.js';

/** One edit a user makes to a segment of the QMS wheel. */
export type AssessmentChange =
  /** Answer a guiding question; `null` clears the answer (and its notes). */
  | { type: 'answer'; questionId: GuidingQuestionId; answer: GuidingAnswer | null }
  /** Notes on an answered question, in `lang` when the notes are kept per language. */
  | { type: 'question-notes'; questionId: GuidingQuestionId; notes: string; lang?: string }
  /** Mark an example (or local) tool as in place or not. */
  | { type: 'tool'; toolId: string; inPlace: boolean }
  /** Set the aspect's maturity stage. */
  | { type: 'stage'; stage: number }
  /** Notes on the aspect as a whole. */
  | { type: 'aspect-notes'; notes: string; lang?: string };

/**
 * Notes with the text in `lang` replaced. Text is kept exactly as typed (not trimmed: this runs on
 * every keystroke); whitespace-only text removes it. Notes kept per language (`{ en, cy }`) get
 * the `lang` entry set; plain notes (or none) stay plain, as a team writes them in one language.
 */
export function withNotesText(
  notes: LocalisedText | undefined,
  text: string,
  lang?: string,
): LocalisedText | undefined {
  const empty = text.trim() === '';
  if (notes === undefined || typeof notes === 'string' || lang === undefined) {
    return empty ? undefined : text;
  }
  const key = baseLocale(lang);
  const next: Record<string, string> = { ...notes };
  if (empty) delete next[key];
  else next[key] = text;
  return Object.values(next).some((s) => s.trim() !== '') ? next : undefined;
}

function withOptional<T extends object, K extends string, V>(
  base: T,
  key: K,
  value: V | undefined,
): T {
  const copy = { ...base } as Record<string, unknown>;
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
}

function editAspect(
  assessment: QmsAssessment,
  aspect: QmsAspect,
  edit: (state: AspectAssessment) => AspectAssessment,
): QmsAssessment {
  return {
    ...assessment,
    aspects: { ...assessment.aspects, [aspect]: edit(assessment.aspects[aspect]) },
  };
}

/** Keeps answers in question order, so equal content always serialises the same way. */
function byQuestionOrder(answers: QuestionAnswer[]): QuestionAnswer[] {
  const rank = (id: string) => guidingQuestions.findIndex((q) => q.id === id);
  return [...answers].sort((a, b) => rank(a.id) - rank(b.id));
}

/**
 * Applies one change to one aspect and returns a new assessment (the input is not changed; parts
 * not edited are shared). Problems, not exceptions, for a change that does not fit: a question or
 * tool of another aspect, a stage outside the scale, notes on an unanswered question (the schema
 * keeps notes with an answer).
 */
export function applyAssessmentChange(
  assessment: QmsAssessment,
  aspect: QmsAspect,
  change: AssessmentChange,
): Result<QmsAssessment> {
  const state = assessment.aspects[aspect];
  const problem = (message: string) => fail<QmsAssessment>([{ where: aspect, message }]);
  switch (change.type) {
    case 'answer':
    case 'question-notes': {
      const question = guidingQuestions.find((q) => q.id === change.questionId);
      if (!question || question.aspect !== aspect) {
        return problem(`question "${change.questionId}" is not a guiding question of ${aspect}`);
      }
      const current = state.questions.find((a) => a.id === change.questionId);
      const others = state.questions.filter((a) => a.id !== change.questionId);
      if (change.type === 'answer') {
        if (change.answer === null) {
          return ok(editAspect(assessment, aspect, (s) => ({ ...s, questions: others })));
        }
        const answer: QuestionAnswer = { ...current, id: question.id, answer: change.answer };
        return ok(
          editAspect(assessment, aspect, (s) => ({
            ...s,
            questions: byQuestionOrder([...others, answer]),
          })),
        );
      }
      if (!current) {
        return problem(`question "${change.questionId}" needs an answer before its notes are kept`);
      }
      const answer = withOptional(
        current,
        'notes',
        withNotesText(current.notes, change.notes, change.lang),
      );
      return ok(
        editAspect(assessment, aspect, (s) => ({
          ...s,
          questions: s.questions.map((a) => (a.id === answer.id ? answer : a)),
        })),
      );
    }
    case 'tool': {
      const known = exampleTools.find((t) => t.id === change.toolId);
      const listed = state.tools.find((t) => t.id === change.toolId);
      if (known ? known.aspect !== aspect : !listed) {
        return problem(`the tool "${change.toolId}" is not a tool of ${aspect}`);
      }
      const tools: ToolState[] = listed
        ? state.tools.map((t) => (t.id === change.toolId ? { ...t, inPlace: change.inPlace } : t))
        : [...state.tools, { id: change.toolId, inPlace: change.inPlace }];
      return ok(editAspect(assessment, aspect, (s) => ({ ...s, tools })));
    }
    case 'stage': {
      const top = maturityScaleOf(assessment).length - 1;
      if (!Number.isInteger(change.stage) || change.stage < 0 || change.stage > top) {
        return problem(`stage ${change.stage} is not between 0 and ${top}`);
      }
      return ok(editAspect(assessment, aspect, (s) => ({ ...s, stage: change.stage })));
    }
    case 'aspect-notes':
      return ok(
        editAspect(assessment, aspect, (s) =>
          withOptional(s, 'notes', withNotesText(s.notes, change.notes, change.lang)),
        ),
      );
  }
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

/**
 * True when two assessments say the same thing (same content, any key order; `undefined`
 * properties ignored): lets the wheel keep a user's edits when a host sets an equal copy.
 */
export function sameAssessment(
  a: QmsAssessment | undefined,
  b: QmsAssessment | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonical(a) === canonical(b);
}
