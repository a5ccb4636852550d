import type { AssessmentChange, QmsAspect, QmsAssessment } from '@qms-kit/sdk';

export interface QmsAssessmentChangeDetail {
  /** The whole assessment with the change applied (a new object; the old one is unchanged). */
  assessment: QmsAssessment;
  /** The aspect (wheel segment) that was edited. */
  aspect: QmsAspect;
  /** What was changed: an answer, notes, a tool, the stage. */
  change: AssessmentChange;
}

/** Fired by `<qms-cycle-wheel>` after a self-assessment edit was applied: persist `detail.assessment`. */
export class QmsAssessmentChangeEvent extends CustomEvent<QmsAssessmentChangeDetail> {
  static readonly eventName = 'qms-assessment-change' as const;

  constructor(detail: QmsAssessmentChangeDetail) {
    super(QmsAssessmentChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-assessment-change': QmsAssessmentChangeEvent;
  }
}
