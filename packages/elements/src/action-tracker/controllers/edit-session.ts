import type { ReactiveController, ReactiveElement } from 'lit';
import {
  addAction,
  localisedString,
  mergeRecord,
  replaceAction,
  sameValue,
  validateAction,
  type Action,
  type PdsaCycle,
  type Result,
} from '@qms-kit/sdk';
import { QmsActionBeforeChangeEvent } from '../../internal/events/qms-action-before-change.js';
import {
  QmsActionChangeEvent,
  type QmsActionChangeKind,
} from '../../internal/events/qms-action-change.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { ConflictChoice } from '../parts/conflict.js';
import {
  actionDraftInput,
  actionFieldErrors,
  badDateErrors,
  editActionDraft,
  editPdsaDraft,
  newActionDraft,
  newPdsaDraft,
  pdsaDraftInput,
  pdsaFieldErrors,
  type Draft,
  type DraftConflict,
  type FieldError,
} from '../drafts.js';
import type { TrackerFocus } from './focus.js';

/** What the edit session needs from the tracker. */
export interface EditSessionOptions {
  readonly i18n: LocalizeController;
  readonly focus: TrackerFocus;
  /** The tracker's list as changed by the user. */
  list(): Action[];
  setList(actions: Action[]): void;
  /** The actions a new or changed id must not clash with. */
  idScope(): readonly Action[];
  today(): string;
}

export type CommitOutcome = { ok: true } | { ok: false; reason: string | undefined };

/**
 * The tracker's changes: the open form's draft, and every change announced before
 * (`qms-action-before-change`, which the host may veto) and after (`qms-action-change`). An edit
 * is saved as a three-way merge through the SDK's `mergeRecord`, so nothing is silently replaced.
 */
export class EditSession implements ReactiveController {
  /** The open form's draft; one form at a time. */
  draft: Draft | undefined;
  /** Bumped per form opened, so a new form never reuses the last one's inputs. */
  serial = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: EditSessionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Announces a change before and after; returns whether the host let it through. */
  commit(
    kind: QmsActionChangeKind,
    before: Action | null,
    after: Action | null,
    actions: Action[],
  ): CommitOutcome {
    const event = new QmsActionBeforeChangeEvent({ kind, before, after, actions });
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) {
      const reason = event.detail.reason;
      return {
        ok: false,
        reason: typeof reason === 'string' && reason.trim() ? reason : undefined,
      };
    }
    this.options.setList(actions);
    // Built first, then dispatched: the manifest documents the event from @fires.
    const changed = new QmsActionChangeEvent({ kind, before, after, actions });
    this.host.dispatchEvent(changed);
    this.host.requestUpdate();
    return { ok: true };
  }

  vetoText(reason: string | undefined): string {
    const i18n = this.options.i18n;
    return reason
      ? i18n.t('actionTracker.vetoed.reason', { reason })
      : i18n.t('actionTracker.vetoed');
  }

  openAdd(event: Event): void {
    this.open(event, () => newActionDraft(this.options.idScope(), this.options.i18n.lang));
  }

  openEdit(event: Event, action: Action): void {
    this.open(event, () => editActionDraft(action, this.options.i18n.lang));
  }

  openPdsa(event: Event, action: Action, cycle: PdsaCycle | undefined): void {
    const lang = this.options.i18n.lang;
    this.open(event, () =>
      cycle ? editPdsaDraft(action, cycle, lang) : newPdsaDraft(action, lang, this.options.today()),
    );
  }

  /** One form at a time: a second one would hide the first, and what was typed in it. */
  private open(event: Event, make: () => Draft): void {
    const focus = this.options.focus;
    if (this.draft) {
      focus.announce(this.options.i18n.t('actionTracker.form.busy'));
      void focus.focusOn('#form-heading');
      return;
    }
    focus.rememberOpener(event);
    this.serial++;
    this.draft = make();
    this.host.requestUpdate();
    void focus.focusOn('#form-heading');
  }

  close(focusId?: string): void {
    const draft = this.draft;
    this.draft = undefined;
    this.host.requestUpdate();
    this.options.focus.returnFocus(
      focusId ?? (draft?.kind === 'pdsa' ? draft.action.id : draft?.before?.id),
    );
  }

  onFieldInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!this.draft || !target.name) return;
    // Kept without a re-render: the input already shows it, and the draft survives any re-render.
    (this.draft.values as Record<string, string>)[target.name] = target.value;
  }

  /** Date inputs holding something the browser cannot read as a date (they report ""). */
  private badDateFields(): string[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLInputElement>('.form input[type="date"]')]
      .filter((input) => input.validity.badInput)
      .map((input) => input.name);
  }

  onSubmit(event: Event): void {
    event.preventDefault();
    const draft = this.draft;
    if (!draft) return;
    const { i18n } = this.options;
    const today = this.options.today();
    const bad = this.badDateFields();
    let errors: FieldError[];
    let mine: Action | undefined;
    let base: Action | null;
    if (draft.kind === 'action') {
      base = draft.before;
      const input = actionDraftInput(draft, today, i18n.lang);
      const result = validateAction(input, {
        actions: this.options.idScope(),
        ...(base && { replacing: base.id }),
      });
      errors = result.ok ? [] : actionFieldErrors(result.problems, draft);
      if (result.ok) mine = result.value;
    } else {
      // The cycle goes into the action as the form started from; the merge adds others' changes.
      base = draft.action;
      const { input, index } = pdsaDraftInput(draft, base, today, i18n.lang);
      const result = validateAction(input, {
        actions: this.options.idScope(),
        replacing: base.id,
      });
      errors = result.ok ? [] : pdsaFieldErrors(result.problems, index);
      if (result.ok) mine = result.value;
    }
    errors = [
      ...badDateErrors(draft.kind, bad),
      ...errors.filter((e) => e.field === undefined || !bad.includes(e.field)),
    ];
    draft.conflict = undefined;
    if (errors.length > 0 || !mine) {
      this.showErrors(draft, errors);
      return;
    }
    if (!base) {
      this.save(draft, 'add', null, mine, addAction(this.options.list(), mine));
      return;
    }
    this.saveEdit(draft, base, mine, undefined);
  }

  /**
   * Saves an edit as a three-way merge of the action the form started from (`base`), the user's
   * edit (`mine`) and the action as it is now: a deleted action, or a field both changed, is a
   * conflict the user resolves (`prefer`), never a resurrection or a silent overwrite.
   */
  private saveEdit(
    draft: Draft,
    base: Action,
    mine: Action,
    prefer: 'mine' | 'theirs' | undefined,
  ): void {
    const list = this.options.list();
    const theirs = list.find((a) => a.id === base.id);
    if (!theirs) {
      this.showConflict(draft, { kind: 'deleted', mine });
      return;
    }
    // Every save stamps the day; that alone is no change of the user's to merge.
    const unstamped: Action = { ...mine };
    if (base.lastUpdate === undefined) delete unstamped.lastUpdate;
    else unstamped.lastUpdate = base.lastUpdate;
    const shown = draft.conflict?.kind === 'changed' ? draft.conflict.theirs : undefined;
    const merge = mergeRecord(base, unstamped, theirs, prefer ? { prefer } : {});
    // A choice answers the conflict the user saw; a newer change by someone else asks again.
    if (merge.conflicts.length > 0 && (!prefer || (shown && !sameValue(shown, theirs)))) {
      this.showConflict(draft, { kind: 'changed', paths: merge.conflicts, base, mine, theirs });
      return;
    }
    const merged = merge.merged;
    const result = validateAction(
      { ...merged, lastUpdate: mine.lastUpdate },
      { actions: this.options.idScope(), replacing: theirs.id },
    );
    if (!result.ok) {
      this.showErrors(
        draft,
        draft.kind === 'action'
          ? actionFieldErrors(result.problems, draft)
          : result.problems.map((problem) => ({ field: undefined, key: undefined, problem })),
      );
      return;
    }
    const after = result.value;
    this.save(draft, 'edit', theirs, after, replaceAction(list, theirs.id, after));
  }

  onConflictChoice(choice: ConflictChoice): void {
    const draft = this.draft;
    const conflict = draft?.conflict;
    if (!draft || !conflict) return;
    if (choice === 'discard') {
      this.close();
      return;
    }
    if (choice === 'restore') {
      const restored: Action = { ...conflict.mine, lastUpdate: this.options.today() };
      this.save(draft, 'add', null, restored, addAction(this.options.idScope(), restored), true);
      return;
    }
    if (conflict.kind !== 'changed') return;
    this.saveEdit(draft, conflict.base, conflict.mine, choice === 'keep-mine' ? 'mine' : 'theirs');
  }

  /** Commits a change made in the form, or shows why it was refused; closes the form once saved. */
  private save(
    draft: Draft,
    kind: 'add' | 'edit',
    before: Action | null,
    after: Action,
    list: Result<Action[]>,
    restoring = false,
  ): void {
    if (!list.ok) {
      this.showErrors(
        draft,
        draft.kind === 'action' && !restoring
          ? actionFieldErrors(list.problems, draft)
          : // The form has no id field to mark: the summary says whose id it is.
            list.problems.map((problem) => ({
              field: undefined,
              key: problem.message.includes('already') ? 'actionTracker.error.idTaken' : undefined,
              params: { id: after.id },
              problem,
            })),
      );
      return;
    }
    // Restoring adds to the tracker's own list: the id is free in every list it checked.
    const actions = restoring ? [...this.options.list(), after] : list.value;
    const outcome = this.commit(kind, before, after, actions);
    if (!outcome.ok) {
      draft.errors = [];
      draft.vetoed = outcome.reason ?? '';
      draft.attempt++;
      this.host.requestUpdate();
      void this.options.focus.focusOn('.veto');
      return;
    }
    const { i18n } = this.options;
    const title = localisedString(after.title, i18n.lang);
    this.options.focus.announce(
      i18n.t(kind === 'add' ? 'actionTracker.added' : 'actionTracker.saved', { title }),
    );
    this.close(after.id);
  }

  private showErrors(draft: Draft, errors: FieldError[]): void {
    draft.conflict = undefined;
    draft.errors = errors;
    draft.vetoed = undefined;
    draft.attempt++;
    this.host.requestUpdate();
    void this.options.focus.focusOn('.error-summary');
  }

  private showConflict(draft: Draft, conflict: DraftConflict): void {
    draft.conflict = conflict;
    draft.errors = [];
    draft.vetoed = undefined;
    draft.attempt++;
    this.host.requestUpdate();
    void this.options.focus.focusOn('.conflict');
  }
}
