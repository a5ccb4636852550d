import type { MaturityLevel } from '../schema/qms.js';

/**
 * The default maturity scale, 0 not started … 4 sustained. Only "Planning and resourcing" is
 * verified (the Duty of Quality self-assessment); stages 2 and 3 are qms-kit's wording.
 */
export const defaultMaturityScale: readonly MaturityLevel[] = [
  // translator review: all Welsh stage labels are drafts.
  { stage: 0, label: { en: 'Not started', cy: 'Heb ddechrau' } },
  { stage: 1, label: { en: 'Planning and resourcing', cy: 'Cynllunio a darparu adnoddau' } },
  { stage: 2, label: { en: 'Implementing', cy: 'Rhoi ar waith' } },
  { stage: 3, label: { en: 'Embedding', cy: 'Ymgorffori' } },
  { stage: 4, label: { en: 'Sustained', cy: 'Wedi’i gynnal' } },
];
