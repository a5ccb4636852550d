import type { Framework } from '../../schema/framework.js';

/** CQC's five key questions (England), the grouping of the single assessment framework. */
export const cqc5kq: Framework = {
  id: 'cqc-5kq',
  version: '2024',
  // translator review: Welsh framework name is a draft (CQC publishes in English only).
  name: { en: 'CQC five key questions', cy: 'Pum cwestiwn allweddol y CQC' },
  source: 'Care Quality Commission, single assessment framework',
  domains: [
    { id: 'safe', label: { en: 'Safe', cy: 'Diogel' }, order: 1, kind: 'domain' },
    { id: 'effective', label: { en: 'Effective', cy: 'Effeithiol' }, order: 2, kind: 'domain' },
    {
      id: 'caring',
      // translator review: "Gofalgar" is a draft.
      label: { en: 'Caring', cy: 'Gofalgar' },
      order: 3,
      kind: 'domain',
    },
    {
      id: 'responsive',
      // translator review: "Ymatebol" is a draft.
      label: { en: 'Responsive', cy: 'Ymatebol' },
      order: 4,
      kind: 'domain',
    },
    {
      id: 'well-led',
      // translator review: "Wedi’i arwain yn dda" is a draft.
      label: { en: 'Well-led', cy: 'Wedi’i arwain yn dda' },
      order: 5,
      kind: 'domain',
    },
  ],
};
