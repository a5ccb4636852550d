import { QmsVetoableEvent } from './vetoable.js';
import type { QmsActionChangeDetail } from './qms-action-change.js';

export interface QmsActionBeforeChangeDetail extends QmsActionChangeDetail {
  /**
   * Why the host refused the change, shown to the user by the tracker. Set it before (or
   * instead of, with `veto(reason)`) calling `preventDefault()`.
   */
  reason?: string;
}

/**
 * Fired by `<qms-action-tracker>` before a change is made. Cancel it (synchronously) to refuse the
 * change: the tracker keeps the user's form as typed and shows `detail.reason`.
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
    super(QmsActionBeforeChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-action-before-change': QmsActionBeforeChangeEvent;
  }
}
