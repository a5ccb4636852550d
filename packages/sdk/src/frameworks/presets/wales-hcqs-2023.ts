import type { Framework, FrameworkDomain } from '../../schema/framework.js';
import { sixQualityDomains } from './steeep.js';

/** The six quality enablers of the Health and Care Quality Standards 2023. */
export const walesEnablers: readonly FrameworkDomain[] = [
  {
    id: 'leadership',
    // translator review: "Arweinyddiaeth" is the standard term, unverified as the enabler label.
    label: { en: 'Leadership', cy: 'Arweinyddiaeth' },
    order: 7,
    kind: 'enabler',
  },
  {
    id: 'workforce',
    // translator review: "Gweithlu" is the standard term, unverified as the enabler label.
    label: { en: 'Workforce', cy: 'Gweithlu' },
    order: 8,
    kind: 'enabler',
  },
  {
    id: 'culture-valuing-people',
    // translator review: unverified rendering.
    label: { en: 'Culture and valuing people', cy: 'Diwylliant a gwerthfawrogi pobl' },
    order: 9,
    kind: 'enabler',
  },
  {
    id: 'information',
    // translator review: "Gwybodaeth" also means knowledge.
    label: { en: 'Information', cy: 'Gwybodaeth' },
    order: 10,
    kind: 'enabler',
  },
  {
    id: 'learning-improvement-research',
    // translator review: unverified rendering.
    label: { en: 'Learning, improvement and research', cy: 'Dysgu, gwella ac ymchwil' },
    order: 11,
    kind: 'enabler',
  },
  {
    id: 'whole-systems-approach',
    // translator review: "Dull system gyfan" is attested in Senedd usage, unverified as the label.
    label: { en: 'Whole-systems approach', cy: 'Dull system gyfan' },
    order: 12,
    kind: 'enabler',
  },
];

/** Wales: Health and Care Quality Standards 2023 (WHC/2023/013), six domains and six enablers. */
export const walesHcqs2023: Framework = {
  id: 'wales-hcqs-2023',
  version: '2023',
  name: {
    en: 'Health and Care Quality Standards 2023',
    cy: 'Safonau Ansawdd Iechyd a Gofal 2023',
  },
  source: 'WHC/2023/013',
  domains: [...sixQualityDomains, ...walesEnablers],
};
