import type { MaturityRollup, QmsAssessment, QmsLinks } from '@qms-kit/sdk';
import type { QmsWheelSegment } from '../../internal/events/qms-segment-select.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { AssessmentEditController } from '../controllers/assessment-edit.js';
import type { Settings } from '../view.js';

/** What the element hands its parts: its words, the SDK's results and its behaviour. */
export interface WheelContext {
  readonly i18n: LocalizeController;
  readonly draft: QmsAssessment;
  readonly rollup: MaturityRollup;
  readonly links: QmsLinks;
  readonly settings: Settings;
  readonly selected: QmsWheelSegment | undefined;
  /** Heading level of the wheel's title. */
  readonly level: number;
  readonly showEnablers: boolean;
  /** Index of the segment holding the ring's tab stop. */
  readonly focusIndex: number;
  readonly on: WheelHandlers;
}

export interface WheelHandlers {
  /** Select or unselect a segment. */
  readonly activate: (segment: QmsWheelSegment) => void;
  readonly focused: (segment: QmsWheelSegment) => void;
  readonly ringKeydown: (e: KeyboardEvent) => void;
  readonly panelKeydown: (e: KeyboardEvent) => void;
  readonly edit: AssessmentEditController;
}

/** A heading below the panel's title. */
export const panelHeadingLevel = (level: number) => Math.min(6, level + 1);
