import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QmsAspect } from '@qms-kit/sdk';
import { renderLocalised } from '../../internal/render-localised.js';
import { ANSWERS, questionsView, type QuestionView } from '../view.js';
import type { WheelContext } from './context.js';
import { notesPart } from './notes.js';

/** The aspect's guiding questions, each with yes / partly / no and notes. */
export function questionsPart(ctx: WheelContext, aspect: QmsAspect): TemplateResult[] {
  return questionsView(ctx.i18n, ctx.draft, aspect).map((q) => questionPart(ctx, aspect, q));
}

function questionPart(ctx: WheelContext, aspect: QmsAspect, q: QuestionView): TemplateResult {
  const { i18n } = ctx;
  const name = `answer-${q.id}`;
  return html`<fieldset class="question" data-question=${q.id}>
    <legend>${q.number}. ${renderLocalised(i18n, q.text)}</legend>
    <div class="answers">
      ${ANSWERS.map(
        (value) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${name}
              value=${value}
              .checked=${live(q.answer === value)}
              @change=${() => ctx.on.edit.answer(aspect, q.id, value)}
            />
            ${i18n.t(`qms.answer.${value}`)}
          </label>`,
      )}
    </div>
    ${notesPart(ctx, aspect, q.id, q.notes, {
      labelKey: 'wheel.notes.question',
      number: q.number,
      unanswered: !q.answered,
    })}
  </fieldset>`;
}
