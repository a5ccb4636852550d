import type { Action } from '../schema/action.js';
import type { Dataset } from '../schema/dataset.js';
import type { QmsAssessment } from '../schema/qms.js';
import type { Statement } from '../schema/statement.js';
import { qmsAspects } from '../schema/qms-aspect.js';
import { addAction, removeAction, replaceAction } from '../actions/change.js';

/**
 * One change an action tracker made (the detail of its `qms-action-change` event):
 * `before` is `null` for an added action, `after` is `null` for a deleted one.
 */
export interface DatasetActionChange {
  kind: 'add' | 'edit' | 'delete' | 'status';
  before: Action | null;
  after: Action | null;
}

/** One saved edit of a statement card (the detail of its `qms-statement-change` event). */
export interface DatasetStatementChange {
  before: Statement;
  after: Statement;
}

/** One self-assessment edit (the detail of the wheel's `qms-assessment-change` event). */
export interface DatasetAssessmentChange {
  /** The whole assessment with the change applied. */
  assessment: QmsAssessment;
}

/** Replaces `from` with `to` in an id list (removes it when `to` is `undefined`); same list if absent. */
function renameId(ids: string[], from: string, to: string | undefined): string[] {
  if (!ids.includes(from)) return ids;
  const next = ids.flatMap((id) => (id !== from ? [id] : to === undefined ? [] : [to]));
  return [...new Set(next)];
}

/** The assessment with an action id renamed (or removed) in every aspect and enabler. */
function relinkAssessmentActions(
  assessment: QmsAssessment | undefined,
  from: string,
  to: string | undefined,
): QmsAssessment | undefined {
  if (!assessment) return assessment;
  let changed = false;
  const aspects = { ...assessment.aspects };
  for (const aspect of qmsAspects) {
    const state = aspects[aspect];
    const actionIds = renameId(state.actionIds, from, to);
    if (actionIds !== state.actionIds) {
      aspects[aspect] = { ...state, actionIds };
      changed = true;
    }
  }
  const items = assessment.enablers.items.map((item) => {
    const actionIds = renameId(item.actionIds, from, to);
    if (actionIds === item.actionIds) return item;
    changed = true;
    return { ...item, actionIds };
  });
  if (!changed) return assessment;
  return { ...assessment, aspects, enablers: { ...assessment.enablers, items } };
}

/** The dataset with an action id renamed (or removed) wherever statements and the assessment link it. */
function relinkAction(dataset: Dataset, from: string, to: string | undefined): Dataset {
  const statements = dataset.statements.map((s) => {
    const actionIds = renameId(s.actionIds, from, to);
    return actionIds === s.actionIds ? s : { ...s, actionIds };
  });
  const next: Dataset = { ...dataset, statements };
  const assessment = relinkAssessmentActions(dataset.assessment, from, to);
  if (assessment !== dataset.assessment) next.assessment = assessment;
  return next;
}

/**
 * The dataset with one action-tracker change applied; the input is not changed and records
 * not touched are shared. Links stay valid: deleting an action removes its id from statements
 * and the assessment, and an edit that changes an action's id renames it there.
 *
 * - `add`: appends `after`; refused (dataset unchanged) when an action already has its id, so
 *   an add never replaces a record the sender could not see;
 * - `edit` / `status`: replaces the action with `before`'s id by `after`, keeping its place;
 *   refused when that action is no longer in the dataset (an edit never brings back a deleted
 *   action) or when `after` takes the id of another action;
 * - `delete`: removes the action with `before`'s id.
 *
 * A change missing the action it needs (`after` for add or edit, `before` for delete) returns
 * the dataset unchanged.
 */
export function datasetWithActionChange(dataset: Dataset, change: DatasetActionChange): Dataset {
  const { kind, before, after } = change;
  if (kind === 'delete') {
    if (!before || !dataset.actions.some((a) => a.id === before.id)) return dataset;
    return relinkAction(
      { ...dataset, actions: removeAction(dataset.actions, before.id) },
      before.id,
      undefined,
    );
  }
  if (!after) return dataset;
  if (kind === 'add' || !before) {
    const added = addAction(dataset.actions, after);
    return added.ok ? { ...dataset, actions: added.value } : dataset;
  }
  const replaced = replaceAction(dataset.actions, before.id, after);
  if (!replaced.ok) return dataset;
  const next: Dataset = { ...dataset, actions: replaced.value };
  return before.id === after.id ? next : relinkAction(next, before.id, after.id);
}

/**
 * The dataset with one statement card replaced by its edited version (appended when no card
 * has `before`'s id); the input is not changed. When the edit changes the card's id, actions
 * linking the old id are relinked to the new one.
 */
export function datasetWithStatementChange(
  dataset: Dataset,
  change: DatasetStatementChange,
): Dataset {
  const { before, after } = change;
  const index = dataset.statements.findIndex((s) => s.id === before.id);
  const statements =
    index < 0
      ? [...dataset.statements.filter((s) => s.id !== after.id), after]
      : dataset.statements.map((s, i) => (i === index ? after : s));
  const next: Dataset = {
    ...dataset,
    statements:
      before.id === after.id
        ? statements
        : statements.filter((s) => s === after || s.id !== after.id),
  };
  if (before.id === after.id) return next;
  next.actions = dataset.actions.map((a) => {
    const statementIds = renameId(a.statementIds, before.id, after.id);
    return statementIds === a.statementIds ? a : { ...a, statementIds };
  });
  return next;
}

/**
 * The dataset with the QMS self-assessment replaced by the wheel's edited one (the wheel sends
 * the whole assessment with the change applied); the input is not changed.
 */
export function datasetWithAssessmentChange(
  dataset: Dataset,
  change: DatasetAssessmentChange,
): Dataset {
  if (change.assessment === dataset.assessment) return dataset;
  return { ...dataset, assessment: change.assessment };
}
