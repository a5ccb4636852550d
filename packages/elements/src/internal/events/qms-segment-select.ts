import type { QmsAspect } from '@qms-kit/sdk';

/** A wheel segment: one of the four aspects, or the centre (feedback / continuous learning). */
export type QmsWheelSegment = QmsAspect | 'centre';

export interface QmsSegmentSelectDetail {
  segment: QmsWheelSegment;
  /** True when the segment was selected (its panel opened), false when it was unselected. */
  selected: boolean;
}

/** Fired by `<qms-cycle-wheel>` when a segment is selected or unselected. */
export class QmsSegmentSelectEvent extends CustomEvent<QmsSegmentSelectDetail> {
  static readonly eventName = 'qms-segment-select' as const;

  constructor(detail: QmsSegmentSelectDetail) {
    super(QmsSegmentSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-segment-select': QmsSegmentSelectEvent;
  }
}
