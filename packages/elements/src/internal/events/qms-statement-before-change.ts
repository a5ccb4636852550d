import { QmsVetoableEvent } from './vetoable.js';
import type { Statement } from '@qms-kit/sdk';
import { frozenCopy } from './frozen.js';

export interface QmsStatementBeforeChangeDetail {
  /** The statement as it is now. */
  readonly before: Statement;
  /** The statement as it will be if the change goes ahead (validated by the SDK). */
  readonly after: Statement;
  /**
   * Why the host refused the change: set it (or call `event.veto(reason)`) along with
   * `preventDefault()`, and the element shows it to the user. Ignored unless the event is
   * cancelled.
   */
  reason?: string;
}

/**
 * Fired by `<qms-statement-card>` when the user saves an edit, before the card changes.
 * Cancelable: call `event.preventDefault()` (or `event.veto(reason)`) to refuse the change; the
 * form then stays open with the user's values and says the changes were not saved, with
 * `detail.reason` if the host gave one. Handlers must decide synchronously. `before` and `after`
 * are deep-frozen copies: writing to them changes nothing the card saves.
 */
export class QmsStatementBeforeChangeEvent extends QmsVetoableEvent<QmsStatementBeforeChangeDetail> {
  static readonly eventName = 'qms-statement-before-change' as const;

  constructor(detail: QmsStatementBeforeChangeDetail) {
    super(QmsStatementBeforeChangeEvent.eventName, {
      ...detail,
      before: frozenCopy(detail.before),
      after: frozenCopy(detail.after),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-statement-before-change': QmsStatementBeforeChangeEvent;
  }
}
