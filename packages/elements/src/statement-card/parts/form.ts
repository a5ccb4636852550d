import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../heading.js';
import { conflictPart, type ConflictOptions } from './conflict.js';
import {
  errorSummaryPart,
  evidenceFieldsPart,
  scoreFieldsPart,
  textFieldPart,
  type FieldOptions,
} from './form-fields.js';

/** What the form shows and what it calls back; the element owns the state and the logic. */
export interface StatementFormOptions extends FieldOptions, ConflictOptions {
  /** Level of the form's heading. */
  level: number;
  vetoed: { reason: string | undefined } | undefined;
  confirming: boolean;
  /** The host replaced the statement with different content since editing started. */
  changedElsewhere: boolean;
  submit(e: SubmitEvent): void;
  keydown(e: KeyboardEvent): void;
  cancel(): void;
  keepEditing(): void;
  discard(): void;
}

/** The editing form: the fields, the notices, and Save and Cancel or the confirmation. */
export function formPart(o: StatementFormOptions): TemplateResult {
  const draft = o.draft;
  const level = o.level;
  const changedElsewhere = o.changedElsewhere;
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-labelledby="form-title"
    @submit=${o.submit}
    @keydown=${o.keydown}
  >
    ${heading(level, o.i18n.t('statementCard.form.title'), 'form-title', 'label')}
    ${
      changedElsewhere
        ? html`<p class="notice" role="status">
            ${o.i18n.t('statementCard.form.changedElsewhere')}
          </p>`
        : nothing
    }
    ${
      o.vetoed
        ? html`<div class="vetoed" id="vetoed" role="alert" tabindex="-1">
            ${
              o.vetoed.reason
                ? o.i18n.t('statementCard.form.vetoedReason', { reason: o.vetoed.reason })
                : o.i18n.t('statementCard.form.vetoed')
            }
          </div>`
        : nothing
    }
    ${conflictPart(o)} ${errorSummaryPart(o)}
    ${textFieldPart(o, 'iText', 'f-i', 'statementCard.form.iStatement', 'iStatement', draft)}
    ${textFieldPart(o, 'weText', 'f-we', 'statementCard.form.weStatement', 'weStatement', draft)}
    ${scoreFieldsPart(o, draft)} ${evidenceFieldsPart(o, draft)}
    ${
      o.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-message">
            <p id="confirm-message" class="confirm-message">
              ${o.i18n.t('statementCard.form.confirmDiscard')}
            </p>
            <div class="buttons">
              <button
                id="keep-editing"
                type="button"
                class="button button--secondary"
                part="button"
                @click=${() => o.keepEditing()}
              >
                ${o.i18n.t('statementCard.form.keepEditing')}
              </button>
              <button
                id="discard"
                type="button"
                class="button button--warning"
                part="button"
                @click=${() => o.discard()}
              >
                ${o.i18n.t('statementCard.form.discard')}
              </button>
            </div>
          </div>`
        : html`<div class="buttons">
            <button id="save" type="submit" class="button button--primary" part="button">
              ${o.i18n.t('common.save')}
            </button>
            <button
              id="cancel"
              type="button"
              class="button button--secondary"
              part="button"
              @click=${() => o.cancel()}
            >
              ${o.i18n.t('common.cancel')}
            </button>
          </div>`
    }
  </form>`;
}
