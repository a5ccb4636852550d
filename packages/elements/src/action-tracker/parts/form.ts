import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  actionSourceSchema,
  actionStatusSchema,
  deliveryConfidenceSchema,
  localisedString,
  pdsaActSchema,
  progressScoreKey,
  progressScores,
  qmsAspects,
  type MessageKey,
} from '@qms-kit/sdk';
import { languageName } from '../../internal/language-name.js';
import type { LocalizeController } from '../../internal/localize.js';
import { renderConflict, type ConflictChoice } from './conflict.js';
import type { ActionDraft, Draft, FieldError, PdsaDraft } from '../drafts.js';
import type { Choice } from '../view.js';

/** What the form templates need from the tracker. */
export interface FormHost {
  readonly i18n: LocalizeController;
  readonly headingLevel: number;
  onFieldInput(event: Event): void;
  onFormSubmit(event: Event): void;
  onFormCancel(): void;
  onErrorLink(event: Event): void;
  /** The user's answer to a conflict found on saving (see `renderConflict`). */
  onConflictChoice(choice: ConflictChoice): void;
}

export type { Choice } from '../view.js';

export interface ActionFormOptions {
  /** Domains to offer (framework order), plus any the action already has. */
  domains: Choice[];
}

const fieldId = (draft: Draft, name: string) => `${draft.kind === 'pdsa' ? 'p' : 'f'}-${name}`;

/** The message of an error: the form's own wording, or the SDK's problem as it is. */
export function errorText(i18n: LocalizeController, error: FieldError): string {
  return error.key
    ? i18n.t(error.key, error.params)
    : `${error.problem.where}: ${error.problem.message}`;
}

/** An error's message marked with its language: the SDK words its problems in English. */
function errorContent(i18n: LocalizeController, error: FieldError): TemplateResult {
  const lang = error.key ? i18n.lang : (error.problem.lang ?? 'en');
  return html`<span lang=${lang}>${errorText(i18n, error)}</span>`;
}

interface FieldOptions {
  hint?: string | undefined;
  required?: boolean;
}

interface ControlAttrs {
  id: string;
  name: string;
  describedBy: string | undefined;
  invalid: boolean;
  value: string;
}

/** A labelled field with its hint and error message, NHS.UK style. */
function field(
  host: FormHost,
  draft: Draft,
  name: string,
  label: string,
  control: (attrs: ControlAttrs) => TemplateResult,
  options: FieldOptions = {},
): TemplateResult {
  const i18n = host.i18n;
  const id = fieldId(draft, name);
  const error = draft.errors.find((e) => e.field === name);
  // Text kept in another language than the page's (e.g. English-only text in a Welsh page, or
  // after a language switch) is edited in that language: say so.
  const textLang = (draft.langs as Record<string, string | null | undefined>)[name];
  const fallback = typeof textLang === 'string' && textLang !== i18n.lang ? textLang : undefined;
  const available = (draft.available as Record<string, string[] | undefined>)[name] ?? [];
  const hints = [
    options.hint,
    fallback === undefined
      ? undefined
      : available.includes(i18n.lang)
        ? i18n.t('actionTracker.hint.editingIn', { language: languageName(i18n, fallback) })
        : i18n.t('common.inOtherLanguage', {
            language: languageName(i18n, fallback),
            current: languageName(i18n, i18n.lang),
          }),
  ].filter((h): h is string => h !== undefined);
  const describedBy =
    [hints.length > 0 ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const value = (draft.values as Record<string, string>)[name] ?? '';
  return html`<div class="field ${error ? 'field--error' : ''}" data-field=${name}>
    <label class="label" for=${id}
      >${label}${
        options.required
          ? html` <span class="required">${i18n.t('actionTracker.required')}</span>`
          : nothing
      }</label
    >
    ${hints.length > 0 ? html`<p class="hint" id="${id}-hint">${hints.join(' ')}</p>` : nothing}
    ${
      error
        ? html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">${i18n.t('actionTracker.errors.prefix')}</span>
            ${errorContent(i18n, error)}
          </p>`
        : nothing
    }
    ${control({ id, name, describedBy, invalid: !!error, value })}
  </div>`;
}

const textInput =
  (host: FormHost, options: { required?: boolean; autocomplete?: string } = {}) =>
  (a: ControlAttrs) =>
    html`<input
      class="input"
      type="text"
      id=${a.id}
      name=${a.name}
      .value=${live(a.value)}
      ?required=${options.required ?? false}
      aria-describedby=${ifDefined(a.describedBy)}
      aria-invalid=${a.invalid ? 'true' : 'false'}
      autocomplete=${options.autocomplete ?? 'off'}
      @input=${host.onFieldInput}
    />`;

const textArea =
  (host: FormHost, required = false) =>
  (a: ControlAttrs) =>
    html`<textarea
      class="textarea"
      id=${a.id}
      name=${a.name}
      rows="3"
      .value=${live(a.value)}
      ?required=${required}
      aria-describedby=${ifDefined(a.describedBy)}
      aria-invalid=${a.invalid ? 'true' : 'false'}
      @input=${host.onFieldInput}
    ></textarea>`;

const dateInput =
  (host: FormHost, required = false) =>
  (a: ControlAttrs) =>
    html`<input
      class="input input--date"
      type="date"
      id=${a.id}
      name=${a.name}
      .value=${live(a.value)}
      ?required=${required}
      aria-describedby=${ifDefined(a.describedBy)}
      aria-invalid=${a.invalid ? 'true' : 'false'}
      @input=${host.onFieldInput}
      @change=${host.onFieldInput}
    />`;

const select = (host: FormHost, choices: readonly Choice[]) => (a: ControlAttrs) =>
  html`<select
    class="select"
    id=${a.id}
    name=${a.name}
    aria-describedby=${ifDefined(a.describedBy)}
    aria-invalid=${a.invalid ? 'true' : 'false'}
    .value=${live(a.value)}
    @input=${host.onFieldInput}
    @change=${host.onFieldInput}
  >
    ${choices.map(
      (c) => html`<option value=${c.value} ?selected=${c.value === a.value}>${c.label}</option>`,
    )}
  </select>`;

/** "There is a problem" with a link to each field, focused after a failed save. */
function errorSummary(host: FormHost, draft: Draft): TemplateResult | typeof nothing {
  if (draft.errors.length === 0) return nothing;
  const i18n = host.i18n;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <p class="error-summary__title" id="error-summary-title">
      ${i18n.t('actionTracker.errors.title')}
    </p>
    <ul class="error-summary__list">
      ${draft.errors.map((error) =>
        error.field
          ? html`<li>
              <a
                href="#${fieldId(draft, error.field)}"
                data-target=${fieldId(draft, error.field)}
                @click=${host.onErrorLink}
                >${errorContent(i18n, error)}</a
              >
            </li>`
          : html`<li>${errorContent(i18n, error)}</li>`,
      )}
    </ul>
  </div>`;
}

/** The host's reason for refusing the last save; the form below keeps every value. */
function vetoMessage(host: FormHost, draft: Draft): TemplateResult | typeof nothing {
  if (draft.vetoed === undefined) return nothing;
  const i18n = host.i18n;
  return html`<div class="veto" part="veto" role="alert" tabindex="-1">
    ${
      draft.vetoed
        ? i18n.t('actionTracker.vetoed.reason', { reason: draft.vetoed })
        : i18n.t('actionTracker.vetoed')
    }
  </div>`;
}

function formFrame(
  host: FormHost,
  draft: Draft,
  heading: string,
  save: string,
  fields: TemplateResult,
): TemplateResult {
  return html`<section
    class="form-panel"
    part="form"
    aria-labelledby="form-heading"
    data-form=${draft.kind}
    data-mode=${draft.mode}
  >
    <div
      class="form-heading"
      id="form-heading"
      role="heading"
      aria-level=${host.headingLevel}
      tabindex="-1"
    >
      ${heading}
    </div>
    ${vetoMessage(host, draft)} ${renderConflict(host.i18n, draft, (c) => host.onConflictChoice(c))}
    ${errorSummary(host, draft)}
    <form class="form" novalidate @submit=${host.onFormSubmit}>
      ${fields}
      <div class="form-buttons">
        <button class="button button--primary" type="submit">${save}</button>
        <button class="button button--secondary" type="button" @click=${host.onFormCancel}>
          ${host.i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  </section>`;
}

function optionsOf<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  empty?: string,
): Choice[] {
  return [
    ...(empty === undefined ? [] : [{ value: '', label: empty }]),
    ...values.map((value) => ({ value, label: label(value) })),
  ];
}

/** Add or edit an action. */
export function renderActionForm(
  host: FormHost,
  draft: ActionDraft,
  options: ActionFormOptions,
): TemplateResult {
  const i18n = host.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const notSet = t('actionTracker.notSet');
  const title = draft.before ? localisedString(draft.before.title, i18n.lang) : '';
  const heading =
    draft.mode === 'add'
      ? t('actionTracker.form.add')
      : i18n.t('actionTracker.form.edit', { title });
  const f = (
    name: string,
    label: string,
    control: (a: ControlAttrs) => TemplateResult,
    opts?: FieldOptions,
  ) => field(host, draft, name, label, control, opts);
  const domains = [{ value: '', label: i18n.t('actionTracker.domain.none') }, ...options.domains];
  const fields = html`
    ${
      draft.mode === 'add'
        ? f('id', t('actionTracker.id'), textInput(host, { required: true }), {
            required: true,
            hint: t('actionTracker.hint.id'),
          })
        : nothing
    }
    ${f('title', t('actionTracker.field.title'), textInput(host, { required: true }), {
      required: true,
    })}
    ${f('description', t('actionTracker.description'), textArea(host))}
    ${f('owner', t('actionTracker.field.owner'), textInput(host, { required: true }), {
      required: true,
      hint: t('actionTracker.hint.owner'),
    })}
    ${f('organisation', t('actionTracker.organisation'), textInput(host))}
    ${f('sponsor', t('actionTracker.sponsor'), textInput(host))}
    ${f(
      'source',
      t('actionTracker.source'),
      select(
        host,
        optionsOf(actionSourceSchema.options, (s) => i18n.t(`action.source.${s}`)),
      ),
    )}
    ${f('reference', t('actionTracker.reference'), textInput(host))}
    ${f(
      'status',
      t('actionTracker.column.status'),
      select(
        host,
        optionsOf(actionStatusSchema.options, (s) => i18n.t(`action.status.${s}`)),
      ),
    )}
    <div class="field-row">
      ${f('start', t('actionTracker.start'), dateInput(host))}
      ${f('due', t('actionTracker.field.due'), dateInput(host))}
    </div>
    ${f('revisedDue', t('actionTracker.field.revisedDue'), dateInput(host), {
      hint: t('actionTracker.hint.revisedDue'),
    })}
    ${f('revisedDueReason', t('actionTracker.revisedReason'), textArea(host))}
    ${f(
      'deliveryConfidence',
      t('action.deliveryConfidence'),
      select(
        host,
        optionsOf(
          deliveryConfidenceSchema.options,
          (c) => i18n.t(`actionTracker.confidence.${c}`),
          notSet,
        ),
      ),
    )}
    ${f(
      'aspect',
      t('actionTracker.field.aspect'),
      select(
        host,
        optionsOf(qmsAspects, (a) => i18n.t(`qms.aspect.${a}`), t('actionTracker.aspect.none')),
      ),
    )}
    ${f('domain', t('actionTracker.field.domain'), select(host, domains))}
    ${f(
      'progressScore',
      t('action.progress'),
      select(host, [
        { value: '', label: notSet },
        ...progressScores.map((score) => ({
          value: String(score),
          label: i18n.t('actionTracker.progress.option', {
            score: i18n.number(score, { minimumFractionDigits: 1 }),
            label: i18n.t(progressScoreKey(score)),
          }),
        })),
      ]),
      { hint: t('actionTracker.hint.progress') },
    )}
    ${f('notes', t('actionTracker.notes'), textArea(host))}
  `;
  return formFrame(host, draft, heading, t('actionTracker.form.save'), fields);
}

/** Add or edit one PDSA cycle of an action. */
export function renderPdsaForm(host: FormHost, draft: PdsaDraft): TemplateResult {
  const i18n = host.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const actionTitle = localisedString(draft.action.title, i18n.lang);
  const cycleTitle = draft.before
    ? localisedString(draft.before.title, i18n.lang) ||
      i18n.t('actionTracker.pdsa.cycle', {
        n: draft.action.pdsaCycles.findIndex((c) => c.id === draft.before?.id) + 1,
      })
    : '';
  const heading =
    draft.mode === 'add'
      ? i18n.t('actionTracker.pdsa.heading.add', { title: actionTitle })
      : i18n.t('actionTracker.pdsa.heading.edit', { cycle: cycleTitle });
  const f = (
    name: string,
    label: string,
    control: (a: ControlAttrs) => TemplateResult,
    opts?: FieldOptions,
  ) => field(host, draft, name, label, control, opts);
  const acts = optionsOf(
    pdsaActSchema.options,
    (a) => i18n.t(`action.pdsa.act.${a}`),
    t('action.pdsa.act.pending'),
  );
  const fields = html`
    ${f('title', t('actionTracker.pdsa.title'), textInput(host))}
    <fieldset class="fieldset">
      <legend class="legend">${t('action.pdsa.plan')}</legend>
      ${f('changeIdea', t('actionTracker.pdsa.changeIdea'), textArea(host, true), {
        required: true,
      })}
      ${f('question', t('actionTracker.pdsa.question'), textArea(host, true), { required: true })}
      ${f('prediction', t('actionTracker.pdsa.prediction'), textArea(host, true), {
        required: true,
      })}
      ${f('measure', t('actionTracker.pdsa.measure'), textInput(host))}
      <div class="field-row">
        ${f('start', t('actionTracker.pdsa.start'), dateInput(host, true), { required: true })}
        ${f('end', t('actionTracker.pdsa.end'), dateInput(host))}
      </div>
    </fieldset>
    <fieldset class="fieldset">
      <legend class="legend">${t('action.pdsa.do')}</legend>
      ${f('observations', t('actionTracker.pdsa.observations'), textArea(host))}
    </fieldset>
    <fieldset class="fieldset">
      <legend class="legend">${t('action.pdsa.study')}</legend>
      ${f('learning', t('actionTracker.pdsa.learning'), textArea(host))}
    </fieldset>
    ${f('act', t('action.pdsa.act'), select(host, acts))}
  `;
  return formFrame(host, draft, heading, t('actionTracker.pdsa.save'), fields);
}
