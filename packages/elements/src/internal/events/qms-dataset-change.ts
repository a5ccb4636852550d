import type { Dataset } from '@qms-kit/sdk';

/** Which child change produced the new dataset. */
export type QmsDatasetChangeCause = 'action' | 'statement' | 'assessment';

export interface QmsDatasetChangeDetail {
  /** The whole dataset with the change applied (a new object; the previous one is unchanged). */
  dataset: Dataset;
  /** `action` (action tracker), `statement` (statement card) or `assessment` (QMS wheel). */
  cause: QmsDatasetChangeCause;
}

/**
 * Fired by `<qms-provider>` after it applied a child's change (`qms-action-change`,
 * `qms-statement-change`, `qms-assessment-change`) to its dataset and shared the result:
 * persist `detail.dataset` here. Bubbles and leaves shadow roots; not cancelable (veto the
 * child's own `qms-…-before-change` event instead).
 */
export class QmsDatasetChangeEvent extends CustomEvent<QmsDatasetChangeDetail> {
  static readonly eventName = 'qms-dataset-change' as const;

  constructor(detail: QmsDatasetChangeDetail) {
    super(QmsDatasetChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-dataset-change': QmsDatasetChangeEvent;
  }
}
