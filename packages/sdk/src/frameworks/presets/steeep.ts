import type { Framework, FrameworkDomain } from '../../schema/framework.js';

/**
 * The six quality domains shared by STEEEP and Wales, in the Welsh order. Welsh labels are
 * from DOMAIN.md §7; descriptions are the seed's glosses, with the Welsh glosses of the Welsh
 * Government's Quality and Safety Framework (quoted in the health services procurement
 * guidance, annex D). The equitable gloss's second half is reviewed wording, not quoted.
 */
export const sixQualityDomains: readonly FrameworkDomain[] = [
  {
    id: 'safe',
    label: { en: 'Safe', cy: 'Diogel' },
    description: { en: 'Avoid harm.', cy: 'Osgoi niwed.' },
    order: 1,
    kind: 'domain',
  },
  {
    id: 'timely',
    // translator review: "Amserol" (Minister's statement) chosen over "Prydlon" (NHS Wales page).
    label: { en: 'Timely', cy: 'Amserol' },
    description: { en: 'Care at the right time.', cy: 'Gofal ar yr amser iawn.' },
    order: 2,
    kind: 'domain',
  },
  {
    id: 'effective',
    label: { en: 'Effective', cy: 'Effeithiol' },
    description: {
      en: 'Evidence-based and appropriate.',
      cy: 'Priodol a seiliedig ar dystiolaeth.',
    },
    order: 3,
    kind: 'domain',
  },
  {
    id: 'efficient',
    label: { en: 'Efficient', cy: 'Effeithlon' },
    description: { en: 'Avoid waste.', cy: 'Osgoi gwastraff.' },
    order: 4,
    kind: 'domain',
  },
  {
    id: 'equitable',
    label: { en: 'Equitable', cy: 'Teg' },
    description: {
      en: 'The same chance of the same outcome regardless of geography, socioeconomic status and other circumstances.',
      cy: 'Siawns gyfartal o gael yr un canlyniad, waeth beth fo’r lleoliad daearyddol, y statws economaidd-gymdeithasol ac amgylchiadau eraill.',
    },
    order: 5,
    kind: 'domain',
  },
  {
    id: 'person-centred',
    label: { en: 'Person-centred', cy: 'Person-ganolog' },
    description: {
      en: 'Respectful of and responsive to individual needs and wishes.',
      cy: 'Llawn parch ac yn ymateb i anghenion a dymuniadau unigolion.',
    },
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
