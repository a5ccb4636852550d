import type { ReactiveController, ReactiveElement } from 'lit';
import {
  localisedString,
  removeAction,
  replaceAction,
  withStatus,
  type Action,
  type ActionStatus,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { EditSession } from './edit-session.js';
import { detailsSelector, rowSelector, type TrackerFocus } from './focus.js';

export interface RowChangesOptions {
  readonly i18n: LocalizeController;
  readonly focus: TrackerFocus;
  readonly session: EditSession;
  list(): Action[];
  today(): string;
  /** Whether the board is shown (a card moves to another column when its status changes). */
  onBoard(): boolean;
  /** Called when an action is deleted, to forget what the list kept about it. */
  forget(id: string): void;
}

/** Changes made from a row or a card: its status, and deleting it after a confirmation. */
export class RowChanges implements ReactiveController {
  /** Statuses picked but not applied yet, by action id. */
  pendingStatus = new Map<string, ActionStatus>();
  /** The host's reason for refusing a row's change, by action id. */
  messages = new Map<string, string>();
  /** The action whose deletion is being confirmed. */
  confirmingDelete: string | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RowChangesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private text(action: Action): string {
    return localisedString(action.title, this.options.i18n.lang);
  }

  onPendingStatus(action: Action, event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ActionStatus;
    const next = new Map(this.pendingStatus);
    next.set(action.id, value);
    this.pendingStatus = next;
    this.host.requestUpdate();
  }

  applyStatus(action: Action): void {
    const { i18n, focus, session } = this.options;
    const working = this.options.list();
    const current = working.find((a) => a.id === action.id) ?? action;
    const status = this.pendingStatus.get(action.id) ?? current.status;
    if (status === current.status) return;
    const after = withStatus(current, status, this.options.today());
    const list = replaceAction(working, current.id, after);
    // Deleted meanwhile: its row is gone with it, and a status change never brings it back.
    if (!list.ok) return;
    const outcome = session.commit('status', current, after, list.value);
    const messages = new Map(this.messages);
    const pending = new Map(this.pendingStatus);
    if (!outcome.ok) {
      messages.set(action.id, session.vetoText(outcome.reason));
      this.messages = messages;
      this.host.requestUpdate();
      void focus.focusOn(
        `${rowSelector(action.id)} .row-message, ${detailsSelector(action.id, '.row-message')}`,
      );
      return;
    }
    messages.delete(action.id);
    pending.delete(action.id);
    this.messages = messages;
    this.pendingStatus = pending;
    this.host.requestUpdate();
    focus.announce(
      i18n.t('actionTracker.statusChanged', {
        title: this.text(after),
        status: i18n.t(`action.status.${status}`),
      }),
    );
    // On the board the card moves to another column: keep focus on it.
    if (this.options.onBoard()) {
      void focus.focusOn(`${rowSelector(action.id)} [data-command="apply-status"]`);
    }
  }

  askDelete(action: Action): void {
    this.confirmingDelete = action.id;
    this.host.requestUpdate();
    void this.options.focus.focusOn(detailsSelector(action.id, '[data-command="confirm-delete"]'));
  }

  cancelDelete(action: Action): void {
    this.confirmingDelete = undefined;
    this.host.requestUpdate();
    void this.options.focus.focusOn(detailsSelector(action.id, '[data-command="delete"]'));
  }

  deleteAction(action: Action): void {
    const { i18n, focus, session } = this.options;
    const working = this.options.list();
    const current = working.find((a) => a.id === action.id) ?? action;
    const outcome = session.commit('delete', current, null, removeAction(working, current.id));
    this.confirmingDelete = undefined;
    this.host.requestUpdate();
    const messages = new Map(this.messages);
    if (!outcome.ok) {
      messages.set(action.id, session.vetoText(outcome.reason));
      this.messages = messages;
      void focus.focusOn(detailsSelector(action.id, '.row-message'));
      return;
    }
    messages.delete(action.id);
    this.messages = messages;
    this.options.forget(action.id);
    focus.announce(i18n.t('actionTracker.deleted', { title: this.text(current) }));
    void focus.focusOn('.count');
  }
}
