import type { Framework } from '../../schema/framework.js';

/** NHS England / National Quality Board three-part definition of quality (2008, refreshed 2021). */
export const nhse3part: Framework = {
  id: 'nhse-3part',
  version: '2021',
  // translator review: Welsh framework name is a draft.
  name: {
    en: 'NHS England: safe, effective, positive experience',
    cy: 'GIG Lloegr: diogel, effeithiol, profiad cadarnhaol',
  },
  source: 'Darzi, High quality care for all (2008); NQB, Shared commitment to quality (2021)',
  domains: [
    { id: 'safe', label: { en: 'Safe', cy: 'Diogel' }, order: 1, kind: 'domain' },
    { id: 'effective', label: { en: 'Effective', cy: 'Effeithiol' }, order: 2, kind: 'domain' },
    {
      id: 'positive-experience',
      // translator review: "Profiad cadarnhaol" is a draft.
      label: { en: 'Positive experience', cy: 'Profiad cadarnhaol' },
      description: { en: 'Covers responsive and personalised care, and caring.' },
      order: 3,
      kind: 'domain',
    },
  ],
};
