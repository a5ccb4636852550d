import type { Framework, FrameworkDomain } from '../../schema/framework.js';

/**
 * The six quality domains shared by STEEEP and Wales, in the Welsh order. Welsh labels are
 * from DOMAIN.md §7; descriptions are the seed's glosses, English only.
 */
export const sixQualityDomains: readonly FrameworkDomain[] = [
  {
    id: 'safe',
    label: { en: 'Safe', cy: 'Diogel' },
    description: { en: 'Avoid harm.' },
    order: 1,
    kind: 'domain',
  },
  {
    id: 'timely',
    // translator review: "Amserol" (Minister's statement) chosen over "Prydlon" (NHS Wales page).
    label: { en: 'Timely', cy: 'Amserol' },
    description: { en: 'Care at the right time.' },
    order: 2,
    kind: 'domain',
  },
  {
    id: 'effective',
    label: { en: 'Effective', cy: 'Effeithiol' },
    description: { en: 'Evidence-based and appropriate.' },
    order: 3,
    kind: 'domain',
  },
  {
    id: 'efficient',
    label: { en: 'Efficient', cy: 'Effeithlon' },
    description: { en: 'Avoid waste.' },
    order: 4,
    kind: 'domain',
  },
  {
    id: 'equitable',
    label: { en: 'Equitable', cy: 'Teg' },
    description: {
      en: 'The same chance of the same outcome regardless of geography, socioeconomic status and other circumstances.',
    },
    order: 5,
    kind: 'domain',
  },
  {
    id: 'person-centred',
    label: { en: 'Person-centred', cy: 'Person-ganolog' },
    description: { en: 'Respectful of and responsive to individual needs and wishes.' },
    order: 6,
    kind: 'domain',
  },
];

/** The Institute of Medicine's six aims (Crossing the Quality Chasm, 2001), Wales ordering. */
export const steeep: Framework = {
  id: 'steeep',
  version: '2001',
  // translator review: Welsh framework name is a draft.
  name: {
    en: 'STEEEP: the six aims for health care',
    cy: 'STEEEP: y chwe nod ar gyfer gofal iechyd',
  },
  description: {
    en: 'Institute of Medicine, Crossing the Quality Chasm (2001). IOM called the sixth aim "patient-centred"; Wales uses "person-centred".',
  },
  source: 'Institute of Medicine, Crossing the Quality Chasm (2001)',
  domains: [...sixQualityDomains],
};
