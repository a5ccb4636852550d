import type { DomainSummaryKind } from '@qms-kit/sdk';

export interface QmsDomainSelectDetail {
  /** The domain's (or enabler's) id in the framework; `unassigned` for the unassigned group. */
  domainId: string;
  /** The id of the framework the scorecard shows, e.g. `steeep` or a custom framework's id. */
  frameworkId: string;
  kind: DomainSummaryKind;
  /** True when the tile was opened (its summary table shown), false when it was closed. */
  expanded: boolean;
}

/**
 * Fired by `<qms-steeep-scorecard>` when a domain tile is opened or closed with its disclosure
 * button, so a host can follow the drill-down (e.g. filter other elements by the domain).
 */
export class QmsDomainSelectEvent extends CustomEvent<QmsDomainSelectDetail> {
  static readonly eventName = 'qms-domain-select' as const;

  constructor(detail: QmsDomainSelectDetail) {
    super(QmsDomainSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-domain-select': QmsDomainSelectEvent;
  }
}
