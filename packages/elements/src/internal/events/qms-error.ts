import type { Problem } from '@qms-kit/sdk';

/**
 * Where the bad input came from: the `data` property, a `src` URL, a slotted
 * `<script type="application/json">`, or an attribute (e.g. an unknown `value`).
 */
export type QmsErrorSource = 'data' | 'src' | 'slot' | 'attribute';

export interface QmsErrorDetail {
  /** What is wrong and where, one entry per problem. */
  problems: Problem[];
  source: QmsErrorSource;
}

/**
 * Fired when an element cannot show its input. The element also shows the problems itself
 * (`role="alert"`); this event lets the host log them or react. Fired once per distinct set
 * of problems, not on every render.
 */
export class QmsErrorEvent extends CustomEvent<QmsErrorDetail> {
  static readonly eventName = 'qms-error' as const;

  constructor(detail: QmsErrorDetail) {
    super(QmsErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-error': QmsErrorEvent;
  }
}
