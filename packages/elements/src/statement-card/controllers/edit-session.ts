import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkStatementEdit, type MessageKey, type Params, type Statement } from '@qms-kit/sdk';
import { QmsStatementBeforeChangeEvent } from '../../internal/events/qms-statement-before-change.js';
import { QmsStatementChangeEvent } from '../../internal/events/qms-statement-change.js';
import {
  draftFromStatement,
  editedStatement,
  evidenceDraft,
  isDraftDirty,
  mergeStatementDraft,
  sameJson,
  setTextInDraft,
  type StatementDraft,
} from '../draft.js';
import type { EvidencePatch, TextField } from '../parts/form-fields.js';
import type { FormIssue, StatementConflict } from '../form-view.js';

export interface Announcement {
  key: MessageKey;
  params?: Params;
}

export type EditSessionHost = ReactiveControllerHost & HTMLElement;

/** What the session reads from and asks of the card. */
export interface EditSessionOptions {
  /** The statement shown now (the host may replace it while the form is open). */
  current(): Statement | undefined;
  /** The day a changed score and a new evidence item are dated. */
  today(): string;
  /** The base language being shown: the text inputs edit this language. */
  lang(): string;
  /** Numbers as the page's language writes them. */
  number(n: number): string;
  /** Shows `after` in place of `before` (the host did not veto it). */
  apply(before: Statement, after: Statement): void;
  /** The element with this id in the card, to move focus to. */
  field(id: string): HTMLElement | null;
  /** Where focus goes when the form closes. */
  editButton(): HTMLElement | null;
}

/**
 * The card's edit session: a draft kept apart from the statement it started from (the base),
 * saved through a three-way merge with the statement as it is now, then
 * `qms-statement-before-change` (which the host may veto) → apply → `qms-statement-change`.
 */
export class StatementEditSession implements ReactiveController {
  draft: StatementDraft | undefined;
  issues: FormIssue[] = [];
  vetoed: { reason: string | undefined } | undefined;
  conflict: StatementConflict | undefined;
  confirming = false;
  announcement: Announcement | undefined;

  private nextKey = 1;
  private focusBeforeConfirm: HTMLElement | undefined;

  constructor(
    private readonly host: EditSessionHost,
    private readonly o: EditSessionOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const current = this.o.current();
    if (this.draft && current && current.id !== this.draft.base.id) {
      // The draft belongs to another statement: it cannot be applied to this one.
      this.resetForm();
      this.draft = undefined;
      this.announcement = { key: 'statementCard.editingStopped' };
    }
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private resetForm(): void {
    this.issues = [];
    this.vetoed = undefined;
    this.conflict = undefined;
    this.confirming = false;
  }

  readonly start = async (): Promise<void> => {
    const statement = this.o.current();
    if (!statement) return;
    // A draft kept from before (e.g. `editable` was switched off) is picked up again.
    if (!this.draft || this.draft.base.id !== statement.id) {
      this.draft = draftFromStatement(statement, () => this.nextKey++);
      this.resetForm();
    }
    this.announcement = undefined;
    this.changed();
    await this.host.updateComplete;
    this.o.field('f-i')?.focus();
  };

  async end(announcement?: Announcement): Promise<void> {
    this.draft = undefined;
    this.resetForm();
    this.announcement = announcement;
    this.changed();
    await this.host.updateComplete;
    this.o.editButton()?.focus();
  }

  patch(patch: Partial<StatementDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    this.changed();
  }

  setText(field: TextField, value: string): void {
    if (!this.draft) return;
    this.patch({ [field]: setTextInDraft(this.draft[field], this.o.lang(), value) });
  }

  setEvidence(key: number, patch: EvidencePatch): void {
    if (!this.draft) return;
    this.patch({
      evidence: this.draft.evidence.map((e) => (e.key === key ? { ...e, ...patch } : e)),
    });
  }

  async addEvidence(): Promise<void> {
    if (!this.draft) return;
    const item = { ...evidenceDraft(undefined, this.nextKey++), date: this.o.today() };
    this.patch({ evidence: [...this.draft.evidence, item] });
    this.announcement = {
      key: 'statementCard.form.evidence.added',
      params: { number: this.o.number(this.draft.evidence.length) },
    };
    await this.host.updateComplete;
    this.o.field(`f-ev-${item.key}-category`)?.focus();
  }

  async removeEvidence(key: number): Promise<void> {
    if (!this.draft) return;
    const list = this.draft.evidence;
    const index = list.findIndex((e) => e.key === key);
    const next = list[index + 1] ?? list[index - 1];
    this.patch({ evidence: list.filter((e) => e.key !== key) });
    this.issues = this.issues.filter((i) => i.key !== key);
    this.announcement = { key: 'statementCard.form.evidence.removed' };
    await this.host.updateComplete;
    (next ? this.o.field(`f-ev-${next.key}-remove`) : this.o.field('f-ev-add'))?.focus();
  }

  async save(prefer?: 'mine' | 'theirs'): Promise<void> {
    const draft = this.draft;
    const before = this.o.current();
    if (!draft || !before) return;
    const today = this.o.today();
    this.vetoed = undefined;
    this.confirming = false;
    this.changed();
    if (!isDraftDirty(draft, today)) {
      await this.end();
      return;
    }
    const merge = mergeStatementDraft(draft, before, today, prefer ?? 'theirs');
    // A field both changed is the user's to decide; a newer change by the host asks again.
    const shown = this.conflict?.theirs;
    if (merge.conflicts.length > 0 && (!prefer || !shown || !sameJson(shown, before))) {
      this.issues = [];
      this.conflict = {
        paths: merge.conflicts,
        mine: editedStatement(draft, today),
        theirs: before,
      };
      this.changed();
      await this.host.updateComplete;
      this.o.field('conflict')?.focus();
      return;
    }
    this.conflict = undefined;
    const check = checkStatementEdit(merge.merged);
    if (!check.ok) {
      this.issues = check.issues.map(({ field, code, index, problem }) => {
        const key = index === undefined ? undefined : draft.evidence[index]?.key;
        return key === undefined ? { field, code, problem } : { field, code, key, problem };
      });
      this.changed();
      await this.host.updateComplete;
      this.o.field('error-summary')?.focus();
      return;
    }
    this.issues = [];
    const after = check.value;
    const event = new QmsStatementBeforeChangeEvent({ before, after });
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) {
      const reason = event.detail.reason?.trim();
      this.vetoed = { reason: reason ? reason : undefined };
      this.changed();
      await this.host.updateComplete;
      this.o.field('vetoed')?.focus();
      return;
    }
    this.o.apply(before, after);
    this.draft = undefined;
    this.resetForm();
    this.host.dispatchEvent(new QmsStatementChangeEvent({ before, after }));
    await this.end({ key: 'statementCard.saved' });
  }

  async requestCancel(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    if (!isDraftDirty(draft, this.o.today())) {
      await this.end();
      return;
    }
    const active = this.host.shadowRoot?.activeElement;
    this.focusBeforeConfirm = active instanceof HTMLElement ? active : undefined;
    this.confirming = true;
    this.changed();
    await this.host.updateComplete;
    this.o.field('keep-editing')?.focus();
  }

  async keepEditing(): Promise<void> {
    this.confirming = false;
    this.changed();
    await this.host.updateComplete;
    const back = this.focusBeforeConfirm;
    this.focusBeforeConfirm = undefined;
    (back?.isConnected ? back : this.o.field('f-i'))?.focus();
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    void (this.confirming ? this.keepEditing() : this.requestCancel());
  };

  readonly onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    void this.save();
  };
}
