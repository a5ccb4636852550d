import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  baseLocale,
  evidenceCategories,
  type EvidenceCategory,
  type ScoreSource,
  type StatementEditField,
  type StatementScoreValue,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import {
  setTextInDraft,
  textInDraft,
  type EvidenceDraft,
  type StatementDraft,
  type TextDraft,
} from '../draft.js';
import { fieldIdOf, type FormIssue } from '../form-view.js';
import { SCORES } from '../view.js';

const SOURCES: readonly ScoreSource[] = ['self', 'regulator'];

export type TextField = 'iText' | 'weText';

export type EvidencePatch = Partial<Pick<EvidenceDraft, 'category' | 'title' | 'date'>>;

/**
 * What the form's fields show and call back: native controls with visible labels, hints and
 * GOV.UK-style errors (messages tied with `aria-describedby`).
 */
export interface FieldOptions {
  i18n: LocalizeController;
  /** The base language being shown, e.g. `cy`: the text inputs edit this language. */
  lang: string;
  draft: StatementDraft;
  issues: readonly FormIssue[];
  languageName(tag: string): string;
  onText(field: TextField, value: string): void;
  onScore(value: StatementScoreValue): void;
  onSource(value: ScoreSource): void;
  onEvidence(key: number, patch: EvidencePatch): void;
  addEvidence(): void;
  removeEvidence(key: number): void;
  focusField(id: string): void;
}

function messageOf(o: FieldOptions, issue: FormIssue): string {
  if (issue.field === 'other') {
    return o.i18n.t('statementCard.form.error.other', {
      where: issue.problem.where,
      message: issue.problem.message,
    });
  }
  const index = o.draft.evidence.findIndex((e) => e.key === issue.key);
  return o.i18n.t(`statementCard.form.error.${issue.field}.${issue.code}`, {
    number: o.i18n.number(index + 1),
  });
}

function issueFor(o: FieldOptions, field: StatementEditField, key?: number): FormIssue | undefined {
  return o.issues.find((i) => i.field === field && i.key === key);
}

function errorMessage(
  o: FieldOptions,
  id: string,
  issue: FormIssue | undefined,
): TemplateResult | typeof nothing {
  if (!issue) return nothing;
  return html`<p class="error-message" id="${id}-error">
    <span class="visually-hidden">${o.i18n.t('statementCard.form.errorPrefix')}</span>
    ${messageOf(o, issue)}
  </p>`;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The GOV.UK-style list of problems, each linking to its field. */
export function errorSummaryPart(o: FieldOptions): TemplateResult | typeof nothing {
  if (o.issues.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    id="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <p class="error-summary-title" id="error-summary-title">
      ${o.i18n.t('statementCard.form.errorSummary')}
    </p>
    <ul>
      ${o.issues.map((issue) => {
        const id = fieldIdOf(issue, o.draft);
        const message = messageOf(o, issue);
        return html`<li>
          ${
            id
              ? html`<a
                  href="#${id}"
                  @click=${(e: MouseEvent) => {
                    e.preventDefault();
                    o.focusField(id);
                  }}
                  >${message}</a
                >`
              : message
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

function otherLanguageHint(
  o: FieldOptions,
  draft: TextDraft,
  id: string,
): TemplateResult | typeof nothing {
  const current = baseLocale(o.lang);
  const other = Object.entries(draft).find(
    ([tag, text]) => tag !== '' && baseLocale(tag) !== current && text.trim() !== '',
  );
  if (!other) return nothing;
  return html`<p class="hint other-language" id="${id}-other">
    ${o.i18n.t('statementCard.form.otherLanguage', { language: o.languageName(other[0]) })}
    <span lang=${other[0]}>${other[1]}</span>
  </p>`;
}

/** The I or We text in the language being shown, with the other language as a hint. */
export function textFieldPart(
  o: FieldOptions,
  field: TextField,
  id: string,
  labelKey: 'statementCard.form.iStatement' | 'statementCard.form.weStatement',
  issueField: 'iStatement' | 'weStatement',
  draft: StatementDraft,
): TemplateResult {
  const issue = issueFor(o, issueField);
  const other = otherLanguageHint(o, draft[field], id);
  return html`<div class="field ${issue ? 'field--error' : ''}">
    <label class="field-label" for=${id}
      >${o.i18n.t(labelKey, { language: o.languageName(o.lang) })}</label
    >
    <p class="hint" id="${id}-hint">${o.i18n.t(`${labelKey}.hint`)}</p>
    ${other} ${errorMessage(o, id, issue)}
    <textarea
      id=${id}
      name=${id}
      rows="3"
      lang=${o.lang}
      aria-describedby=${ifDefined(
        describedBy(`${id}-hint`, other !== nothing && `${id}-other`, issue && `${id}-error`),
      )}
      aria-invalid=${issue ? 'true' : 'false'}
      .value=${textInDraft(draft[field], o.lang)}
      @input=${(e: Event) => o.onText(field, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** The score and its source, as radios. */
export function scoreFieldsPart(o: FieldOptions, draft: StatementDraft): TemplateResult {
  const scoreIssue = issueFor(o, 'score');
  const sourceIssue = issueFor(o, 'scoreSource');
  return html`<fieldset
      class="field radios ${scoreIssue ? 'field--error' : ''}"
      aria-describedby=${ifDefined(scoreIssue ? 'f-score-error' : undefined)}
    >
      <legend class="field-label">${o.i18n.t('statementCard.form.score')}</legend>
      ${errorMessage(o, 'f-score', scoreIssue)}
      ${[...SCORES].reverse().map(
        (n) =>
          html`<div class="radio">
            <input
              type="radio"
              id="f-score-${n}"
              name="score"
              value=${n}
              aria-invalid=${scoreIssue ? 'true' : 'false'}
              .checked=${draft.score === n}
              @change=${() => o.onScore(n)}
            />
            <label for="f-score-${n}"
              >${o.i18n.t('statementCard.form.score.option', {
                value: o.i18n.number(n),
                label: o.i18n.t(`statement.score.${n}`),
              })}</label
            >
          </div>`,
      )}
    </fieldset>
    <fieldset
      class="field radios radios--inline ${sourceIssue ? 'field--error' : ''}"
      aria-describedby=${ifDefined(sourceIssue ? 'f-source-error' : undefined)}
    >
      <legend class="field-label">${o.i18n.t('statementCard.form.scoreSource')}</legend>
      ${errorMessage(o, 'f-source', sourceIssue)}
      ${SOURCES.map(
        (s) =>
          html`<div class="radio">
            <input
              type="radio"
              id="f-source-${s}"
              name="source"
              value=${s}
              aria-invalid=${sourceIssue ? 'true' : 'false'}
              .checked=${draft.source === s}
              @change=${() => o.onSource(s)}
            />
            <label for="f-source-${s}">${o.i18n.t(`statement.scoreSource.${s}`)}</label>
          </div>`,
      )}
    </fieldset>`;
}

/** The evidence items, each with its category, title and date, and Add and Remove. */
export function evidenceFieldsPart(o: FieldOptions, draft: StatementDraft): TemplateResult {
  const language = o.languageName(o.lang);
  return html`<fieldset class="field evidence-fields">
    <legend class="field-label">${o.i18n.t('statementCard.form.evidence')}</legend>
    ${
      draft.evidence.length === 0
        ? html`<p class="hint">${o.i18n.t('statementCard.form.evidence.none')}</p>`
        : nothing
    }
    ${repeat(
      draft.evidence,
      (e) => e.key,
      (e, index) => {
        const id = `f-ev-${e.key}`;
        const number = o.i18n.number(index + 1);
        const categoryIssue = issueFor(o, 'evidenceCategory', e.key);
        const titleIssue = issueFor(o, 'evidenceTitle', e.key);
        const dateIssue = issueFor(o, 'evidenceDate', e.key);
        return html`<fieldset class="evidence-item" data-key=${e.key}>
          <legend>${o.i18n.t('statementCard.form.evidence.item', { number })}</legend>
          <div class="field ${categoryIssue ? 'field--error' : ''}">
            <label for="${id}-category">${o.i18n.t('statementCard.form.evidence.category')}</label>
            ${errorMessage(o, `${id}-category`, categoryIssue)}
            <select
              id="${id}-category"
              aria-describedby=${ifDefined(categoryIssue ? `${id}-category-error` : undefined)}
              aria-invalid=${categoryIssue ? 'true' : 'false'}
              @change=${(ev: Event) =>
                o.onEvidence(e.key, {
                  category: (ev.target as HTMLSelectElement).value as EvidenceCategory,
                })}
            >
              ${evidenceCategories.map(
                (c) =>
                  html`<option value=${c} ?selected=${c === e.category}>
                    ${o.i18n.t(`statement.category.${c}`)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field ${titleIssue ? 'field--error' : ''}">
            <label for="${id}-title"
              >${o.i18n.t('statementCard.form.evidence.title', { language })}</label
            >
            ${errorMessage(o, `${id}-title`, titleIssue)}
            <input
              id="${id}-title"
              type="text"
              lang=${o.lang}
              aria-describedby=${ifDefined(titleIssue ? `${id}-title-error` : undefined)}
              aria-invalid=${titleIssue ? 'true' : 'false'}
              .value=${textInDraft(e.title, o.lang)}
              @input=${(ev: Event) =>
                o.onEvidence(e.key, {
                  title: setTextInDraft(e.title, o.lang, (ev.target as HTMLInputElement).value),
                })}
            />
          </div>
          <div class="field ${dateIssue ? 'field--error' : ''}">
            <label for="${id}-date">${o.i18n.t('statementCard.form.evidence.date')}</label>
            ${errorMessage(o, `${id}-date`, dateIssue)}
            <input
              id="${id}-date"
              type="date"
              class="date"
              aria-describedby=${ifDefined(dateIssue ? `${id}-date-error` : undefined)}
              aria-invalid=${dateIssue ? 'true' : 'false'}
              .value=${e.date}
              @input=${(ev: Event) =>
                o.onEvidence(e.key, { date: (ev.target as HTMLInputElement).value })}
              @change=${(ev: Event) =>
                o.onEvidence(e.key, { date: (ev.target as HTMLInputElement).value })}
            />
          </div>
          <button
            id="${id}-remove"
            type="button"
            class="button button--secondary button--small"
            part="button"
            @click=${() => o.removeEvidence(e.key)}
          >
            ${o.i18n.t('statementCard.form.evidence.remove')}<span class="visually-hidden">
              ${o.i18n.t('statementCard.form.evidence.removeWhat', { number })}</span
            >
          </button>
        </fieldset>`;
      },
    )}
    <button
      id="f-ev-add"
      type="button"
      class="button button--secondary"
      part="button"
      @click=${() => o.addEvidence()}
    >
      ${o.i18n.t('statementCard.form.evidence.add')}
    </button>
  </fieldset>`;
}
