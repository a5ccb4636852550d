import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { GuidingQuestion, LocalisedText, QmsAspect } from '@qms-kit/sdk';
import { notesView } from '../view.js';
import type { WheelContext } from './context.js';

export interface NotesOptions {
  labelKey: 'wheel.notes.question' | 'wheel.notes.aspect';
  /** The question's number, for its label. */
  number?: string;
  /** The question has no answer yet: notes are kept once it has. */
  unanswered?: boolean;
}

/** A notes box for an aspect or one of its questions; typed text is kept on `change`. */
export function notesPart(
  ctx: WheelContext,
  aspect: QmsAspect,
  questionId: GuidingQuestion['id'] | undefined,
  notes: LocalisedText | undefined,
  options: NotesOptions,
): TemplateResult {
  const { i18n } = ctx;
  const edit = ctx.on.edit;
  const id = `notes-${aspect}-${questionId ?? 'aspect'}`;
  const view = notesView(i18n, notes, edit.typedNotes(aspect, questionId));
  const hintId = `${id}-hint`;
  return html`<div class="notes">
    <label for=${id}>
      ${i18n.t(options.labelKey, options.number ? { number: options.number } : undefined)}
    </label>
    ${
      view.other
        ? html`<p class="other-notes">
            ${i18n.t('wheel.notes.other', { language: view.other.language })}
            <span lang=${view.other.lang}>${view.other.text}</span>
          </p>`
        : nothing
    }
    ${
      options.unanswered
        ? html`<p class="hint" id=${hintId}>${i18n.t('wheel.notes.pending')}</p>`
        : nothing
    }
    <textarea
      id=${id}
      rows="2"
      aria-describedby=${options.unanswered ? hintId : nothing}
      .value=${live(view.value)}
      @input=${(e: Event) =>
        edit.notesInput(aspect, questionId, (e.target as HTMLTextAreaElement).value)}
      @change=${() => edit.commitNotes(aspect, questionId)}
    ></textarea>
  </div>`;
}
