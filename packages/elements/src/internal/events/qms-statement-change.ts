import type { Statement } from '@qms-kit/sdk';

export interface QmsStatementChangeDetail {
  /** The statement before the change. */
  readonly before: Statement;
  /** The statement now shown (also the element's `statement` property). */
  readonly after: Statement;
}

/**
 * Fired by `<qms-statement-card>` after a saved edit has been applied (that is, after a
 * `qms-statement-before-change` that was not cancelled). Persist `detail.after` here.
 */
export class QmsStatementChangeEvent extends CustomEvent<QmsStatementChangeDetail> {
  static readonly eventName = 'qms-statement-change' as const;

  constructor(detail: QmsStatementChangeDetail) {
    super(QmsStatementChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-statement-change': QmsStatementChangeEvent;
  }
}
