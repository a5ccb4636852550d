import type { SpcPoint } from '@qms-kit/sdk';

export interface QmsPointSelectDetail {
  /** The point as the SDK's `spc()` computed it (value, centre, limits, signals, type). */
  point: SpcPoint;
  /** The measure's `id`, when the chart was given a measure (property, `src` or script). */
  measureId?: string;
  /** The point in words in the element's language: date, value and its signals. */
  description: string;
}

/**
 * Fired when the user picks a point on a chart: a click, or Enter or Space on the focused point.
 * Not cancelable: selecting a point changes nothing in the element, so there is nothing to veto.
 */
export class QmsPointSelectEvent extends CustomEvent<QmsPointSelectDetail> {
  static readonly eventName = 'qms-point-select' as const;

  constructor(detail: QmsPointSelectDetail) {
    super(QmsPointSelectEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: false,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-point-select': QmsPointSelectEvent;
  }
}
