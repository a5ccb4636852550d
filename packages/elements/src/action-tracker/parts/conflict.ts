import { html, nothing, type TemplateResult } from 'lit';
import {
  localisedString,
  valueAtPath,
  type Action,
  type MergePath,
  type MessageKey,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { Draft } from '../drafts.js';

/** What the user chose in the conflict panel. */
export type ConflictChoice = 'keep-mine' | 'keep-theirs' | 'restore' | 'discard';

/** The form's label of each action field a conflict can name. */
const ACTION_LABELS: Partial<Record<string, MessageKey>> = {
  id: 'actionTracker.id',
  title: 'actionTracker.field.title',
  description: 'actionTracker.description',
  owner: 'actionTracker.field.owner',
  organisation: 'actionTracker.organisation',
  sponsor: 'actionTracker.sponsor',
  source: 'actionTracker.source',
  reference: 'actionTracker.reference',
  status: 'actionTracker.column.status',
  start: 'actionTracker.start',
  due: 'actionTracker.field.due',
  revisedDue: 'actionTracker.field.revisedDue',
  deliveryConfidence: 'action.deliveryConfidence',
  aspect: 'actionTracker.field.aspect',
  domain: 'actionTracker.field.domain',
  progressScore: 'action.progress',
  notes: 'actionTracker.notes',
};

const PDSA_LABELS: Partial<Record<string, MessageKey>> = {
  title: 'actionTracker.pdsa.title',
  changeIdea: 'actionTracker.pdsa.changeIdea',
  question: 'actionTracker.pdsa.question',
  prediction: 'actionTracker.pdsa.prediction',
  measure: 'actionTracker.pdsa.measure',
  start: 'actionTracker.pdsa.start',
  end: 'actionTracker.pdsa.end',
  do: 'actionTracker.pdsa.observations',
  study: 'actionTracker.pdsa.learning',
  act: 'action.pdsa.act',
};

/** The name of the field at a conflict's path, as the form labels it. */
export function conflictFieldLabel(
  i18n: LocalizeController,
  path: MergePath,
  base: Action,
): string {
  const [first, second, third, fourth] = path;
  if (first === 'revisedDue' && second === 'reason') return i18n.t('actionTracker.revisedReason');
  if (first === 'pdsaCycles' && typeof second === 'string') {
    const cycle = base.pdsaCycles.find((c) => c.id === second);
    const name = i18n.t('actionTracker.conflict.cycle', {
      cycle: (cycle && localisedString(cycle.title, i18n.lang)) || second,
    });
    const key =
      typeof third === 'string'
        ? PDSA_LABELS[third === 'plan' ? String(fourth) : third]
        : undefined;
    return key ? `${name}, ${i18n.t(key)}` : name;
  }
  const key = typeof first === 'string' ? ACTION_LABELS[first] : undefined;
  return key ? i18n.t(key) : String(first ?? '');
}

/** A value as the conflict message shows it: text in the page's language, "Not set" for none. */
export function conflictValue(i18n: LocalizeController, value: unknown): string {
  if (value === undefined || value === null || value === '') return i18n.t('actionTracker.notSet');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (Object.values(record).every((v) => typeof v === 'string')) {
      return (
        localisedString(record as Record<string, string>, i18n.lang) ||
        i18n.t('actionTracker.notSet')
      );
    }
  }
  return JSON.stringify(value);
}

/**
 * The panel shown when a save found the action deleted or changed by someone else in the same
 * fields: it names each field with both values, and nothing is saved until the user chooses.
 */
export function renderConflict(
  i18n: LocalizeController,
  draft: Draft,
  choose: (choice: ConflictChoice) => void,
): TemplateResult | typeof nothing {
  const conflict = draft.conflict;
  if (!conflict) return nothing;
  const button = (choice: ConflictChoice, key: MessageKey, primary: boolean) =>
    html`<button
      class="button ${primary ? 'button--primary' : 'button--secondary'}"
      type="button"
      data-command=${choice}
      @click=${() => choose(choice)}
    >
      ${i18n.t(key)}
    </button>`;
  if (conflict.kind === 'deleted') {
    const title = localisedString(conflict.mine.title, i18n.lang);
    return html`<div
      class="conflict"
      part="conflict"
      role="alert"
      tabindex="-1"
      data-conflict="deleted"
    >
      <p>${i18n.t('actionTracker.conflict.deleted', { title })}</p>
      <div class="form-buttons">
        ${button('restore', 'actionTracker.conflict.restore', true)}
        ${button('discard', 'actionTracker.conflict.discard', false)}
      </div>
    </div>`;
  }
  return html`<div
    class="conflict"
    part="conflict"
    role="alert"
    tabindex="-1"
    data-conflict="changed"
  >
    <p>${i18n.t('actionTracker.conflict.changed')}</p>
    <ul class="conflict__list">
      ${conflict.paths.map(
        (path) =>
          html`<li data-path=${path.join('.')}>
            ${i18n.t('actionTracker.conflict.field', {
              field: conflictFieldLabel(i18n, path, conflict.base),
              mine: conflictValue(i18n, valueAtPath(conflict.mine, path)),
              theirs: conflictValue(i18n, valueAtPath(conflict.theirs, path)),
            })}
          </li>`,
      )}
    </ul>
    <p>${i18n.t('actionTracker.conflict.others')}</p>
    <div class="form-buttons">
      ${button('keep-mine', 'actionTracker.conflict.keepMine', true)}
      ${button('keep-theirs', 'actionTracker.conflict.keepTheirs', false)}
    </div>
  </div>`;
}
