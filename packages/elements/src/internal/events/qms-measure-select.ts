import type { Measure } from '@qms-kit/sdk';

export interface QmsMeasureSelectDetail {
  measureId: string;
  measure: Measure;
  /** The tile (domain id, or `unassigned`) the measure was chosen in. */
  domainId: string;
}

/**
 * Fired when a measure is chosen in a summary table, for the host to open its SPC chart.
 * Cancelable: with `detail="inline"` the scorecard opens the chart below the row unless the
 * host calls `preventDefault()`.
 */
export class QmsMeasureSelectEvent extends CustomEvent<QmsMeasureSelectDetail> {
  static readonly eventName = 'qms-measure-select' as const;

  constructor(detail: QmsMeasureSelectDetail) {
    super(QmsMeasureSelectEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-measure-select': QmsMeasureSelectEvent;
  }
}
