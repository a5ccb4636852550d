import type { QmsAssessmentChangeDetail } from './qms-assessment-change.js';
import { frozenCopy } from './frozen.js';

/**
 * Fired by `<qms-cycle-wheel>` before a self-assessment edit is applied. Cancelable: call
 * `preventDefault()` to veto it (a vetoed answer, tool or stage goes back to what it was; typed
 * notes stay in their box, unsaved, and are offered again on their next change). `detail` is a
 * deep-frozen copy: writing to it changes nothing the wheel applies.
 */
export class QmsAssessmentBeforeChangeEvent extends CustomEvent<QmsAssessmentChangeDetail> {
  static readonly eventName = 'qms-assessment-before-change' as const;

  constructor(detail: QmsAssessmentChangeDetail) {
    super(QmsAssessmentBeforeChangeEvent.eventName, {
      detail: frozenCopy(detail),
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-assessment-before-change': QmsAssessmentBeforeChangeEvent;
  }
}
