import type { LocalisedText } from '../schema/common.js';
import type { QmsEnablerSet } from '../schema/qms.js';
import { walesEnablers } from '../frameworks/presets/wales-hcqs-2023.js';

/** One enabler in the wheel's outer band. */
export interface QmsEnabler {
  id: string;
  label: LocalisedText;
}

/** The QMS paper's version-1 enablers (Figure 1). */
const qmsV1Enablers: readonly QmsEnabler[] = [
  {
    id: 'knowledge-skills-infrastructure',
    // translator review: draft Welsh.
    label: {
      en: 'Knowledge, skills and infrastructure',
      cy: 'Gwybodaeth, sgiliau a seilwaith',
    },
  },
  {
    id: 'leadership-culture-behaviours',
    // translator review: draft Welsh.
    label: {
      en: 'Leadership, culture and behaviours',
      cy: 'Arweinyddiaeth, diwylliant ac ymddygiad',
    },
  },
  {
    id: 'method-for-managing-quality',
    // translator review: draft Welsh.
    label: { en: 'A method for managing quality', cy: 'Dull o reoli ansawdd' },
  },
];

/**
 * The enabler sets the wheel can draw: Wales's six (the same ids and labels as the enablers of
 * the `wales-hcqs-2023` framework, so actions tagged with an enabler domain line up) or the v1 three.
 */
export const qmsEnablerSets: Readonly<Record<QmsEnablerSet, readonly QmsEnabler[]>> = {
  'wales-hcqs-2023': walesEnablers.map(({ id, label }) => ({ id, label })),
  'qms-v1': qmsV1Enablers,
};
