import type { ReactiveControllerHost } from 'lit';
import {
  applyAssessmentChange,
  sameAssessment,
  type AssessmentChange,
  type GuidingAnswer,
  type GuidingQuestion,
  type QmsAspect,
  type QmsAssessment,
} from '@qms-kit/sdk';
import { QmsAssessmentBeforeChangeEvent } from '../../internal/events/qms-assessment-before-change.js';
import { QmsAssessmentChangeEvent } from '../../internal/events/qms-assessment-change.js';
import { notesKey, type TypedNotes } from '../view.js';

type Host = ReactiveControllerHost & EventTarget;

/**
 * The self-assessment being edited: a draft replaced only when the host supplies different
 * content, notes typed but not yet kept, and every edit proposed through a cancelable
 * before-event, applied by the SDK, then announced.
 */
export class AssessmentEditController {
  /** What the user sees and edits; replaced only when the host supplies different content. */
  draft: QmsAssessment | undefined;
  private lastSource: QmsAssessment | undefined;
  private readonly typed = new Map<string, TypedNotes>();

  constructor(
    private readonly host: Host,
    private readonly lang: () => string,
  ) {}

  /** Takes the host's assessment; while it is missing or invalid the draft is kept. */
  sync(incoming: QmsAssessment | undefined): void {
    // While the input is missing or invalid the draft is kept, so edits survive a bad update.
    if (incoming !== undefined && incoming !== this.lastSource) {
      // A host re-setting equal content (or the draft it was just given) keeps the user's edits.
      if (!sameAssessment(incoming, this.lastSource) && !sameAssessment(incoming, this.draft)) {
        this.draft = incoming;
      }
      this.lastSource = incoming;
    }
  }

  /** Notes typed in a box but not yet kept in the assessment. */
  typedNotes(aspect: QmsAspect, questionId?: string): TypedNotes | undefined {
    return this.typed.get(notesKey(aspect, questionId));
  }

  /** Proposes a change: cancelable before-event, then apply and announce. */
  commit(aspect: QmsAspect, change: AssessmentChange): boolean {
    const draft = this.draft;
    if (!draft) return false;
    const result = applyAssessmentChange(draft, aspect, change);
    if (!result.ok) {
      this.host.requestUpdate();
      return false;
    }
    const detail = { assessment: result.value, aspect, change };
    const before = new QmsAssessmentBeforeChangeEvent(detail);
    if (!this.host.dispatchEvent(before)) {
      // Vetoed: re-render puts radios, boxes and the stage back (they are bound with live()).
      this.host.requestUpdate();
      return false;
    }
    this.draft = result.value;
    this.host.requestUpdate();
    const after = new QmsAssessmentChangeEvent(detail);
    this.host.dispatchEvent(after);
    return true;
  }

  answer(aspect: QmsAspect, questionId: GuidingQuestion['id'], answer: GuidingAnswer): void {
    if (this.commit(aspect, { type: 'answer', questionId, answer })) {
      // Notes typed before the question was answered are kept with the answer now.
      if (this.typed.has(notesKey(aspect, questionId))) this.commitNotes(aspect, questionId);
    }
  }

  tool(aspect: QmsAspect, toolId: string, inPlace: boolean): void {
    this.commit(aspect, { type: 'tool', toolId, inPlace });
  }

  stage(aspect: QmsAspect, select: HTMLSelectElement, before: number): void {
    const stage = Number(select.value);
    if (!this.commit(aspect, { type: 'stage', stage })) select.value = String(before);
  }

  notesInput(aspect: QmsAspect, questionId: GuidingQuestion['id'] | undefined, text: string) {
    const key = notesKey(aspect, questionId);
    const lang = this.typed.get(key)?.lang ?? this.lang();
    this.typed.set(key, { text, lang });
  }

  /** Keeps typed notes in the assessment (on `change`); unsaved text stays in its box if not. */
  commitNotes(aspect: QmsAspect, questionId: GuidingQuestion['id'] | undefined): void {
    const key = notesKey(aspect, questionId);
    const typed = this.typed.get(key);
    if (!typed || !this.draft) return;
    const answered =
      questionId === undefined ||
      this.draft.aspects[aspect].questions.some((a) => a.id === questionId);
    if (!answered) return;
    const change: AssessmentChange =
      questionId === undefined
        ? { type: 'aspect-notes', notes: typed.text, lang: typed.lang }
        : { type: 'question-notes', questionId, notes: typed.text, lang: typed.lang };
    if (this.commit(aspect, change)) this.typed.delete(key);
  }
}
