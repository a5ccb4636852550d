/**
 * Domain scorecard: measures grouped by quality domain (STEEEP, Wales HCQS 2023 with its
 * enablers, NHS England, CQC or a custom framework), counted by Making Data Count icon, with the
 * rows of an IQPR-style summary table. No averaged RAG score (DOMAIN.md §2.5).
 */
export {
  summariseByDomain,
  summariseMeasure,
  concernFirst,
  type DomainScorecard,
  type DomainSummary,
  type DomainSummaryKind,
  type MeasureSummaryRow,
  type Sparkline,
} from './summarise.js';
export {
  variationGroups,
  assuranceGroups,
  variationGroupOf,
  assuranceGroupOf,
  type VariationGroup,
  type AssuranceGroup,
} from './groups.js';
export { mapDomainId, type DomainMapping, type MappedDomain } from './map-domain.js';
export {
  sortSummaryRows,
  type SummarySortKey,
  type SummarySortDirection,
  type SummarySortOptions,
} from './sort.js';
export { parseScorecardJson, type ScorecardInput } from './parse.js';
