import type { Action } from '@qms-kit/sdk';

/** What a tracker change did: added, edited (incl. PDSA cycles), deleted, or changed the status. */
export type QmsActionChangeKind = 'add' | 'edit' | 'delete' | 'status';

export interface QmsActionChangeDetail {
  kind: QmsActionChangeKind;
  /** The action before the change; `null` when one is added. */
  before: Action | null;
  /** The action after the change; `null` when one is deleted. */
  after: Action | null;
  /** The tracker's whole list once the change is made (handy for saving it). */
  actions: readonly Action[];
}

/**
 * Fired by `<qms-action-tracker>` after a change was made (not vetoed): persist it here, e.g.
 * `store.save(e.detail.actions)`. Bubbles and leaves shadow roots; not cancelable.
 */
export class QmsActionChangeEvent extends CustomEvent<QmsActionChangeDetail> {
  static readonly eventName = 'qms-action-change' as const;

  constructor(detail: QmsActionChangeDetail) {
    super(QmsActionChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-action-change': QmsActionChangeEvent;
  }
}
