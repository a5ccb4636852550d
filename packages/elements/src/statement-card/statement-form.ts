import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  baseLocale,
  evidenceCategories,
  localisedString,
  valueAtPath,
  type EvidenceCategory,
  type LocalisedText,
  type MergePath,
  type MessageKey,
  type Problem,
  type Statement,
  type ScoreSource,
  type StatementEditField,
  type StatementScoreValue,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../internal/localize.js';
import {
  setTextInDraft,
  textInDraft,
  type EvidenceDraft,
  type StatementDraft,
  type TextDraft,
} from './draft.js';
import { heading } from './heading.js';

const SCORES: readonly StatementScoreValue[] = [1, 2, 3, 4];
const SOURCES: readonly ScoreSource[] = ['self', 'regulator'];

/** A form problem, tied to an evidence item by its draft key (indices shift on removal). */
export interface FormIssue {
  field: StatementEditField;
  code: 'required' | 'invalid';
  key?: number;
  problem: Problem;
}

export type TextField = 'iText' | 'weText';

/** Fields the host and the user both changed since editing started; nothing saved until chosen. */
export interface StatementConflict {
  paths: MergePath[];
  /** The user's edit, as it would be saved over the statement editing started from. */
  mine: Record<string, unknown>;
  /** The statement as it was when the conflict was found. */
  theirs: Statement;
}

export type EvidencePatch = Partial<Pick<EvidenceDraft, 'category' | 'title' | 'date'>>;

/** What the form shows and what it calls back; the element owns the state and the logic. */
export interface StatementFormOptions {
  i18n: LocalizeController;
  /** The base language being shown, e.g. `cy`: the text inputs edit this language. */
  lang: string;
  /** Level of the form's heading. */
  level: number;
  draft: StatementDraft;
  issues: readonly FormIssue[];
  vetoed: { reason: string | undefined } | undefined;
  conflict: StatementConflict | undefined;
  keepMine(): void;
  keepTheirs(): void;
  confirming: boolean;
  /** The host replaced the statement with different content since editing started. */
  changedElsewhere: boolean;
  languageName(tag: string): string;
  submit(e: SubmitEvent): void;
  keydown(e: KeyboardEvent): void;
  onText(field: TextField, value: string): void;
  onScore(value: StatementScoreValue): void;
  onSource(value: ScoreSource): void;
  onEvidence(key: number, patch: EvidencePatch): void;
  addEvidence(): void;
  removeEvidence(key: number): void;
  cancel(): void;
  keepEditing(): void;
  discard(): void;
  focusField(id: string): void;
}

/** The id of the input a problem belongs to (the checked radio, or the first, for a group). */
export function fieldIdOf(issue: FormIssue, draft: StatementDraft): string | undefined {
  const key = issue.key;
  switch (issue.field) {
    case 'iStatement':
      return 'f-i';
    case 'weStatement':
      return 'f-we';
    case 'score':
      return `f-score-${draft.score ?? 1}`;
    case 'scoreSource':
      return `f-source-${draft.source}`;
    case 'evidenceCategory':
      return key === undefined ? undefined : `f-ev-${key}-category`;
    case 'evidenceTitle':
      return key === undefined ? undefined : `f-ev-${key}-title`;
    case 'evidenceDate':
      return key === undefined ? undefined : `f-ev-${key}-date`;
    default:
      return undefined;
  }
}

/**
 * The editing form of `<qms-statement-card>`: native controls with visible labels, hints,
 * GOV.UK-style errors (a summary linking to fields, messages tied with `aria-describedby`),
 * the veto message and the inline "discard your changes?" confirmation. Stateless: built for
 * each render from the element's state.
 */
export class StatementForm {
  private readonly o: StatementFormOptions;

  constructor(options: StatementFormOptions) {
    this.o = options;
  }

  private get i18n() {
    return this.o.i18n;
  }
  private get lang() {
    return this.o.lang;
  }
  private get level() {
    return this.o.level;
  }
  private get draft() {
    return this.o.draft;
  }
  private get issues() {
    return this.o.issues;
  }
  private get vetoed() {
    return this.o.vetoed;
  }
  private get confirming() {
    return this.o.confirming;
  }
  private get conflict() {
    return this.o.conflict;
  }
  private get changedElsewhere() {
    return this.o.changedElsewhere;
  }
  private languageName(tag: string) {
    return this.o.languageName(tag);
  }
  private readonly submit = (e: SubmitEvent) => this.o.submit(e);
  private readonly keydown = (e: KeyboardEvent) => this.o.keydown(e);
  private onText(field: TextField, value: string) {
    this.o.onText(field, value);
  }
  private onScore(value: StatementScoreValue) {
    this.o.onScore(value);
  }
  private onSource(value: ScoreSource) {
    this.o.onSource(value);
  }
  private onEvidence(key: number, patch: EvidencePatch) {
    this.o.onEvidence(key, patch);
  }
  private addEvidence() {
    this.o.addEvidence();
  }
  private removeEvidence(key: number) {
    this.o.removeEvidence(key);
  }
  private cancel() {
    this.o.cancel();
  }
  private keepEditing() {
    this.o.keepEditing();
  }
  private discard() {
    this.o.discard();
  }
  private focusField(id: string) {
    this.o.focusField(id);
  }

  private messageOf(issue: FormIssue): string {
    if (issue.field === 'other') {
      return this.i18n.t('statementCard.form.error.other', {
        where: issue.problem.where,
        message: issue.problem.message,
      });
    }
    const index = this.draft.evidence.findIndex((e) => e.key === issue.key);
    return this.i18n.t(`statementCard.form.error.${issue.field}.${issue.code}`, {
      number: this.i18n.number(index + 1),
    });
  }

  private issueFor(field: StatementEditField, key?: number): FormIssue | undefined {
    return this.issues.find((i) => i.field === field && i.key === key);
  }

  private errorMessage(id: string, issue: FormIssue | undefined): TemplateResult | typeof nothing {
    if (!issue) return nothing;
    return html`<p class="error-message" id="${id}-error">
      <span class="visually-hidden">${this.i18n.t('statementCard.form.errorPrefix')}</span>
      ${this.messageOf(issue)}
    </p>`;
  }

  private describedBy(...ids: (string | false | undefined)[]): string | undefined {
    const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
    return list.length > 0 ? list.join(' ') : undefined;
  }

  render(): TemplateResult {
    const draft = this.draft;
    const level = this.level;
    const changedElsewhere = this.changedElsewhere;
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-labelledby="form-title"
      @submit=${this.submit}
      @keydown=${this.keydown}
    >
      ${heading(level, this.i18n.t('statementCard.form.title'), 'form-title', 'label')}
      ${
        changedElsewhere
          ? html`<p class="notice" role="status">
              ${this.i18n.t('statementCard.form.changedElsewhere')}
            </p>`
          : nothing
      }
      ${
        this.vetoed
          ? html`<div class="vetoed" id="vetoed" role="alert" tabindex="-1">
              ${
                this.vetoed.reason
                  ? this.i18n.t('statementCard.form.vetoedReason', { reason: this.vetoed.reason })
                  : this.i18n.t('statementCard.form.vetoed')
              }
            </div>`
          : nothing
      }
      ${this.renderConflict()} ${this.renderErrorSummary()}
      ${this.renderTextField('iText', 'f-i', 'statementCard.form.iStatement', 'iStatement', draft)}
      ${this.renderTextField('weText', 'f-we', 'statementCard.form.weStatement', 'weStatement', draft)}
      ${this.renderScoreFields(draft)} ${this.renderEvidenceFields(draft)}
      ${
        this.confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-message">
              <p id="confirm-message" class="confirm-message">
                ${this.i18n.t('statementCard.form.confirmDiscard')}
              </p>
              <div class="buttons">
                <button
                  id="keep-editing"
                  type="button"
                  class="button button--secondary"
                  part="button"
                  @click=${() => this.keepEditing()}
                >
                  ${this.i18n.t('statementCard.form.keepEditing')}
                </button>
                <button
                  id="discard"
                  type="button"
                  class="button button--warning"
                  part="button"
                  @click=${() => this.discard()}
                >
                  ${this.i18n.t('statementCard.form.discard')}
                </button>
              </div>
            </div>`
          : html`<div class="buttons">
              <button id="save" type="submit" class="button button--primary" part="button">
                ${this.i18n.t('common.save')}
              </button>
              <button
                id="cancel"
                type="button"
                class="button button--secondary"
                part="button"
                @click=${() => this.cancel()}
              >
                ${this.i18n.t('common.cancel')}
              </button>
            </div>`
      }
    </form>`;
  }

  /** Each field both sides changed, with both values, and the two ways out. */
  private renderConflict(): TemplateResult | typeof nothing {
    const conflict = this.conflict;
    if (!conflict) return nothing;
    const i18n = this.i18n;
    // One line per field: two languages of one text are one field to the user.
    const fields = [...new Set(conflict.paths.map((p) => String(p[0])))];
    return html`<div
      class="vetoed conflict"
      id="conflict"
      part="conflict"
      role="alert"
      tabindex="-1"
    >
      <p>${i18n.t('statementCard.conflict.changed')}</p>
      <ul>
        ${fields.map(
          (field) =>
            html`<li data-field=${field}>
              ${i18n.t('statementCard.conflict.field', {
                field: this.conflictLabel(field),
                mine: this.conflictValue(valueAtPath(conflict.mine, [field])),
                theirs: this.conflictValue(valueAtPath(conflict.theirs, [field])),
              })}
            </li>`,
        )}
      </ul>
      <div class="buttons">
        <button
          id="keep-mine"
          type="button"
          class="button button--primary"
          part="button"
          @click=${() => this.o.keepMine()}
        >
          ${i18n.t('statementCard.conflict.keepMine')}
        </button>
        <button
          id="keep-theirs"
          type="button"
          class="button button--secondary"
          part="button"
          @click=${() => this.o.keepTheirs()}
        >
          ${i18n.t('statementCard.conflict.keepTheirs')}
        </button>
      </div>
    </div>`;
  }

  private conflictLabel(field: string): string {
    const language = this.languageName(this.lang);
    const keys: Partial<Record<string, MessageKey>> = {
      iStatement: 'statementCard.form.iStatement',
      weStatement: 'statementCard.form.weStatement',
      score: 'statementCard.form.score',
      evidence: 'statementCard.form.evidence',
    };
    const key = keys[field];
    return key ? this.i18n.t(key, { language }) : field;
  }

  private conflictValue(value: unknown): string {
    const none = this.i18n.t('statementCard.conflict.none');
    if (value === undefined || value === null) return none;
    if (Array.isArray(value)) {
      const titles = value.map((item) =>
        localisedString((item as { title?: LocalisedText }).title, this.lang),
      );
      return titles.filter(Boolean).join('; ') || none;
    }
    if (typeof value === 'object' && 'value' in value) return String(value.value);
    if (typeof value === 'object' || typeof value === 'string') {
      return localisedString(value as LocalisedText, this.lang) || none;
    }
    return String(value);
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.issues.length === 0) return nothing;
    return html`<div
      class="error-summary"
      part="error-summary"
      id="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      <p class="error-summary-title" id="error-summary-title">
        ${this.i18n.t('statementCard.form.errorSummary')}
      </p>
      <ul>
        ${this.issues.map((issue) => {
          const id = fieldIdOf(issue, this.draft);
          const message = this.messageOf(issue);
          return html`<li>
            ${
              id
                ? html`<a
                    href="#${id}"
                    @click=${(e: MouseEvent) => {
                      e.preventDefault();
                      this.focusField(id);
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

  private otherLanguageHint(draft: TextDraft, id: string): TemplateResult | typeof nothing {
    const current = baseLocale(this.lang);
    const other = Object.entries(draft).find(
      ([tag, text]) => tag !== '' && baseLocale(tag) !== current && text.trim() !== '',
    );
    if (!other) return nothing;
    return html`<p class="hint other-language" id="${id}-other">
      ${this.i18n.t('statementCard.form.otherLanguage', { language: this.languageName(other[0]) })}
      <span lang=${other[0]}>${other[1]}</span>
    </p>`;
  }

  private renderTextField(
    field: TextField,
    id: string,
    labelKey: 'statementCard.form.iStatement' | 'statementCard.form.weStatement',
    issueField: 'iStatement' | 'weStatement',
    draft: StatementDraft,
  ): TemplateResult {
    const issue = this.issueFor(issueField);
    const other = this.otherLanguageHint(draft[field], id);
    return html`<div class="field ${issue ? 'field--error' : ''}">
      <label class="field-label" for=${id}
        >${this.i18n.t(labelKey, { language: this.languageName(this.lang) })}</label
      >
      <p class="hint" id="${id}-hint">${this.i18n.t(`${labelKey}.hint`)}</p>
      ${other} ${this.errorMessage(id, issue)}
      <textarea
        id=${id}
        name=${id}
        rows="3"
        lang=${this.lang}
        aria-describedby=${ifDefined(
          this.describedBy(
            `${id}-hint`,
            other !== nothing && `${id}-other`,
            issue && `${id}-error`,
          ),
        )}
        aria-invalid=${issue ? 'true' : 'false'}
        .value=${textInDraft(draft[field], this.lang)}
        @input=${(e: Event) => this.onText(field, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  private renderScoreFields(draft: StatementDraft): TemplateResult {
    const scoreIssue = this.issueFor('score');
    const sourceIssue = this.issueFor('scoreSource');
    return html`<fieldset
        class="field radios ${scoreIssue ? 'field--error' : ''}"
        aria-describedby=${ifDefined(scoreIssue ? 'f-score-error' : undefined)}
      >
        <legend class="field-label">${this.i18n.t('statementCard.form.score')}</legend>
        ${this.errorMessage('f-score', scoreIssue)}
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
                @change=${() => this.onScore(n)}
              />
              <label for="f-score-${n}"
                >${this.i18n.t('statementCard.form.score.option', {
                  value: this.i18n.number(n),
                  label: this.i18n.t(`statement.score.${n}`),
                })}</label
              >
            </div>`,
        )}
      </fieldset>
      <fieldset
        class="field radios radios--inline ${sourceIssue ? 'field--error' : ''}"
        aria-describedby=${ifDefined(sourceIssue ? 'f-source-error' : undefined)}
      >
        <legend class="field-label">${this.i18n.t('statementCard.form.scoreSource')}</legend>
        ${this.errorMessage('f-source', sourceIssue)}
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
                @change=${() => this.onSource(s)}
              />
              <label for="f-source-${s}">${this.i18n.t(`statement.scoreSource.${s}`)}</label>
            </div>`,
        )}
      </fieldset>`;
  }

  private renderEvidenceFields(draft: StatementDraft): TemplateResult {
    const language = this.languageName(this.lang);
    return html`<fieldset class="field evidence-fields">
      <legend class="field-label">${this.i18n.t('statementCard.form.evidence')}</legend>
      ${
        draft.evidence.length === 0
          ? html`<p class="hint">${this.i18n.t('statementCard.form.evidence.none')}</p>`
          : nothing
      }
      ${repeat(
        draft.evidence,
        (e) => e.key,
        (e, index) => {
          const id = `f-ev-${e.key}`;
          const number = this.i18n.number(index + 1);
          const categoryIssue = this.issueFor('evidenceCategory', e.key);
          const titleIssue = this.issueFor('evidenceTitle', e.key);
          const dateIssue = this.issueFor('evidenceDate', e.key);
          return html`<fieldset class="evidence-item" data-key=${e.key}>
            <legend>${this.i18n.t('statementCard.form.evidence.item', { number })}</legend>
            <div class="field ${categoryIssue ? 'field--error' : ''}">
              <label for="${id}-category"
                >${this.i18n.t('statementCard.form.evidence.category')}</label
              >
              ${this.errorMessage(`${id}-category`, categoryIssue)}
              <select
                id="${id}-category"
                aria-describedby=${ifDefined(categoryIssue ? `${id}-category-error` : undefined)}
                aria-invalid=${categoryIssue ? 'true' : 'false'}
                @change=${(ev: Event) =>
                  this.onEvidence(e.key, {
                    category: (ev.target as HTMLSelectElement).value as EvidenceCategory,
                  })}
              >
                ${evidenceCategories.map(
                  (c) =>
                    html`<option value=${c} ?selected=${c === e.category}>
                      ${this.i18n.t(`statement.category.${c}`)}
                    </option>`,
                )}
              </select>
            </div>
            <div class="field ${titleIssue ? 'field--error' : ''}">
              <label for="${id}-title"
                >${this.i18n.t('statementCard.form.evidence.title', { language })}</label
              >
              ${this.errorMessage(`${id}-title`, titleIssue)}
              <input
                id="${id}-title"
                type="text"
                lang=${this.lang}
                aria-describedby=${ifDefined(titleIssue ? `${id}-title-error` : undefined)}
                aria-invalid=${titleIssue ? 'true' : 'false'}
                .value=${textInDraft(e.title, this.lang)}
                @input=${(ev: Event) =>
                  this.onEvidence(e.key, {
                    title: setTextInDraft(
                      e.title,
                      this.lang,
                      (ev.target as HTMLInputElement).value,
                    ),
                  })}
              />
            </div>
            <div class="field ${dateIssue ? 'field--error' : ''}">
              <label for="${id}-date">${this.i18n.t('statementCard.form.evidence.date')}</label>
              ${this.errorMessage(`${id}-date`, dateIssue)}
              <input
                id="${id}-date"
                type="date"
                class="date"
                aria-describedby=${ifDefined(dateIssue ? `${id}-date-error` : undefined)}
                aria-invalid=${dateIssue ? 'true' : 'false'}
                .value=${e.date}
                @input=${(ev: Event) =>
                  this.onEvidence(e.key, { date: (ev.target as HTMLInputElement).value })}
                @change=${(ev: Event) =>
                  this.onEvidence(e.key, { date: (ev.target as HTMLInputElement).value })}
              />
            </div>
            <button
              id="${id}-remove"
              type="button"
              class="button button--secondary button--small"
              part="button"
              @click=${() => this.removeEvidence(e.key)}
            >
              ${this.i18n.t('statementCard.form.evidence.remove')}<span class="visually-hidden">
                ${this.i18n.t('statementCard.form.evidence.removeWhat', { number })}</span
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
        @click=${() => this.addEvidence()}
      >
        ${this.i18n.t('statementCard.form.evidence.add')}
      </button>
    </fieldset>`;
  }
}
