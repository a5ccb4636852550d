import { QmsVetoableEvent } from './vetoable.js';
import type { QmsActionChangeDetail } from './qms-action-change.js';
import { frozenCopy } from './frozen.js';

export interface QmsActionBeforeChangeDetail extends QmsActionChangeDetail {
  /**
   * Why the host refused the change, shown to the user by the tracker. Set it before (or
   * instead of, with `veto(reason)`) calling `preventDefault()`.
   */
  reason?: string;
}

/**
 * Fired by `<qms-action-tracker>` before a change is made. Cancel it (synchronously) to refuse the
 * change: the tracker keeps the user's form as typed and shows `detail.reason`. `before`, `after`
 * and `actions` are deep-frozen copies: writing to them throws in strict code and never changes
 * what the tracker commits (its own validated action).
 *
 * ```ts
 * tracker.addEventListener('qms-action-before-change', (e) => {
 *   if (e.detail.kind === 'delete' && !canDelete) e.veto('Only the action owner can delete it.');
 * });
 * ```
 */
export class QmsActionBeforeChangeEvent extends QmsVetoableEvent<QmsActionBeforeChangeDetail> {
  static readonly eventName = 'qms-action-before-change' as const;

  constructor(detail: QmsActionBeforeChangeDetail) {
    super(QmsActionBeforeChangeEvent.eventName, {
      ...detail,
      before: frozenCopy(detail.before),
      after: frozenCopy(detail.after),
      actions: frozenCopy(detail.actions),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-action-before-change': QmsActionBeforeChangeEvent;
  }
}
