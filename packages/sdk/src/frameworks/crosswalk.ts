import type { LocalisedText } from '../schema/common.js';

/** Where a STEEEP/Wales domain or Wales enabler lands in the English frameworks. */
export interface CrosswalkEntry {
  /** Nearest domain ids in `nhse-3part` (empty when it has no direct home). */
  'nhse-3part': readonly string[];
  /** Nearest key-question ids in `cqc-5kq`. */
  'cqc-5kq': readonly string[];
  /** Nearest CQC 2024 quality statement ids, where one fits better than a whole key question. */
  cqcQualityStatements?: readonly string[];
  /** Why the mapping is loose, where it is. */
  note?: LocalisedText;
}

const wellLedOnly: CrosswalkEntry = { 'nhse-3part': [], 'cqc-5kq': ['well-led'] };

/**
 * DOMAIN.md §2.4, keyed by the domain and enabler ids of `steeep` and `wales-hcqs-2023`.
 * Approximate by design: use it to suggest, never to convert scores between frameworks.
 */
export const domainCrosswalk: Readonly<Record<string, CrosswalkEntry>> = {
  safe: { 'nhse-3part': ['safe'], 'cqc-5kq': ['safe'] },
  effective: { 'nhse-3part': ['effective'], 'cqc-5kq': ['effective'] },
  'person-centred': { 'nhse-3part': ['positive-experience'], 'cqc-5kq': ['caring', 'responsive'] },
  timely: {
    'nhse-3part': [],
    'cqc-5kq': ['responsive'],
    cqcQualityStatements: ['equity-in-access'],
    note: { en: 'NHS England treats access as a pre-requisite to all three parts.' },
  },
  efficient: {
    'nhse-3part': [],
    'cqc-5kq': ['well-led'],
    cqcQualityStatements: ['governance-management-and-sustainability'],
    note: { en: 'NHS England treats value (use of resources) as linked to quality.' },
  },
  equitable: {
    'nhse-3part': ['effective', 'positive-experience'],
    'cqc-5kq': ['responsive'],
    cqcQualityStatements: ['equity-in-experiences-and-outcomes'],
    note: { en: 'Part of effective care and positive experience in NHS England’s definition.' },
  },
  leadership: wellLedOnly,
  workforce: wellLedOnly,
  'culture-valuing-people': wellLedOnly,
  information: wellLedOnly,
  'learning-improvement-research': wellLedOnly,
  'whole-systems-approach': wellLedOnly,
};
